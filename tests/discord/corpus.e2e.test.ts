/**
 * /corpus end to end against the fake Discord: an admin adds a page by link and another by file
 * attachment, removes one through autocomplete; a member is refused twice (the command's default
 * permissions and the run-time check); every bad input is one sentence with the corpus folder
 * unchanged and the bot still answering.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/discord/render/limits.ts';
import { FIXTURES, pagePath, startPageServer, type PageServer } from '../ingest/page-server.ts';
import { startHarness, type Harness } from './bot-harness.ts';
import { opt, PERMISSIONS, type MessagePayload } from './fake-discord.ts';

const EPHEMERAL = 64;
let h: Harness;
let pages: PageServer;

beforeAll(async () => {
  pages = await startPageServer();
  h = await startHarness({ env: { INGEST_ALLOW_HOSTS: '127.0.0.1' } });
}, 60_000);

afterAll(async () => {
  await h?.stop();
  await pages?.close();
});

const description = (p: MessagePayload) => p.embeds?.[0]?.description ?? '';

function snapshot(): string[] {
  return readdirSync(h.dir)
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(path.join(h.dir, f))).digest('hex')}`);
}

const add = (options: unknown[], extra: Parameters<Harness['fake']['command']>[3] = {}, user = h.fake.admin) => h.fake.command('corpus', [opt.sub('add', options)], user, extra);

describe('/corpus', () => {
  it('is registered for Manage Server only, with add (url, file, published) and remove (article, autocomplete)', () => {
    const corpus = h.fake.commands.get(h.fake.guildId)!.find((c) => c.name === 'corpus') as unknown as { default_member_permissions: string; options: Array<{ name: string; options: Array<{ name: string; type: number; autocomplete?: boolean; required?: boolean }> }> };
    expect(corpus.default_member_permissions).toBe('32');
    expect(corpus.options.map((o) => o.name)).toEqual(['add', 'remove']);
    expect(corpus.options[0]!.options.map((o) => [o.name, o.type])).toEqual([
      ['url', 3],
      ['file', 11],
      ['published', 3],
    ]);
    expect(corpus.options[1]!.options[0]).toMatchObject({ name: 'article', type: 3, autocomplete: true, required: true });
  });

  it('an admin adds a page by link: deferred at once, then title, source, date, paragraphs, what it found; answerable right away', async () => {
    const ref = add([opt.string('url', `${pages.base}${pagePath('guardian-1')}`)]);
    const { payload, callbackType, ackMs } = await h.fake.reply(ref, 30_000);
    expect(callbackType).toBe(5);
    expect(ackMs).toBeLessThan(3000);
    expect(((await h.fake.ack(ref)).body?.data as { flags?: number }).flags).toBe(EPHEMERAL);
    expect(payload.embeds![0]!.title).toBe('Article added');
    const text = description(payload);
    expect(text).toContain("'What is the sea telling us?': Māori tribes fearful over whale strandings");
    expect(text).toContain('the Guardian · 2019-01-03 · by Eleanor Ainge Roy · 31 paragraphs');
    expect(text).toMatch(/Found \d+ quotes, \d+ people, \d+ dated events/);
    const who = await h.fake.reply(h.fake.command('who', [opt.sub('said', [opt.string('quote', 'What is the sea telling us')])]), 10_000);
    expect(description(who.payload)).toContain('Māori tribes fearful over whale strandings');
  }, 60_000);

  it('an admin adds a saved page as a file attachment, downloaded from the URL Discord gives', async () => {
    const file = h.fake.upload('mugabe.html', readFileSync(path.join(FIXTURES, 'telegraph', 'source.html')));
    const { payload } = await h.fake.reply(add([opt.attachment('file', file)], { attachments: [file] }), 30_000);
    expect(payload.embeds![0]!.title).toBe('Article added');
    expect(description(payload)).toContain('The Telegraph · 2017-11-16 · 13 paragraphs');
    expect(h.fake.fileRequests).toHaveLength(1);
    expect(h.fake.fileRequests[0]!.userAgent).toMatch(/^StorydeskBot\//);
    const search = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Fidelis Mukonori priest')]), 10_000);
    expect(description(search.payload)).toContain('Zimbabwe coup');
  }, 60_000);

  it('remove: autocomplete offers titles with ids; removing deletes the file and the article stops answering', async () => {
    const choices = await h.fake.choices(h.fake.autocomplete('corpus', [opt.sub('remove', [opt.string('article', 'zimbabwe', true)])], h.fake.admin));
    expect(choices).toHaveLength(1);
    expect(choices[0]!.name).toMatch(/^2017-11-16 · Zimbabwe coup: /);
    const id = choices[0]!.value;
    const { payload } = await h.fake.reply(h.fake.command('corpus', [opt.sub('remove', [opt.string('article', id)])], h.fake.admin), 30_000);
    expect(payload.embeds![0]!.title).toBe('Article removed');
    expect(readdirSync(h.dir)).not.toContain(`${id}.md`);
    expect(h.bot.store.engine.corpus.articles.map((a) => a.id)).not.toContain(id);
  }, 60_000);

  it('a member is refused at run time (the default permissions are the first refusal), privately, and nothing is fetched', async () => {
    const before = snapshot();
    const requests = pages.requests.length;
    const { payload, callbackType } = await h.fake.reply(add([opt.string('url', `${pages.base}${pagePath('ars-1')}`)], {}, h.fake.member));
    expect(callbackType).toBe(4);
    expect(payload.flags).toBe(EPHEMERAL);
    expect(description(payload)).toBe('Only members with the Manage Server permission (or an admin role) can change the corpus.');
    const removal = await h.fake.reply(h.fake.command('corpus', [opt.sub('remove', [opt.string('article', 'x')])], h.fake.member));
    expect(description(removal.payload)).toContain('Only members with the Manage Server permission');
    expect(await h.fake.choices(h.fake.autocomplete('corpus', [opt.sub('remove', [opt.string('article', '', true)])], h.fake.member))).toEqual([]);
    expect(pages.requests.length).toBe(requests);
    expect(snapshot()).toEqual(before);
  });

  it('a member holding an admin role may add', async () => {
    const { payload } = await h.fake.reply(add([opt.string('url', `${pages.base}/zeppelin`)], { roles: [h.fake.adminRoleId], permissions: PERMISSIONS.member }, h.fake.member), 30_000);
    expect(payload.embeds![0]!.title).toBe('Article added');
  }, 60_000);

  it('every bad input: one sentence, the corpus folder unchanged, the bot still answering', async () => {
    const guardianId = h.bot.store.engine.corpus.articles.find((a) => a.source === 'the Guardian')!.id;
    const pdf = h.fake.upload('report.pdf', '%PDF-1.4');
    const big = h.fake.upload('huge.html', Buffer.alloc(6 * 1024 * 1024, 0x61));
    const cases: Array<[unknown[], RegExp, Parameters<Harness['fake']['command']>[3]?]> = [
      [[opt.string('url', 'not a link')], /^"not a link" is not a link: give a full http\(s\) address/],
      [[opt.string('url', 'javascript:alert(1)')], /^Only http and https links can be added, not javascript: links\.$/],
      [[opt.string('url', 'file:///etc/passwd')], /^Only http and https links can be added, not file: links\.$/],
      [[opt.string('url', 'ftp://127.0.0.1/a.html')], /^Only http and https links can be added, not ftp: links\.$/],
      [[opt.string('url', 'http://no-such-host.invalid/story')], /^The host no-such-host\.invalid could not be found\.$/],
      [[opt.string('url', `${pages.base}/not-found`)], /answered 404 \(not found\)\.$/],
      [[opt.string('url', `${pages.base}/server-error`)], /answered 500 \(server error\)\.$/],
      [[opt.string('url', `${pages.base}/report.pdf`)], /content type is application\/pdf\)\.$/],
      [[opt.string('url', `${pages.base}/photo.png`)], /content type is image\/png\)\.$/],
      [[opt.string('url', `${pages.base}/empty-article`)], /^No article text was found on that page\.$/],
      [[opt.string('url', `${pages.base}/huge`)], /^The page is larger than the 5 MB limit/],
      [[opt.string('url', `${pages.base}/loop-a`)], /^The link redirects in a loop\.$/],
      [[opt.string('url', `http://10.0.0.1/story`)], /^The link points to a private address \(10\.0\.0\.1\), which the bot does not fetch\.$/],
      [[opt.string('url', `http://169.254.169.254/latest/meta-data/`)], /^The link points to a link-local address/],
      [[opt.string('url', `${pages.base}${pagePath('guardian-1')}`)], new RegExp(`^That article is already in the corpus as 'What is the sea telling us\\?': Māori tribes fearful over whale strandings \\(${guardianId}\\)\\.$`)],
      [[opt.string('url', `${pages.base}/zeppelin`), opt.string('published', '2017-02-30')], /^"2017-02-30" is not a date/],
      [[], /^Give a url \(a link to the article\) or a file/],
      [[opt.string('url', `${pages.base}/zeppelin`), opt.attachment('file', pdf)], /^Give either a url or a file, not both\.$/, { attachments: [pdf] }],
      [[opt.attachment('file', pdf)], /^Only \.html, \.htm, \.md and \.txt files can be added, not \.pdf files\.$/, { attachments: [pdf] }],
      [[opt.attachment('file', big)], /^The file is larger than the 5 MB limit \(6 MB\)\.$/, { attachments: [big] }],
    ];
    const before = snapshot();
    const engine = h.bot.store.engine;
    for (const [options, message, extra] of cases) {
      const { payload, callbackType } = await h.fake.reply(add(options, extra ?? {}), 30_000);
      expect(callbackType).toBe(5);
      expect(payload.embeds![0]!.title).toBeUndefined();
      expect(description(payload).replace(/\\/g, '')).toMatch(message);
      expect(snapshot()).toEqual(before);
    }
    expect(h.bot.store.engine).toBe(engine);
    const search = await h.fake.reply(h.fake.command('search', [opt.string('query', 'cybersecurity unit')]), 10_000);
    expect(description(search.payload)).toContain('¶');
  }, 300_000);

  it('two adds at once: the second is told to wait, the first is added', async () => {
    const first = add([opt.string('url', `${pages.base}${pagePath('ars-1')}`)]);
    await h.fake.ack(first);
    const second = add([opt.string('url', `${pages.base}${pagePath('yahoo-3')}`)]);
    const [a, b] = await Promise.all([h.fake.reply(first, 30_000), h.fake.reply(second, 30_000)]);
    // Whichever reached the store first is added; the other is told to wait.
    const titles = [a, b].map((r) => r.payload.embeds![0]!.title ?? description(r.payload)).sort();
    expect(titles).toEqual(['Another article is being added or removed right now; try again when it has finished.', 'Article added']);
    expect(h.bot.store.engine.corpus.articles.filter((x) => x.source === 'Yahoo' || x.source === 'Ars Technica')).toHaveLength(1);
  }, 60_000);

  it('every reply stayed within the limits and pinged nobody', () => {
    for (const p of h.fake.messagePayloads()) {
      expect(p.allowed_mentions?.parse).toEqual([]);
      expect(limitProblems(p as Parameters<typeof limitProblems>[0])).toEqual([]);
    }
  });
});
