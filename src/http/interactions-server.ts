/**
 * Discord's HTTP interactions endpoint (`npm run start:http`): Discord POSTs each slash command,
 * autocomplete and button click to this server instead of sending it on the gateway, so
 * stateless replicas behind any load balancer can serve them.
 *
 * Every request's Ed25519 signature is checked first (401 otherwise; stale and replayed
 * timestamps too). PING gets PONG. Anything else is handed to the very same command modules and
 * router as the gateway bot (commands/*.ts, src/discord/interactions.ts), as a real discord.js
 * interaction built by discord.js itself from the payload. The interaction's first response is
 * the HTTP answer: the router's reply is caught on its way to the callback route and written to
 * the pending HTTP response instead. A handler that has not answered within `deferAfterMs` gets
 * a deferred response, and its answer then goes out as an edit of the original message through
 * discord.js's REST client (the follow-up webhooks) at DISCORD_API_BASE. The server holds no bot
 * token: follow-up webhooks are authorised by the interaction's own token.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Client, Events, InteractionResponseType, InteractionType, Routes, type RequestData, type RouteLike } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { restOptions } from '../discord/client.ts';
import type { CommandContext } from '../discord/command.ts';
import { createInteractionHandler } from '../discord/interactions.ts';
import { Pager } from '../discord/pager.ts';
import { RateLimiter } from '../discord/rate-limit.ts';
import { loadCommands, summarise } from '../discord/registry.ts';
import { renderPages } from '../discord/render/list-view.ts';
import { NO_MENTIONS, respond } from '../discord/reply.ts';
import { countReloads, Metrics } from '../metrics.ts';
import type { CorpusStore } from '../store.ts';
import { listen, serveOps, type Listening } from './ops.ts';
import { RequestVerifier, type VerifierOptions } from './verify.ts';

export interface InteractionsServerOptions {
  /** Opens the corpus; the server listens (and /healthz says "starting") until it is ready. */
  openStore: () => Promise<CorpusStore>;
  log: Logger;
  commandsDir?: string;
  metrics?: Metrics;
  /** Default: config.interactionsPort and config.listenHost. */
  port?: number;
  host?: string;
  /**
   * How long a handler may take before its interaction is deferred (default 1,500 ms, well
   * inside Discord's 3 s); 0 defers every command at once.
   */
  deferAfterMs?: number;
  verifier?: VerifierOptions;
}

export interface InteractionsServer extends Listening {
  metrics: Metrics;
  /** Resolves once the corpus is loaded. */
  ready: Promise<CorpusStore>;
  store(): CorpusStore | null;
}

/** Where a request's first response stands. */
interface Pending {
  appId: string;
  token: string;
  /** Set while the HTTP response is still open. */
  answer: ((body: unknown) => void) | null;
}

const MAX_BODY = 1024 * 1024;
const CALLBACK = /^\/interactions\/(\d+)\/([^/]+)\/callback$/;

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startInteractionsServer(config: Config, options: InteractionsServerOptions): Promise<InteractionsServer> {
  if (!config.publicKey) throw new Error('DISCORD_PUBLIC_KEY is not set: the interactions endpoint cannot verify requests without it.');
  const log = options.log;
  const verifier = new RequestVerifier(config.publicKey, options.verifier);
  const metrics = options.metrics ?? new Metrics({ mode: 'http' });
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const commands = await loadCommands(options.commandsDir);
  const summaries = summarise(commands.values());
  const pager = new Pager();
  const limiter = new RateLimiter(config.rateLimits);
  let store: CorpusStore | null = null;

  // A client that never logs in: it builds interactions from payloads and sends follow-ups over REST.
  const client = new Client({ intents: [], allowedMentions: NO_MENTIONS, rest: restOptions(config) });
  const pending = new Map<string, Pending>();
  const post = client.rest.post.bind(client.rest);
  const patch = client.rest.patch.bind(client.rest);
  client.rest.post = async (route: RouteLike, request?: RequestData): Promise<unknown> => {
    const m = CALLBACK.exec(route);
    const p = m ? pending.get(m[1]!) : undefined;
    if (!p) return post(route, request);
    const body = request?.body as { type: number; data?: unknown };
    if (p.answer) {
      // The first response, in time: it becomes the HTTP answer.
      p.answer(body);
      p.answer = null;
      return undefined;
    }
    // Already deferred: the message goes to the original response through the webhook.
    if (body.type === InteractionResponseType.ChannelMessageWithSource || body.type === InteractionResponseType.UpdateMessage) {
      return patch(Routes.webhookMessage(p.appId, p.token, '@original'), { body: body.data, auth: false });
    }
    if (body.type === InteractionResponseType.ApplicationCommandAutocompleteResult) log.debug('autocomplete answered too late; dropped');
    return undefined;
  };

  const ctx: CommandContext = {
    get store(): CorpusStore {
      if (!store) throw new Error('the corpus is not loaded yet');
      return store;
    },
    config,
    log,
    pager,
    summaries: () => summaries,
    show: (interaction, view, opts = {}) => respond(interaction, pager.open(interaction.user.id, renderPages(view)), { ...opts, log }),
    send: (interaction, reply, opts = {}) => respond(interaction, reply, { ...opts, log }),
  };
  const route = createInteractionHandler({ commands, ctx, limiter, log, metrics });
  const running = new Map<string, Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    running.set(interaction.id, route(interaction).catch((e: unknown) => log.error({ err: e }, 'interaction handler failed')));
  });

  /** Runs one interaction; resolves with the body of its first response. */
  const run = (payload: { id: string; token: string; application_id: string; type: number }): Promise<unknown> =>
    new Promise((resolve) => {
      const p: Pending = { appId: payload.application_id, token: payload.token, answer: resolve };
      pending.set(payload.id, p);
      const deferral =
        payload.type === InteractionType.ApplicationCommandAutocomplete
          ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
          : payload.type === InteractionType.MessageComponent
            ? { type: InteractionResponseType.DeferredMessageUpdate }
            : { type: InteractionResponseType.DeferredChannelMessageWithSource };
      const defer = () => {
        if (!p.answer) return;
        p.answer(deferral);
        p.answer = null;
      };
      if (deferAfterMs === 0 && payload.type === InteractionType.ApplicationCommand) defer();
      const timer = setTimeout(defer, deferAfterMs);
      // discord.js builds the right interaction class and emits it (synchronously) to the router.
      (client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } }).actions.InteractionCreate.handle(payload);
      const work = running.get(payload.id);
      running.delete(payload.id);
      if (!work) {
        clearTimeout(timer);
        pending.delete(payload.id);
        if (p.answer) resolve(null);
        return;
      }
      void work.finally(() => {
        clearTimeout(timer);
        pending.delete(payload.id);
        // A handler that ended without answering (an unknown button, say): acknowledge it anyway.
        defer();
      });
    });

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (await serveOps(req, res, { metrics, store: () => store })) return;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/' && path !== '/interactions') return json(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return json(res, 405, { error: 'method not allowed' });
    const body = await readBody(req);
    if (!body) return json(res, 413, { error: 'request too large' });
    const verdict = verifier.check(header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body);
    if (!verdict.ok) {
      log.warn({ reason: verdict.reason }, 'interaction request refused');
      return json(res, 401, { error: `invalid request signature (${verdict.reason})` });
    }
    let payload: { id: string; token: string; application_id: string; type: number };
    try {
      payload = JSON.parse(body.toString('utf8')) as typeof payload;
    } catch {
      return json(res, 400, { error: 'the body is not JSON' });
    }
    if (payload.type === InteractionType.Ping) return json(res, 200, { type: InteractionResponseType.Pong });
    if (!store) return json(res, 503, { error: 'starting: the corpus is not loaded yet' });
    if (typeof payload.id !== 'string' || typeof payload.token !== 'string' || typeof payload.application_id !== 'string') return json(res, 400, { error: 'not an interaction' });
    const answer = await run(payload);
    if (answer === null) return json(res, 400, { error: 'unsupported interaction type' });
    json(res, 200, answer);
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      log.error({ err: e }, 'interactions endpoint failed');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
    });
  });
  const listening = await listen(server, options.port ?? config.interactionsPort, options.host ?? config.listenHost);
  const ready = options.openStore().then((s) => {
    store = s;
    metrics.watch(s);
    countReloads(s, metrics);
    log.info({ port: listening.port, articles: s.engine.stats.articles, commands: commands.size }, 'interactions endpoint ready');
    return s;
  });
  ready.catch((e: unknown) => log.error({ err: e }, 'the corpus could not be opened'));
  return {
    ...listening,
    metrics,
    ready,
    store: () => store,
    async close() {
      await listening.close();
      await client.destroy();
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
