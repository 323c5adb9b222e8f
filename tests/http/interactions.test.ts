/**
 * The HTTP interactions endpoint with signed requests, as Discord sends them: Ed25519 signatures
 * made here with a key pair of the test's own, payloads from the fake Discord, follow-ups
 * delivered to the fake through discord.js's REST client. Servers listen on 127.0.0.1, port 0.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { startInteractionsServer, type InteractionsServer } from '../../src/http/interactions-server.ts';
import { reloadOnSignal } from '../../src/reload-signal.ts';
import { CorpusStore } from '../../src/store.ts';
import { FakeDiscord, opt, snowflake, type MessagePayload } from '../discord/fake-discord.ts';
import { memoryLogger } from '../discord/bot-harness.ts';
import { article, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';

const EPHEMERAL = 64;
let fake: FakeDiscord;
let privateKey: KeyObject;
let publicKeyHex: string;
let dir: string;
const servers: Array<{ close(): Promise<void> }> = [];
const logs: string[] = [];

function configFor(env: Record<string, string> = {}): Config {
  return loadConfig({ DISCORD_PUBLIC_KEY: publicKeyHex, DISCORD_API_BASE: fake.apiBase, CORPUS_DIR: dir, RATE_MEMBER_BURST: '0', RATE_SERVER_BURST: '0', ...env });
}

async function replica(options: { env?: Record<string, string>; deferAfterMs?: number; openStore?: () => Promise<CorpusStore> } = {}): Promise<InteractionsServer> {
  const config = configFor(options.env);
  const server = await startInteractionsServer(config, {
    openStore: options.openStore ?? (() => CorpusStore.open(config.corpusDir, { warm: true })),
    log: memoryLogger(logs),
    port: 0,
    host: '127.0.0.1',
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });
  servers.push(server);
  if (!options.openStore) await server.ready;
  return server;
}

interface Signed {
  body: string;
  timestamp: string;
  signature: string;
}

function signed(payload: unknown, timestamp = String(Math.floor(Date.now() / 1000)), key: KeyObject = privateKey): Signed {
  const body = JSON.stringify(payload);
  return { body, timestamp, signature: sign(null, Buffer.from(timestamp + body), key).toString('hex') };
}

async function post(port: number, s: Partial<Signed> & { body: string }): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (s.signature !== undefined) headers['x-signature-ed25519'] = s.signature;
  if (s.timestamp !== undefined) headers['x-signature-timestamp'] = s.timestamp;
  const res = await fetch(`http://127.0.0.1:${port}/interactions`, { method: 'POST', headers, body: s.body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const data = (r: { json: Record<string, unknown> }) => (r.json.data ?? {}) as MessagePayload & { choices?: Array<{ name: string; value: string }> };
const whoSaid = (quote: string) => fake.commandPayload('who', [opt.sub('said', [opt.string('quote', quote)])]);

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  publicKeyHex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  dir = tempCorpus({}, true);
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await fake.close();
  removeTempCorpora();
});

describe('the HTTP interactions endpoint', () => {
  let server: InteractionsServer;
  beforeAll(async () => {
    server = await replica();
  });

  it('answers a valid PING with PONG', async () => {
    const r = await post(server.port, signed({ type: 1, id: snowflake(), application_id: fake.appId, token: 't', version: 1 }));
    expect(r).toEqual({ status: 200, json: { type: 1 } });
  });

  it('/who said gets a correct, cited answer in the HTTP response, within 3 s', async () => {
    const started = Date.now();
    const r = await post(server.port, signed(whoSaid('dumbest idea')));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.status).toBe(200);
    expect(r.json.type).toBe(4);
    const embed = data(r).embeds![0]!;
    expect(embed.description).toContain('Said by **Lindsey Graham**.');
    expect(embed.description).toMatch(/¶13\]\(https:\/\/www\.cnbc\.com\/.+#:~:text=.+\)/);
    expect(data(r).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('refuses a bad or missing signature with 401', async () => {
    const good = signed(whoSaid('dumbest idea'));
    const tampered = { ...good, body: good.body.replace('dumbest', 'smartest') };
    expect((await post(server.port, tampered)).status).toBe(401);
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    expect((await post(server.port, signed(whoSaid('dumbest idea'), undefined, otherKey))).status).toBe(401);
    expect((await post(server.port, { body: good.body })).status).toBe(401);
    expect((await post(server.port, { ...good, signature: 'zz' })).status).toBe(401);
  });

  it('refuses a replayed request and a stale timestamp, though correctly signed', async () => {
    const once = signed(whoSaid('dumbest idea'));
    expect((await post(server.port, once)).status).toBe(200);
    const again = await post(server.port, once);
    expect(again.status).toBe(401);
    expect(again.json.error).toMatch(/replayed/);
    const tenMinutesAgo = String(Math.floor(Date.now() / 1000) - 600);
    const stale = await post(server.port, signed(whoSaid('dumbest idea'), tenMinutesAgo));
    expect(stale.status).toBe(401);
    expect(stale.json.error).toMatch(/stale/);
    const future = await post(server.port, signed(whoSaid('dumbest idea'), String(Math.floor(Date.now() / 1000) + 600)));
    expect(future.status).toBe(401);
  });

  it('answers autocomplete with choices', async () => {
    const r = await post(server.port, signed(fake.autocompletePayload('who', [opt.sub('is', [opt.string('name', 'Gra', true)])])));
    expect(r.json.type).toBe(8);
    expect(data(r).choices!.map((c) => c.name)).toContain('Lindsey Graham');
  });

  it('turns pages with the buttons of its own answers', async () => {
    const first = await post(server.port, signed(fake.commandPayload('search', [opt.string('query', 'cybersecurity unit')])));
    const next = data(first).components![0]!.components.find((b) => b.label === 'Next')!;
    expect(next.disabled).toBe(false);
    const r = await post(server.port, signed(fake.clickPayload({ id: snowflake(), ...data(first) }, next.custom_id!)));
    expect(r.json.type).toBe(7);
    expect(data(r).embeds![0]!.footer?.text).toMatch(/page 2\/\d+$/);
  });

  it('serves /healthz and /metrics (answers per command, latency, corpus size)', async () => {
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', articles: 1 });
    const metrics = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/storydesk_answers_total\{command="who",outcome="answered",mode="http"\} [2-9]/);
    expect(text).toMatch(/storydesk_answer_seconds_bucket\{le="2\.5",mode="http",command="who"\} [2-9]/);
    expect(text).toMatch(/storydesk_corpus_articles\{mode="http"\} 1\b/);
    expect(text).toContain('storydesk_process_resident_memory_bytes');
  });

  it('only POST on the endpoint; unknown routes 404', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/interactions`)).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${server.port}/nowhere`)).status).toBe(404);
  });
});

describe('deferred answers', () => {
  it('a command not answered at once is deferred, and its answer reaches the follow-up webhook on the fake', async () => {
    const server = await replica({ deferAfterMs: 0 });
    const payload = whoSaid('dumbest idea');
    const since = fake.calls.length;
    const r = await post(server.port, signed(payload));
    expect(r.json).toEqual({ type: 5 });
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${fake.appId}/${payload.token}/messages/@original`, 5000, since);
    const body = edit.body as MessagePayload;
    expect(body.embeds![0]!.description).toContain('Said by **Lindsey Graham**.');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(edit.authorization).toBeNull(); // webhooks are authorised by the interaction token, not a bot token
  });
});

describe('rate limits over HTTP', () => {
  it('a burst beyond the bucket is told privately to slow down, at once', async () => {
    const server = await replica({ env: { RATE_MEMBER_BURST: '5', RATE_SERVER_BURST: '' } });
    const who = { id: snowflake(), username: 'eager' };
    const replies = await Promise.all(Array.from({ length: 8 }, () => post(server.port, signed(fake.commandPayload('search', [opt.string('query', 'Putin')], who)))));
    const refused = replies.filter((r) => /^Easy there/.test(data(r).embeds?.[0]?.description ?? ''));
    expect(replies.length - refused.length).toBe(5);
    for (const r of refused) expect(data(r).flags).toBe(EPHEMERAL);
    const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
    expect(text).toMatch(/storydesk_rate_limited_total\{scope="member",source="command",mode="http"\} 3\b/);
  });
});

describe('health before the corpus is loaded', () => {
  it('says "starting" (503) until the corpus is loaded, then "ready"', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const server = await replica({ openStore: async () => (await gate, CorpusStore.open(dir)) });
    const before = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(before.status).toBe(503);
    expect((await post(server.port, signed(whoSaid('dumbest idea')))).status).toBe(503);
    open();
    await server.ready;
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
  });
});

/** A round-robin reverse proxy on 127.0.0.1, as a load balancer would be. */
async function roundRobin(ports: number[]): Promise<{ port: number; hits: number[]; close(): Promise<void> }> {
  const hits = ports.map(() => 0);
  let next = 0;
  const server: Server = createServer((req, res) => {
    const i = next++ % ports.length;
    hits[i]! += 1;
    const upstream = httpRequest({ host: '127.0.0.1', port: ports[i], path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy = {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  servers.push(proxy);
  return proxy;
}

describe('replicas behind a load balancer', () => {
  it('two replicas behind a round-robin proxy answer alike', async () => {
    const a = await replica();
    const b = await replica();
    const lb = await roundRobin([a.port, b.port]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(lb.port, signed(whoSaid('dumbest idea'))));
    expect(lb.hits).toEqual([2, 2]);
    for (const r of answers) expect(r.status).toBe(200);
    const shown = answers.map((r) => JSON.stringify(data(r).embeds));
    expect(new Set(shown).size).toBe(1);
    expect(shown[0]).toContain('Lindsey Graham');
    const ping = await post(lb.port, signed({ type: 1, id: snowflake(), application_id: fake.appId, token: 't', version: 1 }));
    expect(ping.json).toEqual({ type: 1 });
  });

  it('SIGHUP reloads the shared corpus folder on every replica', async () => {
    const shared = tempCorpus({}, true);
    const replicas = [await replica({ env: { CORPUS_DIR: shared } }), await replica({ env: { CORPUS_DIR: shared } })];
    const stops = replicas.map((r) => reloadOnSignal(r.store()!, memoryLogger(logs)));
    try {
      writeFileSync(path.join(shared, 'harbour.md'), article('Harbour reopens', ['The harbour reopened on Monday after the storm, officials said.'], { published: '2024-03-04' }));
      process.emit('SIGHUP', 'SIGHUP');
      for (const r of replicas) await expect.poll(() => r.store()!.engine.stats.articles, { timeout: 10_000 }).toBe(2);
      const lb = await roundRobin(replicas.map((r) => r.port));
      for (let i = 0; i < 2; i++) {
        const res = await post(lb.port, signed(fake.commandPayload('search', [opt.string('query', 'harbour reopened')])));
        expect(data(res).embeds![0]!.description).toContain('Harbour reopens');
      }
      for (const r of replicas) expect(await (await fetch(`http://127.0.0.1:${r.port}/metrics`)).text()).toMatch(/storydesk_reloads_total\{outcome="ok",mode="http"\} 1\b/);
    } finally {
      for (const stop of stops) stop();
    }
  });
});
