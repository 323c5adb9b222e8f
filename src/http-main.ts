/**
 * `npm run start:http`: the HTTP interactions endpoint (slash commands, autocomplete, buttons)
 * on INTERACTIONS_PORT, with /healthz and /metrics beside it. Run as many replicas as needed
 * behind a load balancer (docs/deploy.md); SIGHUP reloads the corpus, SIGINT/SIGTERM stop.
 */
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.ts';
import { CorpusError } from './corpus/load.ts';
import { watchCorpus } from './discord/corpus-watch.ts';
import { startInteractionsServer } from './http/interactions-server.ts';
import { log } from './log.ts';
import { CorpusStore } from './store.ts';
import { reloadOnSignal } from './reload-signal.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.publicKey) throw new ConfigError(['DISCORD_PUBLIC_KEY is needed by start:http (Developer Portal > General Information > Public Key)']);
  const server = await startInteractionsServer(config, { openStore: () =>
      CorpusStore.open(config.corpusDir, { maxFileBytes: config.maxFileBytes, excerptLength: config.excerptLength, cacheDir: config.cacheDir, logger: log, warm: true }),
    log,
   });
  log.info({ port: server.port }, 'interactions endpoint listening');
  const store = await server.ready;
  const stopSignal = reloadOnSignal(store, log);
  const watcher = config.corpusWatch ? watchCorpus(store, log) : null;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stopSignal();
    watcher?.close();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof CorpusError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(e instanceof ConfigError ? 2 : 1);
  }
  log.fatal({ err: e }, 'storydesk interactions endpoint stopped');
  process.exit(1);
});
