/**
 * Every bad input of issue 11 refused with one clear sentence, the corpus folder unchanged and the
 * store still answering; the fetch rules (addresses checked after resolution, the connection made
 * to the checked address, redirects, caps, content types, charsets); duplicates; one add at a time;
 * files written without replacing anything.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { LookupAddress } from 'node:dns';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { addArticle, removeArticle, type AddOptions, type IngestInput } from '../../src/ingest/ingest.ts';
import { writeArticle } from '../../src/ingest/write.ts';
import { CorpusStore } from '../../src/store.ts';
import { removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { startPageServer, type PageServer } from './page-server.ts';

let server: PageServer;
let store: CorpusStore;
let dir: string;
const local: AddOptions = { limits: { allowHosts: ['127.0.0.1'] } };

/** Name, size and hash of every file in the folder, dot files included. */
function snapshot(): string[] {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')}`);
}

async function refusal(input: IngestInput | string, options: AddOptions = local): Promise<string> {
  const before = snapshot();
  const engine = store.engine;
  const what: IngestInput = typeof input === 'string' ? { type: 'url', url: input.startsWith('/') ? `${server.base}${input}` : input } : input;
  const error = await addArticle(store, what, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  const message = (error as Error).message;
  // One sentence: one line, ending with a full stop, no second sentence after it.
  expect(message).not.toContain('\n');
  expect(message).toMatch(/[.]$/);
  expect(snapshot()).toEqual(before);
  expect(store.engine).toBe(engine);
  expect(store.engine.search('Putin').results.length).toBeGreaterThan(0);
  return message;
}

beforeAll(async () => {
  server = await startPageServer();
  dir = tempCorpus({}, true);
  store = await CorpusStore.open(dir, { worker: false });
});

afterAll(async () => {
  await server?.close();
  removeTempCorpora();
});

describe('bad input: one sentence, corpus unchanged, still answering', () => {
  it('not a URL', async () => {
    expect(await refusal('not a link at all')).toMatch(/is not a link: give a full http\(s\) address/);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ftp://127.0.0.1/story.html', 'data:text/html,<p>hi</p>'])('unsupported scheme %s', async (url) => {
    expect(await refusal(url)).toMatch(/^Only http and https links can be added, not [a-z]+: links\.$/);
  });

  it('a host that does not resolve', async () => {
    expect(await refusal('http://no-such-host.invalid/story')).toBe('The host no-such-host.invalid could not be found.');
    const resolve = async (): Promise<LookupAddress[]> => {
      throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
    };
    expect(await refusal('http://missing.example/story', { limits: { allowHosts: [], resolve } })).toBe('The host missing.example could not be found.');
  });

  it('a 404 and a 500', async () => {
    expect(await refusal('/not-found')).toBe('The page could not be fetched: the server answered 404 (not found).');
    expect(await refusal('/server-error')).toBe('The page could not be fetched: the server answered 500 (server error).');
  });

  it('non-article content types (PDF, image)', async () => {
    expect(await refusal('/report.pdf')).toBe('The link is not a web page or text file (its content type is application/pdf).');
    expect(await refusal('/photo.png')).toBe('The link is not a web page or text file (its content type is image/png).');
  });

  it('a page with no article text', async () => {
    expect(await refusal('/empty-article')).toBe('No article text was found on that page.');
  });

  it('an oversized page, declared or streamed', async () => {
    expect(await refusal('/huge')).toBe('The page is larger than the 5 MB limit (6 MB).');
    expect(await refusal('/huge-chunked')).toBe('The page is larger than the 5 MB limit.');
  });

  it('a page that does not arrive before the deadline (15 s by default; shortened here)', async () => {
    expect(await refusal('/slow', { limits: { allowHosts: ['127.0.0.1'], timeoutMs: 400 } })).toBe('The page did not arrive within 0.4 s.');
  });

  it('a redirect loop, too many redirects, a redirect to another scheme', async () => {
    expect(await refusal('/loop-a')).toBe('The link redirects in a loop.');
    expect(await refusal('/hop/6')).toBe('The link redirects more than 5 times.');
    expect(await refusal('/to-ftp')).toBe('The page redirects to a ftp: link; only http and https are fetched.');
  });

  it('private, loopback, link-local and unspecified addresses, literal or resolved, unless the host is allowed', async () => {
    expect(await refusal(`${server.base}/zeppelin`, { limits: { allowHosts: [] } })).toBe('The link points to a loopback address (127.0.0.1), which the bot does not fetch.');
    expect(await refusal('http://[::1]/x', { limits: { allowHosts: [] } })).toBe('The link points to a loopback address (::1), which the bot does not fetch.');
    expect(await refusal('http://[::ffff:127.0.0.1]/x', { limits: { allowHosts: [] } })).toMatch(/^The link points to a loopback address/);
    expect(await refusal('http://0.0.0.0/x', { limits: { allowHosts: [] } })).toMatch(/^The link points to an unspecified address/);
    const names: Record<string, string> = { 'metadata.example': '169.254.169.254', 'intranet.example': '10.1.2.3', 'printer.example': '192.168.0.9', 'multi.example': '224.0.0.1' };
    const resolve = async (host: string): Promise<LookupAddress[]> => [{ address: names[host]!, family: 4 }];
    expect(await refusal('http://metadata.example/latest/meta-data/', { limits: { allowHosts: [], resolve } })).toBe('The link points to a link-local address (metadata.example resolves to 169.254.169.254), which the bot does not fetch.');
    expect(await refusal('http://intranet.example/', { limits: { allowHosts: [], resolve } })).toMatch(/^The link points to a private address \(intranet\.example resolves to 10\.1\.2\.3\)/);
    expect(await refusal('http://printer.example/', { limits: { allowHosts: [], resolve } })).toMatch(/^The link points to a private address/);
    expect(await refusal('http://multi.example/', { limits: { allowHosts: [], resolve } })).toMatch(/^The link points to a multicast address/);
  });

  it('a name with one public and one private address is refused (no address of it is trusted)', async () => {
    const resolve = async (): Promise<LookupAddress[]> => [
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    expect(await refusal(`http://mixed.example:${new URL(server.base).port}/zeppelin`, { limits: { allowHosts: [], resolve } })).toMatch(/^The link points to a loopback address \(mixed\.example resolves to 127\.0\.0\.1\)/);
  });

  it('every redirect hop is checked: an allowed host redirecting to a private one is refused', async () => {
    const port = new URL(server.base).port;
    const resolve = async (host: string): Promise<LookupAddress[]> => [{ address: host === 'news.example' ? '127.0.0.1' : '10.0.0.7', family: 4 }];
    // /hop/0 redirects to /zeppelin on the same host: allowed. A Location to another host is checked again.
    expect(await refusal(`http://news.example:${port}/redirect-elsewhere`, { limits: { allowHosts: ['news.example'], resolve } })).toMatch(/^The page could not be fetched: the server answered 404/);
    expect(await refusal(`http://elsewhere.example:${port}/zeppelin`, { limits: { allowHosts: ['news.example'], resolve } })).toMatch(/^The link points to a private address \(elsewhere\.example resolves to 10\.0\.0\.7\)/);
  });

  it('a bad published date', async () => {
    expect(await refusal('/zeppelin', { ...local, published: '2017-13-40' })).toBe('"2017-13-40" is not a date: write the publication date as YYYY-MM-DD, for example 2017-07-10.');
    expect(await refusal('/zeppelin', { ...local, published: 'last Friday' })).toMatch(/is not a date/);
  });

  it('files: unsupported kind, missing, binary, empty', async () => {
    const other = tempCorpus({ 'report.pdf': '%PDF-1.4', 'page.html': Buffer.from([0x3c, 0x00, 0x01, 0x02]), 'empty.txt': '' });
    expect(await refusal({ type: 'file', path: path.join(other, 'report.pdf') })).toBe('Only .html, .htm, .md and .txt files can be added, not .pdf files.');
    expect(await refusal({ type: 'file', path: path.join(other, 'missing.html') })).toBe(`There is no file at ${path.join(other, 'missing.html')}.`);
    expect(await refusal({ type: 'file', path: path.join(other, 'page.html') })).toBe('The file is binary, not a web page or text.');
    expect(await refusal({ type: 'file', path: path.join(other, 'empty.txt') })).toBe('The file is empty.');
  });
});

describe('what is accepted', () => {
  it('a page reached through a name the ingester resolved itself: the connection goes to the checked address', async () => {
    const port = new URL(server.base).port;
    const asked: string[] = [];
    // news.example resolves nowhere but here: the request can only reach the server through the checked address.
    const resolve = async (host: string): Promise<LookupAddress[]> => {
      asked.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const result = await addArticle(store, { type: 'url', url: `http://news.example:${port}/moved` }, { limits: { allowHosts: ['news.example'], resolve } });
    expect(asked).toEqual(['news.example', 'news.example']); // the first hop and the redirect, each checked
    expect(result).toMatchObject({ title: 'Lawmakers weigh a zeppelin accord', source: 'Example Wire', published: '2017-07-12', url: `http://news.example:${port}/zeppelin` });
    expect(store.engine.whoSaid('without rules').matches[0]?.citation.article).toBe(result.id);
  });

  it('the same article again, by URL or by its text under another URL, is refused as a duplicate', async () => {
    const id = store.engine.corpus.articles.find((a) => a.title === 'Lawmakers weigh a zeppelin accord')!.id;
    const port = new URL(server.base).port;
    const resolve = async (): Promise<LookupAddress[]> => [{ address: '127.0.0.1', family: 4 }];
    expect(await refusal(`http://news.example:${port}/zeppelin`, { limits: { allowHosts: ['news.example'], resolve } })).toBe(`That article is already in the corpus as Lawmakers weigh a zeppelin accord (${id}).`);
    expect(await refusal('/zeppelin-gzip')).toBe(`That article is already in the corpus as Lawmakers weigh a zeppelin accord (${id}).`);
  });

  it('gzip bodies and declared charsets are decoded; published: overrides the page and says so', async () => {
    const other = await CorpusStore.open(tempCorpus({}, true), { worker: false });
    const result = await addArticle(other, { type: 'url', url: `${server.base}/zeppelin-latin1` }, { ...local, published: '2017-07-14' });
    expect(other.engine.corpus.articles.find((a) => a.id === result.id)!.paragraphs[0]!.text).toContain('neighbouring café');
    expect(result.published).toBe('2017-07-14');
    expect(result.warnings).toEqual(['The page says it was published on 2017-07-12; 2017-07-14 was used as asked.']);
    const md = await addArticle(other, { type: 'url', url: `${server.base}/zeppelin.md` }, local);
    expect(md).toMatchObject({ title: 'Airship rules', published: null, paragraphs: 2 });
    expect(md.warnings[0]).toMatch(/^No publication date found: relative dates like "on Friday" cannot be resolved; add it again with published\.$/);
  });

  it('two adds at once: the second is told to wait, and the first completes', async () => {
    const other = await CorpusStore.open(tempCorpus({}, true), { worker: false });
    const first = addArticle(other, { type: 'url', url: `${server.base}/zeppelin` }, local);
    const second = await addArticle(other, { type: 'url', url: `${server.base}/zeppelin-latin1` }, local).catch((e: Error) => e);
    expect((second as Error).message).toBe('Another article is being added or removed right now; try again when it has finished.');
    expect((await first).title).toBe('Lawmakers weigh a zeppelin accord');
    expect(other.engine.stats.articles).toBe(2);
  });

  it('remove deletes the file and reloads; an unknown id and the last article are refused', async () => {
    const other = await CorpusStore.open(tempCorpus({}, true), { worker: false });
    const added = await addArticle(other, { type: 'url', url: `${server.base}/zeppelin` }, local);
    await expect(removeArticle(other, 'no-such-article')).rejects.toThrow('No article with the id "no-such-article" is in the corpus (the articles list shows the ids).');
    const removed = await removeArticle(other, added.id);
    expect(removed).toMatchObject({ id: added.id, file: added.file });
    expect(readdirSync(other.dir)).not.toContain(added.file);
    expect(other.engine.stats.articles).toBe(1);
    expect(other.engine.search('zeppelin').results).toEqual([]);
    await expect(removeArticle(other, other.engine.corpus.articles[0]!.id)).rejects.toThrow(/is the only article in the corpus; add another before removing it\.$/);
  });

  it('writes never replace a file: a taken name gets a suffix, the first file is untouched', async () => {
    const folder = tempCorpus({});
    const fields = { title: 'Airship rules', source: 'Example Wire', url: null, published: '2017-07-12', authors: [], paragraphs: [{ text: 'The council voted to limit airship flights.', kind: 'text' as const }] };
    const first = await writeArticle(folder, fields);
    writeFileSync(path.join(folder, 'marker'), 'x');
    const original = readFileSync(path.join(folder, first.file), 'utf8');
    const second = await writeArticle(folder, { ...fields, paragraphs: [{ text: 'Another text.', kind: 'text' }] });
    expect(first.id).toBe('example-wire-2017-07-airship-rules');
    expect(second.id).toBe('example-wire-2017-07-airship-rules-2');
    expect(readFileSync(path.join(folder, first.file), 'utf8')).toBe(original);
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
