/**
 * One story, many sources: an invented story told by four invented outlets (tests/fixtures/story) plus the bundled
 * article. Statements and events merge across articles, stay apart where they must, and form the same groups
 * whatever the order in which the files load.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventItem, QuoteItem } from '../../src/answers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { Engine } from '../../src/engine.ts';
import { removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/story');

let corpus: Corpus;
let engine: Engine;

beforeAll(async () => {
  const dir = tempCorpus({}, true);
  for (const f of readdirSync(FIXTURES)) cpSync(path.join(FIXTURES, f), path.join(dir, f));
  corpus = await loadCorpus(dir);
  engine = Engine.build(corpus);
});
afterAll(removeTempCorpora);

const places = (item: { citations: Array<{ article: string; paragraph: number }> }) => item.citations.map((c) => `${c.article}#${c.paragraph}`).sort();
const of = (speaker: string) => engine.quotes(speaker).quotes;
const find = (items: QuoteItem[], words: string) => items.filter((q) => q.citations.length && (q.quote.includes(words) || q.variants?.some((v) => v.quote.includes(words))));

describe('statements across articles', () => {
  it('a sentence, its wording variant and a fragment of it are one item with every place and the wordings that differ', () => {
    const [item, ...others] = find(of('Omar Feld'), 'worst plan');
    expect(others).toEqual([]);
    expect(item!.sources).toBe(3);
    expect(places(item!)).toEqual(['example-wire-bridge#2', 'harbor-ledger-bridge#2', 'valley-courier-bridge#2']);
    expect(item!.kind).toBe('direct');
    // The most complete wording leads; the spelled-out variant is shown where sources differ.
    expect(item!.quote).toBe("It's not the worst plan I've ever seen, but it's pretty close,");
    expect(item!.variants?.map((v) => v.quote)).toEqual(["It's not the worst plan I've ever seen, but it's pretty close,", 'It is not the worst plan I have ever seen but it is pretty close,']);
    expect(item!.citation).toEqual(item!.citations[0]);
  });

  it('a different statement of the same speaker on the same topic stays apart', () => {
    const feld = of('Feld');
    const dumbfounded = find(feld, 'dumbfounded');
    expect(dumbfounded).toHaveLength(1);
    expect(dumbfounded[0]!.sources).toBe(1);
    expect(find(feld, 'neglected for a decade')).toHaveLength(1);
    expect(new Set(feld.map((q) => q.quote)).size).toBe(feld.length);
  });

  it('an inserted bracket, a fragment and an indirect report join the direct wording, which stays canonical', () => {
    const [item, ...others] = find(of('Dana Whitfield'), 'detour buses');
    expect(others).toEqual([]);
    expect(item!.kind).toBe('direct');
    expect(item!.quote).toBe('The bridge will reopen before the summer festival, and the city will cover the cost of the detour buses,');
    expect(item!.sources).toBe(4);
    expect(places(item!)).toContain('northgate-post-bridge#2');
    expect(item!.variants?.some((v) => v.quote.includes('(Riverside Transit)'))).toBe(true);
  });

  it('the same words said by another speaker never merge', () => {
    const ortiz = find(of('Lena Ortiz'), 'reopen before the summer festival');
    expect(ortiz).toHaveLength(1);
    expect(places(ortiz[0]!)).toEqual(['valley-courier-bridge#5']);
  });

  it('in the bundled article, a sentence reported both as a direct and an indirect quote is one statement, listed as the clause and its quoted words', () => {
    const items = of('Mnuchin').filter((q) => q.citations.some((c) => c.paragraph === 15));
    // The listing keeps the reported clause and the quoted words apart, as the labelling convention counts them ...
    expect(items.map((q) => q.kind)).toEqual(['indirect', 'direct']);
    expect(items[1]!.quote.length).toBeLessThan(items[0]!.quote.length);
    expect(items[0]!.quote).toContain(items[1]!.quote);
    // ... while the statement is one: every place on the direct item, one who-said match, one statement counted.
    expect(items[1]!.citations).toHaveLength(2);
    expect(items[1]!.sources).toBe(1);
    const said = engine.whoSaid(items[1]!.quote).matches.filter((m) => m.citations.some((c) => c.paragraph === 15));
    expect(said).toHaveLength(1);
    expect(said[0]!.kind).toBe('direct');
  });
});

describe('who-said', () => {
  it('a phrase carried by three articles is one match with sources: 3', () => {
    const answer = engine.whoSaid('the worst plan I have ever seen');
    expect(answer.matches).toHaveLength(1);
    expect(answer.matches[0]!.speaker).toBe('Omar Feld');
    expect(answer.matches[0]!.sources).toBe(3);
  });

  it('its first matches are different statements, the most corroborated first at equal score', () => {
    const answer = engine.whoSaid('bridge');
    expect(answer.matches.length).toBeGreaterThanOrEqual(3);
    const top = answer.matches.slice(0, 3).map((m) => places(m).join(' '));
    expect(new Set(top).size).toBe(3);
    expect(answer.matches[0]!.sources).toBe(4);
    for (let i = 1; i < answer.matches.length; i++) {
      const [a, b] = [answer.matches[i - 1]!, answer.matches[i]!];
      expect(a.score > b.score || (a.score === b.score && a.sources >= b.sources)).toBe(true);
    }
  });
});

describe('events across articles', () => {
  const on = (date: string) => engine.timeline({ from: date, to: date }).events.filter((e) => e.date === date);

  it('the same happening told with different date words against different publication dates is one event', () => {
    const votes = on('2024-03-08').filter((e) => /voted/.test(e.text));
    expect(votes).toHaveLength(1);
    expect(votes[0]!.sources).toBe(4);
    expect(new Set(votes[0]!.citations.map((c) => c.article))).toEqual(new Set(['example-wire-bridge', 'harbor-ledger-bridge', 'northgate-post-bridge', 'valley-courier-bridge']));
  });

  it('a different event of the same day stays apart', () => {
    const cracks = on('2024-03-08').filter((e) => /cracks/.test(e.text));
    expect(cracks).toHaveLength(1);
    expect(cracks[0]!.sources).toBe(2);
    expect(cracks[0]!.citations.every((c) => c.paragraph !== 1)).toBe(true);
  });

  it('the bundled article keeps its own events, one source each', () => {
    const events = engine.timeline({ from: '2017', to: '2017' }).events;
    expect(events.length).toBeGreaterThan(3);
    expect(events.every((e) => e.sources === 1)).toBe(true);
  });
});

describe('load order', () => {
  const groups = (e: Engine) => {
    const q = e.quotes().quotes.map((x: QuoteItem) => places(x).join(' ')).sort();
    const ev = e.timeline().events.map((x: EventItem) => `${x.date} ${places(x).join(' ')}`).sort();
    return { q, ev, canon: e.quotes().quotes.map((x) => x.quote).sort() };
  };

  it('shuffled files give the same statements and events', () => {
    const want = groups(engine);
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 4; round++) {
      const articles = [...corpus.articles];
      for (let i = articles.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [articles[i], articles[j]] = [articles[j]!, articles[i]!];
      }
      expect(groups(Engine.build({ ...corpus, articles }))).toEqual(want);
    }
  });
});
