/**
 * The Discord bot: opens the corpus, loads the commands, logs in and answers until stopped.
 * main.ts calls startBot when DISCORD_TOKEN is set and calls stop() on SIGINT/SIGTERM.
 */
import { once } from 'node:events';
import { Events, type Client, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { log as defaultLog } from '../log.ts';
import { CorpusStore } from '../store.ts';
import type { CommandContext } from './command.ts';
import { createClient } from './client.ts';
import { installReloadHook } from './sharding.ts';
import { ConversationMemory } from './conversation.ts';
import { Cooldowns } from './cooldowns.ts';
import { watchCorpus, type CorpusWatcher } from './corpus-watch.ts';
import { createInteractionHandler } from './interactions.ts';
import { createMentionHandler } from './mentions.ts';
import { Pager, type PagerOptions } from './pager.ts';
import { loadCommands, summarise } from './registry.ts';
import { renderPages } from './render/list-view.ts';
import { respond } from './reply.ts';

export interface BotOptions {
  /** A store already open (default: the corpus folder of the config). */
  store?: CorpusStore;
  log?: Logger;
  /** Where the command modules are (default: commands/). */
  commandsDir?: string;
  pager?: PagerOptions;
  /** How long to wait for the gateway's READY (default 60 s). */
  readyTimeoutMs?: number;
  /** Quiet time before a watched change reloads (default 1 s). */
  watchDebounceMs?: number;
}

export interface Bot {
  client: Client;
  store: CorpusStore;
  stop(): Promise<void>;
}

export async function startBot(config: Config, options: BotOptions = {}): Promise<Bot> {
  const log = options.log ?? defaultLog;
  const token = config.discordToken;
  if (!token) throw new Error('DISCORD_TOKEN is not set: the bot cannot log in.');
  const store = options.store ?? (await CorpusStore.open(config.corpusDir, { maxFileBytes: config.maxFileBytes, excerptLength: config.excerptLength, warm: true }));
  const commands = await loadCommands(options.commandsDir);
  const pager = new Pager(options.pager);
  const summaries = summarise(commands.values());
  const ctx: CommandContext = {
    store,
    config,
    log,
    pager,
    summaries: () => summaries,
    show: (interaction: RepliableInteraction, view, opts = {}) => respond(interaction, pager.open(interaction.user.id, renderPages(view)), { ...opts, log }),
    send: (interaction: RepliableInteraction, reply, opts = {}) => respond(interaction, reply, { ...opts, log }),
  };

  const client = createClient(config);
  installReloadHook(client, () => store.reload());
  let stopped = false;
  const cooldowns = new Cooldowns(config.cooldownSeconds);
  const onInteraction = createInteractionHandler({ commands, ctx, cooldowns, log });
  const onMention = createMentionHandler({ client, store, pager, memory: new ConversationMemory(), cooldowns, log });
  client.on(Events.InteractionCreate, (i) => void onInteraction(i).catch((e: unknown) => log.error({ err: e }, 'interaction handler failed')));
  client.on(Events.MessageCreate, (m) => void onMention(m).catch((e: unknown) => log.error({ err: e }, 'mention handler failed')));
  client.on(Events.Error, (e) => log.error({ err: e }, 'discord client error'));
  client.on(Events.Warn, (w) => log.warn({ warning: w }, 'discord client warning'));
  // Disconnects while stopping are ours, not news.
  client.on(Events.ShardDisconnect, (_e, shard) => stopped || log.warn({ shard }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => stopped || log.info({ shard }, 'gateway reconnecting'));
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'));

  // A rejection nobody awaited is logged rather than allowed to end the bot.
  const onRejection = (reason: unknown) => log.error({ err: reason }, 'unhandled rejection');
  process.on('unhandledRejection', onRejection);

  let watcher: CorpusWatcher | null = null;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    watcher?.close();
    await client.destroy();
    process.off('unhandledRejection', onRejection);
  };

  try {
    const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 60_000) });
    await client.login(token);
    await ready;
  } catch (e) {
    await stop();
    throw e;
  }
  if (config.corpusWatch) watcher = watchCorpus(store, log, { debounceMs: options.watchDebounceMs });
  const user = client.user;
  if (config.applicationId && client.application && client.application.id !== config.applicationId) {
    log.warn({ configured: config.applicationId, actual: client.application.id }, 'DISCORD_APPLICATION_ID differs from the application of the token');
  }
  log.info(
    { user: user?.tag, id: user?.id, guilds: client.guilds.cache.size, shards: client.ws.shards.size, commands: commands.size, articles: store.engine.stats.articles },
    'Discord bot ready',
  );
  return { client, store, stop };
}
