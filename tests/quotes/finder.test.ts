/** QuoteFinder over a small two-article corpus: who-said matching, people across articles, lookups, serialisation. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuoteData, QuoteFinder } from '../../src/quotes/index.ts';
import type { QuoteData } from '../../src/quotes/types.ts';
import { article } from './helpers.ts';

const A = article('harbor', [
  'Mayor Thomas Reed, a former engineer, toured the harbor on Monday.',
  '“The seawall was never designed for storms this strong,” Reed said. “We will have to raise it by two feet.”',
  'Port director Sandra Ortiz said the shipping lanes would reopen on Friday.',
  'Residents described the cleanup as a “slow-motion disaster” that left whole streets without power.',
  'Since the storm, the flooded blocks by the docks have been known as the “lost quarter of the harbor.”',
]);
const B = article('budget', [
  'Mayor Thomas Reed presented the budget on Tuesday.',
  '“Every dollar of this budget goes to flood protection,” Mr. Reed said.',
  'Councilwoman Priya Natarajan, who chairs the finance committee, was unconvinced.',
  '“The numbers simply do not add up,” she said.',
]);

let data: QuoteData;
let finder: QuoteFinder;
beforeAll(() => {
  data = buildQuoteData([A, B]);
  finder = new QuoteFinder(data, [A, B]);
});

describe('whoSaid', () => {
  it('matches an exact fragment', () => {
    const m = finder.whoSaid('never designed for storms this strong')[0]!;
    expect(m.quote.speaker).toBe('Thomas Reed');
    expect(m.quote.article).toBe('harbor');
    expect(m.quote.paragraph).toBe(2);
    expect(m.quote.quote).toBe('The seawall was never designed for storms this strong,');
  });

  it('ignores case, punctuation and quote style', () => {
    const m = finder.whoSaid('"THE NUMBERS SIMPLY DON\'T ADD UP!!"')[0];
    expect(m?.quote.speaker).toBe('Priya Natarajan');
  });

  it('matches paraphrases with other word forms and missing words', () => {
    expect(finder.whoSaid('seawall not designed for such strong storms')[0]?.quote.speaker).toBe('Thomas Reed');
    expect(finder.whoSaid('every dollar going to protection from floods')[0]?.quote.article).toBe('budget');
  });

  it('matches a paraphrase of the paragraph around a quote through the articles, not the quote data', () => {
    const q = 'Reed said the seawall must be raised two feet';
    expect(finder.whoSaid(q)[0]?.quote.quote).toBe('We will have to raise it by two feet.');
    expect(new QuoteFinder(data).whoSaid(q)).toEqual([]);
    expect(data.contexts).toBeUndefined();
    // Quote data written by older versions carries the paragraphs itself.
    const old: QuoteData = { ...data, contexts: { 'harbor#2': A.paragraphs[1]!.text } };
    expect(new QuoteFinder(old).whoSaid(q)[0]?.quote.quote).toBe('We will have to raise it by two feet.');
  });

  it('finds indirect speech and returns a quote nobody is named for with speaker null', () => {
    expect(finder.whoSaid('shipping lanes reopen Friday')[0]?.quote).toMatchObject({ speaker: 'Sandra Ortiz', kind: 'indirect' });
    const m = finder.whoSaid('slow-motion disaster')[0];
    expect(m?.quote.quote).toBe('slow-motion disaster');
    expect(m?.quote.speaker).toBe('residents');
    const lost = finder.whoSaid('the lost quarter of the harbor')[0];
    expect(lost?.quote.quote).toBe('lost quarter of the harbor.');
    expect(lost?.quote.speaker).toBeNull();
  });

  it('ranks better matches first with scores in [0, 1]', () => {
    const ms = finder.whoSaid('we will raise the seawall');
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(m.score).toBeGreaterThan(0);
    for (let i = 1; i < ms.length; i++) expect(ms[i - 1]!.score).toBeGreaterThanOrEqual(ms[i]!.score);
    expect(ms[0]!.score).toBeLessThanOrEqual(1);
  });

  it('returns nothing for made-up lines instead of the nearest random quote', () => {
    for (const fake of ['the moon is made of green cheese', 'penguins deserve the right to vote', 'the orchestra tuned its violins for hours', '']) {
      expect(finder.whoSaid(fake)).toEqual([]);
    }
  });

  it('respects the limit', () => {
    expect(finder.whoSaid('Reed storms seawall budget dollar', 1).length).toBeLessThanOrEqual(1);
  });
});

describe('people', () => {
  it('merges one person across articles with aliases, roles, quotes, mentions and articles', () => {
    const reed = finder.person('Reed')!;
    expect(reed.name).toBe('Thomas Reed');
    expect(reed.articles.sort()).toEqual(['budget', 'harbor']);
    expect(reed.quotes).toBe(3);
    expect(reed.mentions).toBeGreaterThanOrEqual(4);
    expect(reed.aliases).toEqual(expect.arrayContaining(['Reed', 'Mr. Reed']));
    expect(reed.roles).toEqual(expect.arrayContaining(['Mayor', 'a former engineer']));
  });

  it('lists the most quoted first', () => {
    expect(data.people[0]!.name).toBe('Thomas Reed');
    for (let i = 1; i < data.people.length; i++) expect(data.people[i - 1]!.quotes).toBeGreaterThanOrEqual(data.people[i]!.quotes);
  });

  it('finds people by any name form, case-insensitively, and null for strangers', () => {
    for (const n of ['thomas reed', 'Mayor Thomas Reed', 'Mr. Reed', 'REED']) expect(finder.person(n)?.name).toBe('Thomas Reed');
    expect(finder.person('Natarajan')?.name).toBe('Priya Natarajan');
    expect(finder.person('Nobody Atall')).toBeNull();
  });

  it('lists quotes by person in corpus order, alias-aware', () => {
    const qs = finder.quotesBy('mr. reed');
    expect(qs.map(q => q.article)).toEqual(['harbor', 'harbor', 'budget']);
    expect(finder.quotesBy('Nobody Atall')).toEqual([]);
    expect(finder.quotesBy().length).toBe(data.quotes.length);
  });

  it('suggests people by a prefix of any name word or alias, best first', () => {
    expect(finder.suggestPeople('re').map(p => p.name)).toContain('Thomas Reed');
    expect(finder.suggestPeople('pri').map(p => p.name)).toEqual(['Priya Natarajan']);
    expect(finder.suggestPeople('thomas r').map(p => p.name)).toEqual(['Thomas Reed']);
    expect(finder.suggestPeople('zz')).toEqual([]);
    expect(finder.suggestPeople('', 2).length).toBeLessThanOrEqual(2);
  });
});

describe('quote data', () => {
  it('is plain JSON: a round trip gives the same data and the same answers', () => {
    const copy = JSON.parse(JSON.stringify(data)) as QuoteData;
    expect(copy).toEqual(data);
    const f2 = new QuoteFinder(copy, [A, B]);
    expect(f2.whoSaid('numbers simply do not add up')[0]?.quote.speaker).toBe('Priya Natarajan');
    expect(f2.quotesBy('Reed').length).toBe(3);
  });

  it('orders quotes by article, paragraph and offset', () => {
    const key = (q: { article: string; paragraph: number; start: number }) => [q.article === 'harbor' ? 0 : 1, q.paragraph, q.start];
    const keys = data.quotes.map(key);
    const sorted = [...keys].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!);
    expect(keys).toEqual(sorted);
  });
});

describe('speed', () => {
  it('suggests people in well under a millisecond', () => {
    const t = performance.now();
    for (let i = 0; i < 2000; i++) finder.suggestPeople(['t', 're', 'pri', 'san', 'x'][i % 5]!);
    expect((performance.now() - t) / 2000).toBeLessThan(1);
  });
});

describe('name lookup ignores full stops and commas', () => {
  it('finds "Roe Jr" and "Jane Roe Jr" for "Jane Roe Jr."', async () => {
    const { PeopleLookup } = await import('../../src/quotes/people-lookup.ts');
    const person = { name: 'Jane Roe Jr.', aliases: ['Roe Jr.', 'Sen. Roe'], roles: [], quotes: 1, mentions: 1, articles: ['a'] };
    const lookup = new PeopleLookup([person]);
    expect(lookup.find('Roe Jr')).toBe(person);
    expect(lookup.find('jane roe jr')).toBe(person);
    expect(lookup.find('Sen Roe')).toBe(person);
    expect(lookup.find('Roe Sr')).toBeNull();
  });
});
