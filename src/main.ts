/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is configured, otherwise the offline console
 * on the corpus folder.
 */
import 'dotenv/config';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { CorpusError } from './corpus/load.ts';
import { log } from './log.ts';
import { reloadOnSignal } from './reload-signal.ts';
import { CorpusStore } from './store.ts';
import { runConsole } from './terminal/console.ts';

/** The corpus store, restored from the persisted index in CACHE_DIR when the files are unchanged. */
export function openStore(config: Config, warm = false): Promise<CorpusStore> {
  return CorpusStore.open(config.corpusDir, { maxFileBytes: config.maxFileBytes, excerptLength: config.excerptLength, cacheDir: config.cacheDir, cacheLimits: { maxFiles: config.cacheMaxIndexes, maxBytes: config.cacheMaxBytes }, logger: log, warm });
}

async function main(): Promise<void> {
  const config = loadConfig();
  log.level = config.logLevel;
  if (config.discordToken) {
    const { startBot } = await import('./discord/bot.ts');
    const store = await openStore(config, true);
    const bot = await startBot(config, { store });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      bot.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    // SIGHUP reloads the corpus folder (how a reload reaches every process: docs/deploy.md).
    reloadOnSignal(bot.store, log);
    // A shard process whose manager is gone (killed without a chance to stop us) stops too.
    if (process.send) process.once('disconnect', () => stop('manager disconnected'));
    return;
  }
  // The console talks to a person: routine log lines (index saved, loaded) would clutter it.
  if (!process.env.LOG_LEVEL?.trim()) log.level = 'warn';
  const store = await openStore(config);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  await runConsole(store, { input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, interactive });
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof CorpusError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(e instanceof ConfigError ? 2 : 1);
  }
  log.fatal({ err: e }, 'storydesk stopped');
  process.exit(1);
});
