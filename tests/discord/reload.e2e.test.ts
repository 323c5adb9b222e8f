/**
 * Reloading end to end: /reload refused for members, run for admins (Manage Server or an admin
 * role) and reporting what changed, broken corpora keeping the index in use; and CORPUS_WATCH.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/discord/render/limits.ts';
import { article } from '../helpers/corpus-dir.ts';
import { opt, PERMISSIONS, type MessagePayload } from './fake-discord.ts';
import { startHarness, type Harness } from './bot-harness.ts';

const EPHEMERAL = 64;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const description = (p: MessagePayload) => p.embeds?.[0]?.description ?? '';

const NEW_ARTICLE = article(
  'Lawmakers weigh a zeppelin accord',
  ['Senators met on Tuesday to discuss the zeppelin accord with their counterparts.', 'The accord would regulate airships over the capital.'],
  { source: 'Example Wire', published: '2017-07-12', url: '"https://example.com/zeppelin-accord"' },
);

describe('/reload', () => {
  it('is refused, privately and without reloading, for a member without Manage Server', async () => {
    const engine = h.bot.store.engine;
    writeFileSync(path.join(h.dir, 'zeppelin.md'), NEW_ARTICLE);
    const { payload, callbackType } = await h.fake.reply(h.fake.command('reload', [], h.fake.member));
    expect(callbackType).toBe(4);
    expect(payload.flags).toBe(EPHEMERAL);
    expect(description(payload)).toContain('Only members with the Manage Server permission');
    expect(h.bot.store.engine).toBe(engine);
  });

  it('by an admin: deferred, then reports the added article, the counts before and after and the time; the article is searchable at once', async () => {
    const ref = h.fake.command('reload', [], h.fake.admin);
    const { payload, callbackType, ackMs } = await h.fake.reply(ref);
    expect(callbackType).toBe(5);
    expect(ackMs).toBeLessThan(3000);
    const ack = await h.fake.ack(ref);
    expect((ack.body?.data as { flags?: number }).flags).toBe(EPHEMERAL);
    expect(payload.embeds![0]!.title).toBe('Corpus reloaded');
    expect(description(payload)).toContain('**Added (1):** Lawmakers weigh a zeppelin accord');
    expect(description(payload)).toMatch(/Articles 1 → 2 \(\+1\) · paragraphs (\d+) → \d+ \(\+2\)/);
    expect(description(payload)).toMatch(/Took \d+ ms\./);
    expect(payload.embeds![0]!.footer?.text).toMatch(/^2 articles/);

    const search = await h.fake.reply(h.fake.command('search', [opt.string('query', 'zeppelin accord')]));
    expect(description(search.payload)).toContain('[1] [Lawmakers weigh a zeppelin accord, Example Wire, 2017-07-12, ¶');
  });

  it('is allowed for a member holding one of ADMIN_ROLE_IDS, and says when nothing changed', async () => {
    const ref = h.fake.command('reload', [], h.fake.member, { roles: [h.fake.adminRoleId], permissions: PERMISSIONS.member });
    const { payload } = await h.fake.reply(ref);
    expect(payload.embeds![0]!.title).toBe('Corpus reloaded');
    expect(description(payload)).toContain('No article changed.');
  });

  it('reports a broken file by name and keeps the rest', async () => {
    writeFileSync(path.join(h.dir, 'broken.md'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    const { payload } = await h.fake.reply(h.fake.command('reload', [], h.fake.admin));
    expect(payload.embeds![0]!.title).toBe('Corpus reloaded');
    expect(description(payload)).toContain('**Problems (1 file):**');
    expect(description(payload)).toMatch(/broken\.md: binary file/);
    const articles = await h.fake.reply(h.fake.command('articles'));
    expect(description(articles.payload)).toMatch(/broken\.md: binary file/);
  });

  it('a wholly broken corpus keeps the index in use and says so', async () => {
    const engine = h.bot.store.engine;
    for (const f of readdirSync(h.dir)) if (f !== 'broken.md') rmSync(path.join(h.dir, f));
    writeFileSync(path.join(h.dir, 'empty.md'), '');
    const { payload } = await h.fake.reply(h.fake.command('reload', [], h.fake.admin));
    expect(payload.embeds![0]!.title).toBe('Corpus not reloaded');
    expect(description(payload)).toContain('no file in it could be loaded. The corpus in use is kept.');
    expect(description(payload)).toContain('empty.md: empty file');
    expect(h.bot.store.engine).toBe(engine);
    const search = await h.fake.reply(h.fake.command('search', [opt.string('query', 'zeppelin accord')]));
    expect(description(search.payload)).toContain('Lawmakers weigh a zeppelin accord');
  });

  it('an empty folder keeps the index in use too', async () => {
    for (const f of readdirSync(h.dir)) rmSync(path.join(h.dir, f));
    const { payload } = await h.fake.reply(h.fake.command('reload', [], h.fake.admin));
    expect(payload.embeds![0]!.title).toBe('Corpus not reloaded');
    expect(description(payload)).toContain('it holds no article files');
  });

  it('every reload reply stayed within the limits and pinged nobody', () => {
    for (const p of h.fake.messagePayloads()) {
      expect(p.allowed_mentions?.parse).toEqual([]);
      expect(limitProblems(p as Parameters<typeof limitProblems>[0])).toEqual([]);
    }
  });
});

describe('CORPUS_WATCH=true', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { CORPUS_WATCH: 'true' }, bot: { watchDebounceMs: 100 } });
  });
  afterAll(async () => h?.stop());

  it('reloads after a file change, once, debounced', async () => {
    expect(h.bot.store.engine.stats.articles).toBe(1);
    const file = path.join(h.dir, 'airship.md');
    writeFileSync(file, article('Airship news', ['The airship docked at noon.']));
    writeFileSync(file, article('Airship news', ['The airship docked at noon.', 'Crowds watched the airship.']));
    await until(() => h.bot.store.engine.stats.articles === 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.logs.filter((l) => l.includes('corpus reloaded after a file change'))).toHaveLength(1);
    const { payload } = await h.fake.reply(h.fake.command('search', [opt.string('query', 'airship')]));
    expect(payload.embeds![0]!.description).toContain('Airship news');
  });
});

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
