import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { makeExcerpt } from '../../src/search/excerpt.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { processTerm, terms } from '../../src/text/terms.ts';
import { BUNDLED_CORPUS } from '../helpers/corpus-dir.ts';

let articles: Article[];
let index: SearchIndex;
beforeAll(async () => {
  articles = (await loadCorpus(BUNDLED_CORPUS)).articles;
  index = SearchIndex.build(articles);
});

const top = (q: string) => index.search(q, { limit: 5 }).map((h) => h.paragraph.n);

describe('term processing', () => {
  it('stems, folds case and accents, drops stop and question words', () => {
    expect(processTerm('Denied')).toBe(processTerm('denies'));
    expect(processTerm('Café')).toBe(processTerm('cafe'));
    expect(processTerm('the')).toBeNull();
    expect(terms('Who met a lawyer with access to the Kremlin?')).toEqual(['met', 'lawyer', 'access', 'kremlin']);
    expect(processTerm('Trump\u2019s')).toBe(processTerm('Trump'));
  });
});

describe('ranking on the bundled article', () => {
  it('finds Graham\'s quote first for "dumbest idea"', () => {
    expect(top('dumbest idea')[0]).toBe(13);
  });

  it('answers the lawyer question with paragraph 18', () => {
    expect(top('Who met a lawyer with access to the Kremlin?')[0]).toBe(18);
  });

  it('matches other word forms and a typo in a long word', () => {
    expect(top('denies')).toContain(11);
    expect(top('Kremlim')).toEqual([18]);
  });

  it('ranks paragraphs holding every query term above those holding one', () => {
    const hits = index.search('Mnuchin accomplishment', { limit: 5 });
    expect(hits[0]!.paragraph.n).toBe(15);
    expect(hits[0]!.coverage).toBe(1);
    expect(hits.slice(1).every((h) => h.score < hits[0]!.score)).toBe(true);
  });

  it('finds nothing for words absent from the corpus or only stop words', () => {
    expect(top('zebra quantum')).toEqual([]);
    expect(top('the of and')).toEqual([]);
  });

  it('restores a saved index that answers the same', () => {
    const again = SearchIndex.fromJSON(index.toJSON(), articles);
    expect(again.search('dumbest idea').map((h) => h.paragraph.n)).toEqual(index.search('dumbest idea').map((h) => h.paragraph.n));
  });
});

describe('excerpts', () => {
  it('shows the best sentence with the query words marked', () => {
    const text = 'Nothing here. The cat sat on the mat today. Another line.';
    const ex = makeExcerpt(text, new Set(terms('cat mat')), 300);
    expect(ex.sentence).toBe('The cat sat on the mat today.');
    const marked = ex.marks.map(([s, e]) => ex.excerpt.slice(s, e));
    expect(marked).toEqual(['cat', 'mat']);
  });

  it('trims a long sentence at word boundaries with an ellipsis, keeping the match', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    words[80] = 'needle';
    const ex = makeExcerpt(`${words.join(' ')}.`, new Set(terms('needle')), 120);
    expect(ex.excerpt.length).toBeLessThanOrEqual(122);
    expect(ex.excerpt.startsWith('\u2026')).toBe(true);
    expect(ex.excerpt.endsWith('\u2026')).toBe(true);
    expect(ex.excerpt).toMatch(/(^|\s)needle\s/);
    expect(ex.excerpt.replace(/\u2026/g, '').split(' ').every((w) => /^word\d+$|^needle$/.test(w))).toBe(true);
  });
});
