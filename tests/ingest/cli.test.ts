/**
 * The terminal side of ingestion, run as a user would: `cli add <url-or-file> [--published]
 * [--json]` and `cli remove <id>`. The --json contract; every bad input a non-zero exit with one
 * line on stderr and nothing written; the corpus still answering afterwards.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { cli } from '../helpers/run.ts';
import { FIXTURES, pagePath, startPageServer, type PageServer } from './page-server.ts';

let server: PageServer;
let dir: string;
const ALLOW = { INGEST_ALLOW_HOSTS: '127.0.0.1' };

function snapshot(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(path.join(folder, f))).digest('hex')}`);
}

beforeAll(async () => {
  server = await startPageServer();
  dir = tempCorpus({}, true);
});

afterAll(async () => {
  await server?.close();
  removeTempCorpora();
});

describe('cli add and remove', () => {
  it('add <url> --json prints exactly {added: {id, title, source, url, published, authors, paragraphs, file}, warnings}', async () => {
    const r = await cli(['add', `${server.base}${pagePath('ars-1')}`, '--corpus', dir, '--json'], ALLOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { added: Record<string, unknown>; warnings: string[] };
    expect(Object.keys(doc)).toEqual(['added', 'warnings']);
    expect(Object.keys(doc.added)).toEqual(['id', 'title', 'source', 'url', 'published', 'authors', 'paragraphs', 'file']);
    expect(doc.added).toMatchObject({ title: 'Just-released Minecraft exploit makes it easy to crash game servers', source: 'Ars Technica', published: '2015-04-16', authors: ['Dan Goodin'], paragraphs: 15 });
    expect(doc.added.url).toBe('https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/');
    expect(readdirSync(dir)).toContain(doc.added.file);
    expect(doc.warnings).toEqual([]);
    const who = await cli(['who-said', 'I thought a lot before writing this post', '--corpus', dir, '--json']);
    expect((JSON.parse(who.stdout) as { matches: Array<{ speaker: string; citation: { article: string } }> }).matches[0]).toMatchObject({ speaker: 'Ammar Askar', citation: { article: doc.added.id } });
  }, 60_000);

  it('add <file> with --published, then remove <id>', async () => {
    const other = tempCorpus({}, true);
    const saved = path.join(other, '..', `saved-${path.basename(other)}.html`);
    copyFileSync(path.join(FIXTURES, 'telegraph', 'source.html'), saved);
    const r = await cli(['add', saved, '--corpus', other, '--published', '2017-11-17', '--json'], ALLOW);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { added: { id: string; published: string; file: string }; warnings: string[] };
    expect(doc.added.published).toBe('2017-11-17');
    expect(doc.warnings).toEqual(['The page says it was published on 2017-11-16; 2017-11-17 was used as asked.']);
    const text = await cli(['remove', doc.added.id, '--corpus', other]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Removed "Zimbabwe coup: .*" \(telegraph-2017-11-[\w-]+\); telegraph-2017-11-[\w-]+\.md was deleted\.\nThe corpus now has 1 article\.\n$/);
    expect(readdirSync(other)).not.toContain(doc.added.file);
  }, 60_000);

  it('every bad input: exit 1, one line on stderr, nothing on stdout, nothing written, the corpus still answers', async () => {
    const bad: Array<[string[], Record<string, string>, RegExp]> = [
      [['add', 'not a link'], ALLOW, /^"not a link" is neither a link nor a file: give an http\(s\) address or the path of a saved page/],
      [['add', 'javascript:alert(1)'], ALLOW, /^Only http and https links can be added, not javascript: links\.$/],
      [['add', 'file:///etc/passwd'], ALLOW, /^Only http and https links can be added, not file: links\.$/],
      [['add', 'ftp://127.0.0.1/a.html'], ALLOW, /^Only http and https links can be added, not ftp: links\.$/],
      [['add', 'http://no-such-host.invalid/story'], ALLOW, /^The host no-such-host\.invalid could not be found\.$/],
      [['add', `${server.base}/not-found`], ALLOW, /^The page could not be fetched: the server answered 404 \(not found\)\.$/],
      [['add', `${server.base}/server-error`], ALLOW, /answered 500/],
      [['add', `${server.base}/report.pdf`], ALLOW, /^The link is not a web page or text file \(its content type is application\/pdf\)\.$/],
      [['add', `${server.base}/photo.png`], ALLOW, /content type is image\/png/],
      [['add', `${server.base}/empty-article`], ALLOW, /^No article text was found on that page\.$/],
      [['add', `${server.base}/huge`], ALLOW, /^The page is larger than the 5 MB limit/],
      [['add', `${server.base}/loop-a`], ALLOW, /^The link redirects in a loop\.$/],
      [['add', `${server.base}/zeppelin`], {}, /^The link points to a loopback address \(127\.0\.0\.1\), which the bot does not fetch\.$/],
      [['add', `${server.base}${pagePath('ars-1')}`], ALLOW, /^That article is already in the corpus as Just-released Minecraft exploit makes it easy to crash game servers \(ars-technica-2015-04-[\w-]+\)\.$/],
      [['add', `${server.base}/zeppelin`, '--published', '2017-02-30'], ALLOW, /^"2017-02-30" is not a date/],
      [['remove', 'no-such-article'], ALLOW, /^No article with the id "no-such-article" is in the corpus/],
    ];
    const before = snapshot(dir);
    // Two at a time: each run starts a process; none of them may write, so they cannot interfere.
    const results: Array<Awaited<ReturnType<typeof cli>>> = [];
    for (let i = 0; i < bad.length; i += 2) results.push(...(await Promise.all(bad.slice(i, i + 2).map(([args, env]) => cli([...args, '--corpus', dir, '--json'], env)))));
    bad.forEach(([args, , message], i) => {
      const r = results[i]!;
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trim(), args.join(' ')).toMatch(message);
    });
    expect(snapshot(dir)).toEqual(before);
    const still = await cli(['search', 'Putin', '--corpus', dir, '--json']);
    expect((JSON.parse(still.stdout) as { results: unknown[] }).results.length).toBeGreaterThan(0);
  }, 600_000);

  it('usage errors exit 2', async () => {
    const r = await cli(['add', '--corpus', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^add needs a link or a file/);
  }, 60_000);
});
