/**
 * One bot under test: a fake Discord on 127.0.0.1, a temporary corpus folder, the commands
 * registered with the deploy code, and the real discord.js client started with startBot and
 * pointed at the fake. Log lines are kept in memory so tests can read them.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadConfig, type Config } from '../../src/config.ts';
import { startBot, type Bot, type BotOptions } from '../../src/discord/bot.ts';
import { deployCommands, type DeployResult } from '../../src/discord/deploy.ts';
import { removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { FakeDiscord } from './fake-discord.ts';

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  config: Config;
  dir: string;
  deployed: DeployResult;
  /** Every log line the bot and the deploy code wrote. */
  logs: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  files?: Record<string, string>;
  /** Copy the bundled corpus/ into the folder first (default true). */
  withBundled?: boolean;
  env?: Record<string, string>;
  bot?: BotOptions;
}

export function memoryLogger(lines: string[]) {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return pino({ level: 'debug', base: undefined, redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' } }, stream);
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const dir = tempCorpus(options.files ?? {}, options.withBundled ?? true);
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_GUILD_ID: fake.guildId,
    CORPUS_DIR: dir,
    // Rate limits off unless a test turns them on: suites fire many commands as one member.
    RATE_MEMBER_BURST: '0',
    RATE_SERVER_BURST: '0',
    ADMIN_ROLE_IDS: fake.adminRoleId,
    ...options.env,
  });
  const logs: string[] = [];
  const log = memoryLogger(logs);
  const deployed = await deployCommands(config, { log });
  const bot = await startBot(config, { log, ...options.bot });
  return {
    fake,
    bot,
    config,
    dir,
    deployed,
    logs,
    async stop() {
      await bot.stop();
      await fake.close();
      removeTempCorpora();
    },
  };
}
