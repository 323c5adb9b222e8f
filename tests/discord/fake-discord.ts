/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real discord.js client: REST over HTTP
 * (gateway info, command registration, interaction callbacks, webhook edits and follow-ups,
 * channel messages) and the gateway over WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE,
 * heartbeats). Tests drive it by sending INTERACTION_CREATE and MESSAGE_CREATE dispatches and
 * read back every REST call it received.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
  authorization: string | null;
  at: number;
  /** What the fake answered: HTTP status and JSON body, if any. */
  status?: number;
  response?: unknown;
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

/** A message object as Discord sends it. */
export type ApiMessage = Record<string, unknown> & { id: string; channel_id: string };

export interface InteractionRef {
  id: string;
  token: string;
  sentAt: number;
}

/** What a message-bearing payload looks like, loosely typed for assertions. */
export interface MessagePayload {
  content?: string;
  embeds?: Array<{ title?: string; description?: string; color?: number; footer?: { text: string }; fields?: Array<{ name: string; value: string }>; author?: { name: string } }>;
  components?: Array<{ type: number; components: Array<{ type: number; custom_id?: string; label?: string; disabled?: boolean }> }>;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  flags?: number;
  message_reference?: { message_id?: string };
}

export interface Choice {
  name: string;
  value: string;
}

const EPOCH = 1420070400000n;
let counter = 0n;

export function snowflake(): string {
  counter += 1n;
  return String(((BigInt(Date.now()) - EPOCH) << 22n) + (counter % 4096n));
}

export const PERMISSIONS = {
  member: String((1n << 10n) | (1n << 11n) | (1n << 16n)), // view channel, send messages, read history
  admin: String((1n << 5n) | (1n << 10n) | (1n << 11n) | (1n << 16n)), // + Manage Server
};

/** Option builders for interaction data. */
export const opt = {
  string: (name: string, value: string, focused = false) => ({ type: 3, name, value, ...(focused ? { focused: true } : {}) }),
  bool: (name: string, value: boolean) => ({ type: 5, name, value }),
  sub: (name: string, options: unknown[] = []) => ({ type: 1, name, options }),
};

const MESSAGE_BEARING_CALLBACKS = new Set([4, 7]);

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  /** Gateway payloads received from the client. */
  readonly received: Array<{ op: number; d: unknown }> = [];
  /** Query strings of gateway connections (v, encoding, compress). */
  readonly connections: URLSearchParams[] = [];
  /** Close codes of gateway connections the client closed. */
  readonly closes: number[] = [];
  readonly appId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly threadId = snowflake();
  readonly adminRoleId = snowflake();
  readonly bot: FakeUser = { id: this.appId, username: 'storydesk', bot: true };
  readonly admin: FakeUser = { id: snowflake(), username: 'alice' };
  readonly member: FakeUser = { id: snowflake(), username: 'bob' };
  readonly otherBot: FakeUser = { id: snowflake(), username: 'otherbot', bot: true };
  /** Registered commands by scope ("global" or a guild id). */
  readonly commands = new Map<string, Array<Record<string, unknown> & { id: string; name: string }>>();
  /** What GET /gateway/bot recommends: the shard count and how many may identify at once. */
  gateway = { shards: 1, maxConcurrency: 1 };
  private readonly messages = new Map<string, ApiMessage>();
  /** The message an interaction's reply became, by interaction token. */
  private readonly originals = new Map<string, string>();
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  private seq = 0;
  private readonly identified: Promise<void>;
  private onIdentify!: () => void;
  readonly token: string;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
  ) {
    this.token = FakeDiscord.tokenFor(this.appId);
    this.identified = new Promise((resolve) => (this.onIdentify = resolve));
  }

  /** A bot token that looks real and whose first part encodes the application id. */
  static tokenFor(appId: string): string {
    return `${Buffer.from(appId).toString('base64url')}.GfAkE1.${'x'.repeat(27)}`;
  }

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server, path: '/gateway' });
    const fake = new FakeDiscord(server, wss);
    server.on('request', (req, res) => void fake.handle(req, res));
    wss.on('connection', (socket, req) => fake.connect(socket, req));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Resolves once the client has identified on the gateway. */
  whenIdentified(): Promise<void> {
    return this.identified;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- REST --------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: Record<string, unknown> | null = null;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    } catch {
      body = { unparsed: raw };
    }
    const call: RestCall = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''), query: url.searchParams, body, authorization: req.headers.authorization ?? null, at: Date.now() };
    this.calls.push(call);
    const send = (status: number, json?: unknown) => {
      call.status = status;
      call.response = json;
      if (json === undefined) {
        res.writeHead(status).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      }
      this.notify();
    };
    const needsAuth = !call.path.startsWith('/interactions/') && !call.path.startsWith('/webhooks/');
    if (needsAuth && call.authorization !== `Bot ${this.token}`) return send(401, { message: '401: Unauthorized', code: 0 });
    const p = call.path;
    let m: RegExpExecArray | null;
    if (call.method === 'GET' && p === '/gateway/bot') {
      return send(200, { url: this.gatewayUrl, shards: this.gateway.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.gateway.maxConcurrency } });
    }
    if (call.method === 'GET' && p === '/applications/@me') return send(200, { id: this.appId, name: 'Storydesk', bot_public: false });
    if (call.method === 'PUT' && (m = /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/.exec(p))) {
      if (m[1] !== this.appId) return send(404, { message: 'Unknown Application', code: 10002 });
      const registered = ((body as unknown as Array<Record<string, unknown>>) ?? []).map((c) => ({ ...c, id: snowflake(), application_id: this.appId, version: snowflake(), name: String(c.name) }));
      this.commands.set(m[2] ?? 'global', registered);
      return send(200, registered);
    }
    if (call.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p))) {
      const type = Number(body?.type);
      if (MESSAGE_BEARING_CALLBACKS.has(type) || type === 5) {
        const data = (body?.data ?? {}) as Record<string, unknown>;
        const message = this.storeMessage(this.channelId, type === 5 ? { ...data, content: '' } : data);
        if (type !== 7) this.originals.set(m[2]!, message.id);
      }
      return send(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(p))) {
      if (call.method === 'DELETE') return send(204);
      const id = m[3] === '@original' ? this.originals.get(m[2]!) : m[3];
      const old = id ? this.messages.get(id) : undefined;
      const message = this.storeMessage(old?.channel_id ?? this.channelId, { ...(old ?? {}), ...(body ?? {}) }, id);
      return send(200, message);
    }
    if (call.method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(p))) {
      return send(200, this.storeMessage(this.channelId, body ?? {}));
    }
    if (call.method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(p))) {
      const ref = (body?.message_reference ?? null) as { message_id?: string } | null;
      const message = this.storeMessage(m[1]!, { ...(body ?? {}), ...(ref ? { type: 19, message_reference: { ...ref, channel_id: m[1], guild_id: this.guildId } } : {}) });
      return send(200, message);
    }
    return send(404, { message: `Unknown route ${call.method} ${p}`, code: 0 });
  }

  private storeMessage(channelId: string, data: Record<string, unknown>, id = snowflake()): ApiMessage {
    const message: ApiMessage = {
      type: 0,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      edited_timestamp: null,
      ...data,
      id,
      channel_id: channelId,
      author: this.apiUser(this.bot),
      timestamp: new Date().toISOString(),
      application_id: this.appId,
    };
    delete message.allowed_mentions;
    this.messages.set(id, message);
    return message;
  }

  // ---- gateway -----------------------------------------------------------------------------

  private connect(socket: WebSocket, req: IncomingMessage): void {
    this.sockets.add(socket);
    this.connections.push(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      this.closes.push(code);
    });
    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: unknown };
      this.received.push(payload);
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11, d: null }));
      if (payload.op === 2) this.ready(socket, payload.d as { token: string; shard?: [number, number] });
      if (payload.op === 6) socket.send(JSON.stringify({ op: 9, d: false }));
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private ready(socket: WebSocket, identify: { token: string; shard?: [number, number] }): void {
    if (identify.token !== this.token) {
      socket.close(4004, 'Authentication failed');
      return;
    }
    this.send(socket, 'READY', {
      v: 10,
      user: { ...this.apiUser(this.bot), verified: true, mfa_enabled: false, flags: 0 },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: `session-${snowflake()}`,
      resume_gateway_url: this.gatewayUrl,
      shard: identify.shard ?? [0, 1],
      application: { id: this.appId, flags: 0 },
    });
    this.send(socket, 'GUILD_CREATE', this.guild());
    this.onIdentify();
  }

  private guild(): Record<string, unknown> {
    const now = new Date().toISOString();
    return {
      id: this.guildId,
      name: 'Newsroom',
      icon: null,
      owner_id: this.admin.id,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      unavailable: false,
      large: false,
      member_count: 3,
      joined_at: now,
      roles: [
        { id: this.guildId, name: '@everyone', permissions: PERMISSIONS.member, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        { id: this.adminRoleId, name: 'editors', permissions: PERMISSIONS.member, position: 1, color: 0, hoist: false, managed: false, mentionable: true, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      channels: [{ id: this.channelId, type: 0, guild_id: this.guildId, name: 'news', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
      threads: [
        {
          id: this.threadId,
          type: 11,
          guild_id: this.guildId,
          parent_id: this.channelId,
          owner_id: this.member.id,
          name: 'the story',
          last_message_id: null,
          rate_limit_per_user: 0,
          message_count: 0,
          member_count: 2,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false },
        },
      ],
    };
  }

  private send(socket: WebSocket, t: string, d: unknown): void {
    this.seq += 1;
    socket.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
  }

  /** Sends a dispatch to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const s of this.sockets) this.send(s, t, d);
  }

  // ---- test drivers ------------------------------------------------------------------------

  apiUser(u: FakeUser): Record<string, unknown> {
    return { id: u.id, username: u.username, discriminator: '0', global_name: u.username, avatar: null, ...(u.bot ? { bot: true } : {}) };
  }

  apiMember(u: FakeUser, options: { permissions?: string; roles?: string[] } = {}): Record<string, unknown> {
    return { user: this.apiUser(u), roles: options.roles ?? [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, ...(options.permissions ? { permissions: options.permissions } : {}) };
  }

  private interactionBase(type: number, user: FakeUser, options: { inThread?: boolean; permissions?: string; roles?: string[] }): Record<string, unknown> & InteractionRef {
    const channel = options.inThread
      ? { id: this.threadId, type: 11, guild_id: this.guildId, parent_id: this.channelId, name: 'the story' }
      : { id: this.channelId, type: 0, guild_id: this.guildId, name: 'news' };
    return {
      id: snowflake(),
      token: `itoken-${snowflake()}`,
      sentAt: Date.now(),
      application_id: this.appId,
      type,
      version: 1,
      guild_id: this.guildId,
      channel_id: channel.id,
      channel,
      member: this.apiMember(user, { permissions: options.permissions ?? (user === this.admin ? PERMISSIONS.admin : PERMISSIONS.member), roles: options.roles ?? [] }),
      app_permissions: PERMISSIONS.member,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 8_388_608,
    };
  }

  private commandId(name: string): string {
    for (const list of this.commands.values()) for (const c of list) if (c.name === name) return c.id;
    return snowflake();
  }

  private send_(payload: Record<string, unknown> & InteractionRef): InteractionRef {
    const { sentAt, ...d } = payload;
    this.dispatch('INTERACTION_CREATE', d);
    return { id: payload.id, token: payload.token, sentAt };
  }

  /**
   * The payload of a slash command as Discord would POST it to an interactions endpoint (nothing
   * is dispatched on the gateway).
   */
  commandPayload(name: string, options: unknown[] = [], user: FakeUser = this.member, extra: { inThread?: boolean; permissions?: string; roles?: string[] } = {}): Record<string, unknown> & { id: string; token: string } {
    const { sentAt: _sentAt, ...base } = this.interactionBase(2, user, extra);
    return { ...base, data: { id: this.commandId(name), name, type: 1, options, guild_id: this.guildId } };
  }

  /** The payload of an autocomplete request, for an interactions endpoint. */
  autocompletePayload(name: string, options: unknown[], user: FakeUser = this.member): Record<string, unknown> & { id: string; token: string } {
    const { sentAt: _sentAt, ...base } = this.interactionBase(4, user, {});
    return { ...base, data: { id: this.commandId(name), name, type: 1, options, guild_id: this.guildId } };
  }

  /** The payload of a button click on a message, for an interactions endpoint. */
  clickPayload(message: Record<string, unknown>, customId: string, user: FakeUser = this.member): Record<string, unknown> & { id: string; token: string } {
    const { sentAt: _sentAt, ...base } = this.interactionBase(3, user, {});
    return { ...base, message: { channel_id: this.channelId, ...message }, data: { custom_id: customId, component_type: 2 } };
  }

  /** Runs a slash command as `user`. */
  command(name: string, options: unknown[] = [], user: FakeUser = this.member, extra: { inThread?: boolean; permissions?: string; roles?: string[] } = {}): InteractionRef {
    const base = this.interactionBase(2, user, extra);
    return this.send_({ ...base, data: { id: this.commandId(name), name, type: 1, options, guild_id: this.guildId } });
  }

  /** Types into an autocomplete option (the focused option carries `focused: true`). */
  autocomplete(name: string, options: unknown[], user: FakeUser = this.member): InteractionRef {
    const base = this.interactionBase(4, user, {});
    return this.send_({ ...base, data: { id: this.commandId(name), name, type: 1, options, guild_id: this.guildId } });
  }

  /** Runs a message context-menu command on a message. */
  messageMenu(name: string, target: ApiMessage, user: FakeUser = this.member): InteractionRef {
    const base = this.interactionBase(2, user, {});
    return this.send_({ ...base, data: { id: this.commandId(name), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } }, guild_id: this.guildId } });
  }

  /** Clicks a button of a message the bot sent. */
  click(message: ApiMessage, customId: string, user: FakeUser = this.member): InteractionRef {
    const base = this.interactionBase(3, user, { inThread: message.channel_id === this.threadId });
    return this.send_({ ...base, message, data: { custom_id: customId, component_type: 2 } });
  }

  /** A user's message as Discord delivers it; `mention` puts the bot in its mentions. */
  userMessage(content: string, options: { author?: FakeUser; channelId?: string; mention?: boolean; replyTo?: string } = {}): ApiMessage {
    const author = options.author ?? this.member;
    const mentions = options.mention === false ? [] : [{ ...this.apiUser(this.bot), member: this.apiMember(this.bot) }];
    return {
      id: snowflake(),
      channel_id: options.channelId ?? this.channelId,
      guild_id: this.guildId,
      author: this.apiUser(author),
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: options.replyTo ? 19 : 0,
      flags: 0,
      ...(options.replyTo ? { message_reference: { message_id: options.replyTo, channel_id: options.channelId ?? this.channelId, guild_id: this.guildId } } : {}),
    };
  }

  /** Posts a user's message on the gateway (MESSAGE_CREATE). */
  post(message: ApiMessage): ApiMessage {
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  message(id: string): ApiMessage | undefined {
    return this.messages.get(id);
  }

  // ---- reading back ------------------------------------------------------------------------

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  /** The first call (from `since`) that satisfies the predicate, waiting for it. */
  waitForCall(predicate: (c: RestCall) => boolean, timeoutMs = 5000, since = 0): Promise<RestCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.calls.slice(since).find(predicate);
        if (found) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
        return found;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no matching REST call within ${timeoutMs} ms; calls: ${this.calls.map((c) => `${c.method} ${c.path}`).join(', ')}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** The first callback to an interaction (its acknowledgement). */
  ack(ref: InteractionRef, timeoutMs = 5000): Promise<RestCall> {
    return this.waitForCall((c) => c.method === 'POST' && c.path === `/interactions/${ref.id}/${ref.token}/callback`, timeoutMs);
  }

  /**
   * The message an interaction was answered with: the callback's data, or for a deferred reply
   * the edit of @original. `ackMs` is how long the acknowledgement took.
   */
  async reply(ref: InteractionRef, timeoutMs = 5000): Promise<{ payload: MessagePayload; callbackType: number; ackMs: number; message: ApiMessage | undefined }> {
    const ack = await this.ack(ref, timeoutMs);
    const callbackType = Number(ack.body?.type);
    const ackMs = ack.at - ref.sentAt;
    if (callbackType === 5 || callbackType === 6) {
      const edit = await this.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${this.appId}/${ref.token}/messages/@original`, timeoutMs);
      return { payload: edit.body as MessagePayload, callbackType, ackMs, message: this.messages.get(this.originals.get(ref.token) ?? '') };
    }
    const payload = (ack.body?.data ?? {}) as MessagePayload;
    return { payload, callbackType, ackMs, message: this.messages.get(this.originals.get(ref.token) ?? '') };
  }

  /** The choices an autocomplete interaction was answered with. */
  async choices(ref: InteractionRef): Promise<Choice[]> {
    const ack = await this.ack(ref);
    expectType(ack, 8);
    return ((ack.body?.data as { choices?: Choice[] } | undefined)?.choices ?? []) as Choice[];
  }

  /** The bot's message posted in a channel after `since` calls, e.g. its reply to a mention. */
  async channelMessage(channelId: string, since: number, timeoutMs = 5000): Promise<{ payload: MessagePayload; message: ApiMessage }> {
    const call = await this.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages` && c.response !== undefined, timeoutMs, since);
    return { payload: call.body as MessagePayload, message: call.response as ApiMessage };
  }

  /** Every payload that carried a message (callbacks 4 and 7, webhook edits and posts, channel messages). */
  messagePayloads(): MessagePayload[] {
    return this.calls
      .filter(
        (c) =>
          (c.method === 'POST' && /^\/interactions\/.+\/callback$/.test(c.path) && MESSAGE_BEARING_CALLBACKS.has(Number(c.body?.type))) ||
          (c.method === 'PATCH' && c.path.startsWith('/webhooks/')) ||
          (c.method === 'POST' && c.path.startsWith('/webhooks/')) ||
          (c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path)),
      )
      .map((c) => (c.path.endsWith('/callback') ? (c.body?.data ?? {}) : (c.body ?? {})) as MessagePayload);
  }
}

function expectType(call: RestCall, type: number): void {
  if (Number(call.body?.type) !== type) throw new Error(`expected callback type ${type}, got ${String(call.body?.type)}`);
}
