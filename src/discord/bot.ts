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
import { countReloads, Metrics } from '../metrics.ts';
import { startOpsServer, type Listening } from '../http/ops.ts';
import type { CommandContext } from './command.ts';
import { createClient } from './client.ts';
import { installReloadHook, metricsPortFor } from './sharding.ts';
import { ConversationMemory } from './conversation.ts';
import { watchCorpus, type CorpusWatcher } from './corpus-watch.ts';
import { createInteractionHandler } from './interactions.ts';
import { createMentionHandler } from './mentions.ts';
import { Pager, type PagerOptions } from './pager.ts';
import { RateLimiter } from './rate-limit.ts';
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
  /** Where answers, refusals and reloads are counted (default: a registry of its own). */
  metrics?: Metrics;
}

export interface Bot {
  client: Client;
  store: CorpusStore;
  metrics: Metrics;
  /** The METRICS_PORT server (/healthz, /metrics), when configured. */
  ops: Listening | null;
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
  const metrics = options.metrics ?? new Metrics({ mode: 'gateway' });
  metrics.watch(store);
  countReloads(store, metrics);
  // One limiter for commands and mentions alike: a member's questions share one bucket.
  const limiter = new RateLimiter(config.rateLimits);
  const onInteraction = createInteractionHandler({ commands, ctx, limiter, log, metrics });
  const onMention = createMentionHandler({ client, store, pager, memory: new ConversationMemory(), limiter, log, metrics });
  // GATEWAY_COMMANDS=false: slash commands, autocomplete and buttons are served by start:http; this process answers mentions.
  if (config.gatewayCommands) client.on(Events.InteractionCreate, (i) => void onInteraction(i).catch((e: unknown) => log.error({ err: e }, 'interaction handler failed')));
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
  let ops: Listening | null = null;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    watcher?.close();
    await ops?.close();
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
  if (config.metricsPort !== null) {
    try {
      ops = await startOpsServer({ metrics, store: () => store, ready: () => !stopped && client.isReady() }, metricsPortFor(config.metricsPort), config.listenHost);
      log.info({ port: ops.port }, 'serving /healthz and /metrics');
    } catch (e) {
      await stop();
      throw e;
    }
  }
  const user = client.user;
  if (config.applicationId && client.application && client.application.id !== config.applicationId) {
    log.warn({ configured: config.applicationId, actual: client.application.id }, 'DISCORD_APPLICATION_ID differs from the application of the token');
  }
  log.info(
    { user: user?.tag, id: user?.id, guilds: client.guilds.cache.size, shards: client.ws.shards.size, commands: config.gatewayCommands ? commands.size : 'off (mentions only)', articles: store.engine.stats.articles },
    'Discord bot ready',
  );
  return {
    client,
    store,
    metrics,
    get ops() {
      return ops;
    },
    stop,
  };
}
