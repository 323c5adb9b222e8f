import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseArticle } from '../../src/corpus/load.ts';
import { article, BUNDLED_CORPUS, BUNDLED_ID, removeTempCorpora, SEED_TXT, tempCorpus } from '../helpers/corpus-dir.ts';

afterAll(removeTempCorpora);

describe('the bundled corpus', () => {
  it('loads the CNBC article with its metadata and 27 paragraphs', async () => {
    const corpus = await loadCorpus(BUNDLED_CORPUS);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles).toHaveLength(1);
    const a = corpus.articles[0]!;
    expect(a.id).toBe(BUNDLED_ID);
    expect(a.title).toBe("Trump on his 'impenetrable' cybersecurity unit with Putin: I didn't mean it");
    expect(a.source).toBe('CNBC');
    expect(a.published).toBe('2017-07-10');
    expect(a.url).toMatch(/^https:\/\/www\.cnbc\.com\/2017\/07\/09\//);
    expect(a.paragraphs).toHaveLength(27);
  });

  it('keeps the paragraph numbering contract', async () => {
    const a = (await loadCorpus(BUNDLED_CORPUS)).articles[0]!;
    const p = (n: number) => a.paragraphs[n - 1]!;
    expect(p(1).kind).toBe('bullet');
    expect(p(1).text).toMatch(/^U\.S\. President Donald Trump tweeted late Sunday/);
    expect(p(2).kind).toBe('bullet');
    expect(p(3).text).toMatch(/^After a weekend of criticism/);
    expect(p(13).text).toMatch(/dumbest idea/);
    expect(p(27).text).toMatch(/^Correction:/);
    expect(a.paragraphs.every((x, i) => x.n === i + 1)).toBe(true);
    expect(a.paragraphs.some((x) => /Trump backtracks on Russia cybersecurity effort/.test(x.text))).toBe(false);
  });
});

describe('raw scraped text', () => {
  it('loads the seed .txt with the same paragraphs as the Markdown version', async () => {
    const md = (await loadCorpus(BUNDLED_CORPUS)).articles[0]!;
    const txt = parseArticle('seed.txt', readFileSync(SEED_TXT));
    if ('error' in txt) throw new Error(txt.error);
    expect(txt.title).toBe(md.title);
    expect(txt.paragraphs.map((p) => p.text)).toEqual(md.paragraphs.map((p) => p.text));
    expect(txt.paragraphs.slice(0, 2).map((p) => p.kind)).toEqual(['bullet', 'bullet']);
    expect(txt.published).toBeNull();
  });

  it('drops a section label but keeps a short line that is said once', () => {
    const t = parseArticle('a.txt', Buffer.from('My title\n\nKey Points\n\nFirst paragraph.\n\nA subhead\n\nSecond one.\n'));
    if ('error' in t) throw new Error(t.error);
    expect(t.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'A subhead', 'Second one.']);
  });
});

describe('Markdown articles', () => {
  it('numbers blank-line blocks from 1, splits list blocks into items and keeps subheads', () => {
    const a = parseArticle(
      'x.md',
      Buffer.from(article('T', ['First  line\nsame paragraph.', '- one\n- two', '## A subhead', 'See [the link](https://example.com/x) here.'], { published: '2020-02-29', authors: '[A, B]' })),
    );
    if ('error' in a) throw new Error(a.error);
    expect(a.paragraphs.map((p) => [p.n, p.kind, p.text])).toEqual([
      [1, 'text', 'First line same paragraph.'],
      [2, 'bullet', 'one'],
      [3, 'bullet', 'two'],
      [4, 'subhead', 'A subhead'],
      [5, 'text', 'See the link here.'],
    ]);
    expect(a.published).toBe('2020-02-29');
    expect(a.authors).toEqual(['A', 'B']);
  });

  it.each([
    ['missing front matter', 'Just text.\n', /missing front matter/],
    ['no title', '---\nsource: X\n---\n\nBody.\n', /"title" is required/],
    ['malformed YAML', '---\ntitle: "unclosed\n  : : bad\n---\n\nBody.\n', /malformed front matter/],
    ['an impossible date', '---\ntitle: T\npublished: 2021-02-30\n---\n\nBody.\n', /"published" must be a real date/],
    ['a date in another format', '---\ntitle: T\npublished: July 4, 2021\n---\n\nBody.\n', /"published"/],
    ['a bad url', '---\ntitle: T\nurl: not a url\n---\n\nBody.\n', /"url"/],
    ['no body', '---\ntitle: T\n---\n\n', /no body text/],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const a = parseArticle('x.md', Buffer.from(text));
    expect('error' in a && a.error).toMatch(reason);
  });
});

describe('broken files never stop the load', () => {
  it('loads the good article and lists the empty, binary and broken files as problems', async () => {
    const dir = tempCorpus(
      {
        'empty.md': '',
        'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]),
        'broken.md': '---\ntitle: [unclosed\n---\n\nBody.\n',
        'latin1.txt': Buffer.from([0x54, 0x69, 0x74, 0x6c, 0xe9, 0x0a, 0x0a, 0x42, 0x6f, 0x64, 0xe9]),
        'picture.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      },
      true,
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual([BUNDLED_ID]);
    const reasons = Object.fromEntries(corpus.problems.map((p) => [p.file, p.reason]));
    expect(reasons['empty.md']).toMatch(/empty/);
    expect(reasons['binary.md']).toMatch(/binary/);
    expect(reasons['broken.md']).toMatch(/front matter/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['picture.png']).toMatch(/not an article file/);
  });

  it('skips files over the size cap', async () => {
    const dir = tempCorpus({ 'big.md': article('Big', ['word '.repeat(3000)]), 'small.md': article('Small', ['Fine.']) });
    const corpus = await loadCorpus(dir, { maxFileBytes: 10_000 });
    expect(corpus.articles.map((a) => a.id)).toEqual(['small']);
    expect(corpus.problems).toEqual([{ file: 'big.md', reason: expect.stringMatching(/too large/) }]);
  });

  it('reports a second file with the same id', async () => {
    const dir = tempCorpus({ 'a.md': article('A', ['One.']), 'a.txt': 'A\n\nTwo.\n' });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.problems[0]!.reason).toMatch(/same article id/);
  });

  it('fails clearly on a missing folder', async () => {
    const missing = '/nonexistent/storydesk-corpus';
    expect(existsSync(missing)).toBe(false);
    await expect(loadCorpus(missing)).rejects.toThrow(CorpusError);
    await expect(loadCorpus(missing)).rejects.toThrow(/Corpus folder not found: \/nonexistent\/storydesk-corpus/);
  });
});
