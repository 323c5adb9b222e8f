/** The default article: hand labels with precision and recall, and the acceptance list of issue #3. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuoteData, QuoteFinder } from '../../src/quotes/index.ts';
import type { QuoteData } from '../../src/quotes/types.ts';
import { DIRECT, INDIRECT, UNATTRIBUTED } from './cnbc-labels.ts';
import { agreement, articleFromFile } from './helpers.ts';

const FILE = path.resolve(import.meta.dirname, '../../corpus/cnbc-2017-07-trump-putin-cyber-unit.md');
let data: QuoteData;
let finder: QuoteFinder;

beforeAll(() => {
  data = buildQuoteData([articleFromFile(FILE)]);
  finder = new QuoteFinder(data);
});

describe('labelled quotes of the default article', () => {
  it('finds the direct quotes and posts with high precision and recall', () => {
    const a = agreement(DIRECT, data.quotes.filter(q => q.kind !== 'indirect'));
    expect(a.missed).toEqual([]);
    expect(a.extra).toEqual([]);
    expect(a.recall).toBeGreaterThanOrEqual(0.95);
    expect(a.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('attributes them to the right speakers', () => {
    const a = agreement(DIRECT, data.quotes.filter(q => q.kind !== 'indirect'));
    expect(a.wrongSpeaker).toEqual([]);
    expect(a.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('tells posts from direct quotes', () => {
    const posts = data.quotes.filter(q => q.kind === 'post').map(q => q.paragraph);
    expect(posts).toEqual([4, 9, 11, 17]);
  });

  it('finds the indirect speech with its speakers', () => {
    const a = agreement(INDIRECT, data.quotes.filter(q => q.kind === 'indirect'));
    expect(a.recall).toBeGreaterThanOrEqual(0.85);
    expect(a.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps criticism nobody is named for as unattributed words, not as anybody\'s quote', () => {
    const a = agreement(UNATTRIBUTED, data.unattributed ?? []);
    expect(a.missed).toEqual([]);
    expect(data.quotes.some(q => /henhouse/.test(q.quote))).toBe(false);
  });

  it('does not take show titles, the newspaper report or the correction line for quotes', () => {
    const texts = [...data.quotes, ...(data.unattributed ?? [])].map(q => q.quote);
    expect(texts).not.toContain('Meet the Press.');
    expect(texts).not.toContain('This Week');
    expect(data.quotes.some(q => q.paragraph === 18 || q.paragraph === 20 || q.paragraph === 27)).toBe(false);
  });

  it('cites every quote by exact offsets in its paragraph', () => {
    const art = articleFromFile(FILE);
    for (const q of [...data.quotes, ...(data.unattributed ?? [])]) {
      expect(art.paragraphs[q.paragraph - 1]!.text.slice(q.start, q.end)).toBe(q.quote);
    }
  });
});

describe('acceptance list of issue #3', () => {
  const top = (text: string) => finder.whoSaid(text)[0];

  it.each([
    ['dumbest idea', 'Lindsey Graham', 13, 'direct'],
    ['significant accomplishment', 'Steven Mnuchin', 15, 'direct'],
    ['akin to partnering with Assad', 'Marco Rubio', 17, 'post'],
    ['a ceasefire can', 'Donald J. Trump', 4, 'post'],
    ['a pretext', 'Donald Trump Jr.', 22, 'direct'],
    ["Russia didn't interfere", 'Sergey Lavrov', 7, 'indirect'],
  ])('%s → %s (¶%i, %s)', (text, speaker, paragraph, kind) => {
    const m = top(text);
    expect(m?.quote.speaker).toBe(speaker);
    expect(m?.quote.paragraph).toBe(paragraph);
    expect(m?.quote.kind).toBe(kind);
    expect(m!.score).toBeGreaterThan(0.5);
    expect(m!.score).toBeLessThanOrEqual(1);
  });

  it('"fox in charge of the henhouse" is quoted criticism with no named speaker', () => {
    const m = top('fox in charge of the henhouse');
    expect(m).toBeDefined();
    expect(m!.quote.speaker).toBeNull();
    expect(m!.quote.quote).toContain('fox in charge of the henhouse');
  });

  it('"the moon is made of cheese" matches nobody', () => {
    expect(finder.whoSaid('the moon is made of cheese')).toEqual([]);
  });

  it('quotesBy("Graham") lists his quote under every form of his name', () => {
    for (const name of ['Graham', 'Lindsey Graham', 'Sen. Graham', 'U.S. Sen. Lindsey Graham', 'graham']) {
      expect(finder.quotesBy(name).map(q => q.quote)).toEqual(["It's not the dumbest idea I've ever heard, but it's pretty close,"]);
    }
  });

  it('people lists Graham with his title and his description', () => {
    const graham = data.people.find(p => p.name === 'Lindsey Graham');
    expect(graham).toBeDefined();
    expect(graham!.roles).toContain('U.S. Sen.');
    expect(graham!.roles).toContain('a Republican representing South Carolina');
    expect(graham!.aliases).toContain('Graham');
    expect(graham!.quotes).toBe(1);
  });

  it('merges the president\'s name forms and keeps his son apart', () => {
    const trump = finder.person('Trump');
    expect(trump?.name).toBe('Donald J. Trump');
    expect(trump?.aliases).toEqual(expect.arrayContaining(['Donald Trump', 'Trump']));
    expect(finder.person('Donald Trump Jr.')?.name).toBe('Donald Trump Jr.');
    expect(finder.person('Trump Jr.')?.name).toBe('Donald Trump Jr.');
  });
});
