import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { prepareSearchUpdate } from '../../src/search/update.ts';

let dir: string;
let articles: Article[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'storydesk-update-'));
  await writeCorpus(dir, 30, 5);
  articles = (await loadCorpus(dir)).articles;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Everything BM25+ and the tie order read, by our ids: count, average lengths, each term's postings in order. */
function state(index: SearchIndex): unknown {
  const { docs, mini } = index.internals;
  const ix = mini as unknown as { _index: Iterable<[string, Map<number, Map<number, number>>]>; _documentIds: Map<number, number>; _fieldLength: Map<number, number[]>; _avgFieldLength: number[]; _documentCount: number };
  const terms: Array<[string, Array<[number, Array<[number, number]>]>]> = [];
  for (const [term, fields] of ix._index) {
    const byField = [...fields].map(([f, postings]) => [f, [...postings].map(([short, tf]) => [ix._documentIds.get(short)!, tf] as [number, number])] as [number, Array<[number, number]>]);
    byField.sort((a, b) => a[0] - b[0]);
    terms.push([term, byField]);
  }
  terms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const lengths = [...ix._fieldLength].map(([short, l]) => [ix._documentIds.get(short)!, l] as const).sort((a, b) => a[0] - b[0]);
  return { count: ix._documentCount, avg: ix._avgFieldLength, docs: docs.map((d) => `${d.article.id}#${d.paragraph.n}`), lengths, terms };
}

const view = (index: SearchIndex, q: string, prefixLast = false) =>
  index.search(q, { limit: 10, prefixLast }).map((h) => [h.article.id, h.paragraph.n, h.score, h.matched, h.coverage]);

/** A changed copy of an article: a new object, one paragraph added. */
function changed(a: Article, text: string): Article {
  return { ...a, hash: `${a.hash}-changed`, paragraphs: [...a.paragraphs, { n: a.paragraphs.length + 1, text, kind: 'text' }] };
}

describe('search index updated for a reload', () => {
  it('equals a fresh build after articles are changed, added and removed, and ranks identically', async () => {
    const old = SearchIndex.build(articles);
    const extra: Article = { ...articles[4]!, id: `${articles[4]!.id}-b`, file: `${articles[4]!.id}-b.md`, hash: 'added', title: 'A zanzibarian quokka story' };
    const next = [...articles];
    next[2] = changed(articles[2]!, 'The zanzibarian quokka council met on Tuesday with government officials.');
    next.splice(7, 1); // removed
    next.splice(5, 0, extra); // added, in file-name order
    next.splice(12, 1); // another removed
    const update = await prepareSearchUpdate(old, next, pause);
    expect(update).not.toBeNull();
    expect(update!.added).toBe(articles[2]!.paragraphs.length + 1 + extra.paragraphs.length);
    const updated = update!.commit();
    const fresh = SearchIndex.build(next);
    expect(state(updated)).toEqual(state(fresh));
    const texts = next.flatMap((a) => a.paragraphs.map((p) => p.text));
    const queries = ['zanzibarian quokka', 'government market', 'officials announced the plan', 'govermnent budgte', 'quokk', 'percent since', 'council'];
    for (let i = 0; i < 25; i++) queries.push(texts[(i * 41) % texts.length]!.split(' ').slice(i % 4, (i % 4) + 3).join(' '));
    for (const q of queries) {
      expect(view(updated, q), q).toEqual(view(fresh, q));
      expect(view(updated, q, true), q).toEqual(view(fresh, q, true));
      expect(updated.placesWithAll(q)).toEqual(fresh.placesWithAll(q));
    }
    expect(view(updated, 'zanzibarian quokka')[0]?.[0]).toBe(next[2]!.id);
  });

  it('stays exact over successive updates, including putting an article back', async () => {
    let index = SearchIndex.build(articles);
    const steps: Article[][] = [
      articles.filter((_, i) => i !== 0),
      articles.map((a, i) => (i === 9 ? changed(a, 'A pangolin assembly recessed early.') : a)).filter((_, i) => i !== 0),
      articles,
    ];
    for (const next of steps) {
      const update = await prepareSearchUpdate(index, next, pause);
      expect(update).not.toBeNull();
      index = update!.commit();
      expect(state(index)).toEqual(state(SearchIndex.build(next)));
    }
    expect(view(index, 'pangolin assembly')).toEqual(view(SearchIndex.build(articles), 'pangolin assembly'));
  });

  it('declines when most of the corpus changed (a build is cheaper)', async () => {
    const old = SearchIndex.build(articles);
    expect(await prepareSearchUpdate(old, articles.map((a) => changed(a, 'Everything changed.')), pause)).toBeNull();
    const built = await SearchIndex.buildAsync(articles, pause);
    expect(state(built)).toEqual(state(old));
  });
});
