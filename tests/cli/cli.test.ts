import { afterAll, describe, expect, it } from 'vitest';
import { article, BUNDLED_ID, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { cli } from '../helpers/run.ts';

afterAll(removeTempCorpora);

const CITATION_KEYS = ['article', 'title', 'source', 'url', 'published', 'paragraph'].sort();

function json(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('cli --json contract', () => {
  it('search "dumbest idea": first result cites paragraph 13 with a full citation', async () => {
    const r = await cli(['search', 'dumbest idea', '--json']);
    expect(r.code).toBe(0);
    const doc = json(r.stdout) as { query: string; results: Array<{ excerpt: string; score: number; citation: Record<string, unknown> }> };
    expect(doc.query).toBe('dumbest idea');
    const first = doc.results[0]!;
    expect(first.citation.paragraph).toBe(13);
    expect(Object.keys(first.citation).sort()).toEqual(CITATION_KEYS);
    expect(first.citation.article).toBe(BUNDLED_ID);
    expect(first.citation.published).toBe('2017-07-10');
    expect(String(first.citation.url)).toContain('#:~:text=');
    expect(first.excerpt).toContain('dumbest idea');
    expect(typeof first.score).toBe('number');
  });

  it('ask about the lawyer: first result cites paragraph 18 and carries an answer sentence', async () => {
    const r = await cli(['ask', 'Who met a lawyer with access to the Kremlin?', '--json']);
    expect(r.code).toBe(0);
    const doc = json(r.stdout) as { answer: string; results: Array<{ citation: { paragraph: number } }> };
    expect(doc.results[0]!.citation.paragraph).toBe(18);
    expect(doc.answer).toMatch(/lawyer/);
  });

  it('articles lists the good article and the three broken files, exit 0', async () => {
    const dir = tempCorpus({ 'empty.md': '', 'binary.md': Buffer.from([0, 1, 2, 3, 255]), 'broken.md': '---\ntitle: [oops\n---\nBody\n' }, true);
    const r = await cli(['articles', '--corpus', dir, '--json']);
    expect(r.code).toBe(0);
    const doc = json(r.stdout) as { articles: Array<Record<string, unknown>>; problems: Array<{ file: string; reason: string }> };
    expect(doc.articles.map((a) => a.id)).toEqual([BUNDLED_ID]);
    expect(doc.articles[0]).toMatchObject({ source: 'CNBC', published: '2017-07-10', paragraphs: 27 });
    expect(doc.problems.map((p) => p.file).sort()).toEqual(['binary.md', 'broken.md', 'empty.md']);
  });

  it('nothing found is an explicit notice, not an empty reply', async () => {
    const r = await cli(['search', 'zebra quantum', '--json']);
    expect(r.code).toBe(0);
    const doc = json(r.stdout) as { results: unknown[]; notice: string };
    expect(doc.results).toEqual([]);
    expect(doc.notice).toMatch(/Nothing in the corpus matches/);
  });
});

describe('cli errors', () => {
  it('a missing corpus folder exits 1 with one clear line', async () => {
    const r = await cli(['articles', '--corpus', '/nonexistent/corpus-dir', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['Corpus folder not found: /nonexistent/corpus-dir']);
  });

  it.each([
    [['search', '--json'], /empty/],
    [['frobnicate', '--json'], /unknown command "frobnicate"/],
    [['search', 'x'.repeat(600), '--json'], /too long/],
    [['timeline', '--from', 'yesterday', '--json'], /YYYY/],
    [[], /no command/],
  ])('usage error %j exits 2 with one line', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('prints readable text without --json', async () => {
    const dir = tempCorpus({ 'a.md': article('A story', ['The mayor opened the bridge on Tuesday.'], { source: 'Gazette', published: '2021-03-05' }) });
    const r = await cli(['search', 'bridge', '--corpus', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[1] A story, Gazette, 2021-03-05, \u00b61');
    expect(r.stdout).toContain('*bridge*');
  });
});
