/**
 * Corroboration as a reader sees it: a passage republished word for word is one search or ask result "also in" the
 * other places (engine and CLI JSON), and the terminal shows merged items with their sources compactly, numbered
 * citations and "sources differ" with the wordings.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.ts';
import { compactSources } from '../../src/corpus/citation.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Citation } from '../../src/corpus/types.ts';
import { Engine } from '../../src/engine.ts';
import { citationLine, renderAnswer } from '../../src/terminal/render.ts';
import { article, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { cli } from '../helpers/run.ts';

afterAll(removeTempCorpora);

// An invented story: one paragraph republished by two other outlets (curly apostrophes and capitals folded).
const WIRE = "Engineers replaced the ferry's two diesel engines and rebuilt the loading ramp at the east quay, according to the authority's report.";
const FILES = {
  'harbor-ledger-ferry.md': article(
    'Harbour ferry returns next month',
    ['The harbour ferry will return to service next month after a winter of repairs, the port authority said on Friday.', WIRE, 'Commuters have waited since November for the crossing to reopen.'],
    { source: 'Harbor Ledger', published: '2031-05-10' },
  ),
  'example-wire-ferry.md': article(
    'Ferry timetable confirmed for June',
    ['Port officials confirmed the summer timetable of the harbour ferry on Saturday.', WIRE.replace(/'/g, '\u2019').replace('east quay', 'East Quay'), 'Tickets go on sale at the terminal from Monday.'],
    { source: 'Example Wire', published: '2031-05-11' },
  ),
  'valley-courier-ferry.md': article(
    'Crossing to reopen after repairs',
    ['Residents of the island said the long closure had doubled their travel times.', WIRE, 'A second vessel is expected to join the route in the autumn.'],
    { source: 'Valley Courier', published: '2031-05-12' },
  ),
};

const place = (c: { article: string; paragraph: number }) => `${c.article}#${c.paragraph}`;

describe('word-for-word copies fold into one result (also)', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = tempCorpus(FILES);
    engine = Engine.build(await loadCorpus(dir));
  });

  const check = (answer: SearchAnswer) => {
    expect(answer.results.length).toBeGreaterThan(0);
    const first = answer.results[0]!;
    expect(first.excerpt).toMatch(/diesel engines/);
    // One result for the three places: the best-ranked place leads, the copies are "also".
    const all = [first.citation, ...(first.also ?? [])].map(place).sort();
    expect(all).toEqual(['example-wire-ferry#2', 'harbor-ledger-ferry#2', 'valley-courier-ferry#2']);
    expect(first.also).toHaveLength(2);
    // No other result repeats any of those places.
    for (const r of answer.results.slice(1)) expect(all).not.toContain(place(r.citation));
    // Each copy is a full citation of its own article.
    for (const c of first.also!) expect(c.source).toBe(c.article.startsWith('example') ? 'Example Wire' : c.article.startsWith('valley') ? 'Valley Courier' : 'Harbor Ledger');
  };

  it('search', () => check(engine.search('diesel engines loading ramp')));

  it('ask', () => check(engine.ask('Who rebuilt the loading ramp at the east quay?')));

  it('a passage told once has no also', () => {
    const answer = engine.search('second vessel autumn');
    expect(answer.results[0]!.citation.article).toBe('valley-courier-ferry');
    expect(answer.results[0]!.also).toBeUndefined();
  });

  it('the CLI prints also in its JSON, for search and ask', async () => {
    for (const args of [['search', 'diesel engines loading ramp'], ['ask', 'Who rebuilt the loading ramp at the east quay?']]) {
      const r = await cli([...args, '--corpus', dir, '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { results: Array<{ citation: Citation; also?: Citation[] }> };
      const first = doc.results[0]!;
      expect([first.citation, ...(first.also ?? [])].map(place).sort()).toEqual(['example-wire-ferry#2', 'harbor-ledger-ferry#2', 'valley-courier-ferry#2']);
      expect(Object.keys(first.also![0]!).sort()).toEqual(Object.keys(first.citation).sort());
    }
  });

  it('the terminal shows the copies under their result, numbered after its own place', () => {
    const answer = engine.search('diesel engines loading ramp');
    const text = renderAnswer(answer, { color: false });
    const first = answer.results[0]!;
    const lines = text.split('\n');
    const at = lines.indexOf(`   also in ${compactSources(first.also!)}:`);
    expect(at).toBeGreaterThan(0);
    expect(compactSources(first.also!)).toBe(first.also!.map((c) => c.source).join(', '));
    first.also!.forEach((c, k) => expect(text).toContain(`   [1.${k + 2}] ${citationLine(c)}`));
    expect(text).toContain(`   [1] ${citationLine(first.citation)}`);
  });
});

describe('terminal rendering of merged quotes and events', () => {
  let engine: Engine;
  beforeAll(async () => {
    const dir = tempCorpus({}, true);
    const fixtures = path.resolve(import.meta.dirname, '../fixtures/story');
    for (const f of readdirSync(fixtures)) cpSync(path.join(fixtures, f), path.join(dir, f));
    engine = Engine.build(await loadCorpus(dir));
  });

  it('a quote carried by three outlets: "A, B +1", every place numbered, and "sources differ" with each wording and its places', () => {
    const answer = engine.whoSaid('the worst plan I have ever seen');
    const item = answer.matches[0]!;
    expect(item.sources).toBe(3);
    expect(item.variants!.length).toBeGreaterThan(1);
    const text = renderAnswer(answer, { color: false });
    const outlets = [...new Set(item.citations.map((c) => c.source))];
    expect(outlets).toHaveLength(3);
    expect(text).toContain(`   3 sources: ${outlets[0]}, ${outlets[1]} +1`);
    item.citations.forEach((c, k) => expect(text).toContain(`   [${k + 1}] ${citationLine(c)}`));
    const lines = text.split('\n');
    const differ = lines.indexOf('   sources differ:');
    expect(differ).toBeGreaterThan(0);
    item.variants!.forEach((v, k) => {
      // Each wording with the numbers of its places among the item's citations.
      const numbers = v.citations.map((c) => item.citations.findIndex((x) => place(x) === place(c)) + 1);
      expect(numbers.every((n) => n > 0)).toBe(true);
      expect(lines[differ + 1 + k]).toBe(`     \u201c${v.quote}\u201d [${numbers.join('][')}]`);
    });
  });

  it('a quote told once shows no sources line and no variants', () => {
    const answer = engine.quotes('Lena Ortiz');
    const once = answer.quotes.find((q) => q.sources === 1 && q.citations.length === 1)!;
    expect(once).toBeDefined();
    const block = renderAnswer({ ...answer, quotes: [once] }, { color: false });
    expect(block).not.toMatch(/sources?:/);
    expect(block).not.toContain('sources differ');
    expect(block).toContain(`   [1] ${citationLine(once.citation)}`);
  });

  it('an event told by four articles shows "4 sources: A, B +2" and each place numbered', () => {
    const answer = engine.timeline({ from: '2024-03-08', to: '2024-03-08' });
    const vote = answer.events.find((e) => /voted/.test(e.text) && e.sources === 4)!;
    expect(vote).toBeDefined();
    const text = renderAnswer({ ...answer, events: [vote] }, { color: false });
    const outlets = [...new Set(vote.citations.map((c) => c.source))];
    expect(text).toContain(`   4 sources: ${outlets[0]}, ${outlets[1]} +2`);
    vote.citations.forEach((c, k) => expect(text).toContain(`   [${k + 1}] ${citationLine(c)}`));
  });
});
