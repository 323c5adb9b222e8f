import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { SearchIndex } from '../../src/search/index.ts';

let dir: string;
let articles: Article[];
let fast: SearchIndex;
let reference: SearchIndex;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'storydesk-fast-'));
  await writeCorpus(dir, 40, 11);
  articles = (await loadCorpus(dir)).articles;
  fast = SearchIndex.build(articles);
  // The same index answering through MiniSearch.search: the scorer's reference.
  reference = Object.create(fast) as SearchIndex;
  Object.defineProperty(reference, 'fast', { value: null });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const view = (index: SearchIndex, q: string, prefixLast: boolean) =>
  index.search(q, { limit: 10, prefixLast }).map((h) => [h.article.id, h.paragraph.n, h.score, [...h.matched].sort(), h.coverage]);

describe('fast scorer', () => {
  it('is in use on a minisearch 7 index', () => {
    expect((fast as unknown as { fast: unknown }).fast).not.toBeNull();
  });

  it('ranks exactly as MiniSearch.search, with fuzzy and prefix matches', () => {
    const texts = articles.flatMap((a) => a.paragraphs.map((p) => p.text));
    const queries = ['government market', 'officials announced the plan', 'govermnent budgte', 'percent since', 'We are going to', 'It was the first', 'zzqx nothing'];
    for (let i = 0; i < 30; i++) queries.push(texts[(i * 37) % texts.length]!.split(' ').slice(i % 5, (i % 5) + 3).join(' '));
    let nonEmpty = 0;
    for (const q of queries) {
      for (const prefixLast of [false, true]) {
        const got = view(fast, q, prefixLast);
        expect(got, q).toEqual(view(reference, q, prefixLast));
        if (got.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it('finds the paragraphs holding every term as the AND search does', () => {
    const keys = (index: typeof fast, q: string) => index.placesWithAll(q).map((p) => `${p.article}#${p.paragraph}`).sort();
    for (const q of ['government', 'officials plan', 'market percent year']) {
      expect(keys(fast, q)).toEqual(keys(reference, q));
    }
    expect(keys(fast, 'government').length).toBeGreaterThan(0);
  });
});
