/**
 * The merge rules themselves, on invented wordings: no chains (A~B and B~C never put A and C together unless A~C),
 * a fragment never bridges two statements, and the groups do not depend on the order of the input.
 */
import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../src/quotes/statements.ts';
import type { Quote, QuoteKind } from '../../src/quotes/types.ts';
import { mergeAcrossArticles } from '../../src/timeline/events-merge.ts';
import type { TimelineEvent } from '../../src/timeline/types.ts';

const quote = (article: string, quote: string, kind: QuoteKind = 'direct', speaker = 'Ilse Varga', paragraph = 2): Quote => ({
  article,
  paragraph,
  speaker,
  quote,
  kind,
  start: 0,
  end: quote.length,
});

const event = (article: string, text: string, date = '2031-05-09', paragraph = 3): TimelineEvent => ({
  date,
  precision: 'day',
  expression: 'on Friday',
  modifier: null,
  text,
  sources: [{ article, paragraph }],
});

/** Statements as sorted lists of "article#paragraph:first words", sorted: comparable whatever the input order. */
function statementGroups(quotes: Quote[]): string[] {
  const canon = groupStatements(quotes);
  const groups = new Map<number, string[]>();
  canon.forEach((c, i) => {
    const q = quotes[i]!;
    const key = `${q.article}#${q.paragraph}:${q.quote.slice(0, 24)}`;
    const list = groups.get(c);
    if (list) list.push(key);
    else groups.set(c, [key]);
  });
  return [...groups.values()].map((g) => g.sort().join(' | ')).sort();
}

function eventGroups(events: TimelineEvent[]): string[] {
  return mergeAcrossArticles(events)
    .events.map((e) => `${e.date} ${e.sources.map((s) => `${s.article}#${s.paragraph}`).sort().join(' ')}`)
    .sort();
}

/** Deterministic shuffles of a list. */
function* shuffles<T>(list: T[], rounds = 6): Generator<T[]> {
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let r = 0; r < rounds; r++) {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    yield out;
  }
}

describe('events do not chain', () => {
  // B tells both happenings in one clause; A and C share only the speaker-free subject and the officials.
  const a = event('a-ledger', 'Officials said Ilse Varga opened the harbour ferry terminal');
  const b = event('b-courier', 'Ilse Varga opened the harbour ferry terminal and closed the downtown grain market');
  const c = event('c-post', 'Officials said Ilse Varga closed the downtown grain market');

  it('A~B and B~C with A and C different: A and C are never one event', () => {
    const groups = eventGroups([a, b, c]);
    expect(groups.some((g) => g.includes('a-ledger') && g.includes('c-post'))).toBe(false);
    // B joins exactly one of them (the best match; on a tie the first in stable order).
    expect(groups).toHaveLength(2);
    expect(groups.filter((g) => g.includes('b-courier'))).toHaveLength(1);
  });

  it('three tellings that all match each other are one event', () => {
    const d = event('d-wire', 'Ilse Varga opened the harbour ferry terminal on the east quay');
    expect(eventGroups([a, b, d])).toEqual(['2031-05-09 a-ledger#3 b-courier#3 d-wire#3']);
  });

  it('the groups are the same whatever the order of the events', () => {
    const d = event('d-wire', 'Ilse Varga opened the harbour ferry terminal on the east quay');
    const e = event('e-gazette', 'Officials said Ilse Varga closed the grain market downtown');
    const list = [a, b, c, d, e, event('f-times', 'Port workers went on strike over night shifts')];
    const want = eventGroups(list);
    for (const order of shuffles(list)) expect(eventGroups(order)).toEqual(want);
  });
});

describe('statements do not chain', () => {
  const s1 = quote('a-ledger', 'The harbour ferry will run every hour from spring, fares unchanged');
  const s2 = quote('b-courier', 'The harbour ferry will run every hour from spring, night trips cut');

  it('two different statements sharing their first words stay apart', () => {
    const groups = statementGroups([s1, s2]);
    expect(groups).toHaveLength(2);
  });

  it('a wording close in length to both (a peer of each) joins one of them, never both', () => {
    const middle = quote('c-post', 'The harbour ferry will run every hour from spring');
    const groups = statementGroups([s1, s2, middle]);
    expect(groups).toHaveLength(2);
    expect(groups.some((g) => g.includes('a-ledger') && g.includes('b-courier'))).toBe(false);
    expect(groups.filter((g) => g.includes('c-post'))).toHaveLength(1);
  });

  it('a short fragment found in two different statements joins one of them, never both', () => {
    const fragment = quote('c-post', 'run every hour');
    const groups = statementGroups([s1, s2, fragment]);
    expect(groups).toHaveLength(2);
    expect(groups.some((g) => g.includes('a-ledger') && g.includes('b-courier'))).toBe(false);
    expect(groups.filter((g) => g.includes('c-post'))).toHaveLength(1);
  });

  it('a variant and a fragment of one statement still join it', () => {
    const variant = quote('d-wire', 'The harbour ferry will run every hour from spring, fares unchanged!');
    const fragment = quote('e-gazette', 'fares unchanged');
    const groups = statementGroups([s1, s2, variant, fragment]);
    expect(groups).toHaveLength(2);
    expect(groups.find((g) => g.includes('a-ledger'))).toMatch(/d-wire.*e-gazette/);
  });

  it('the groups and the canonical wording are the same whatever the order of the quotes', () => {
    const list = [
      s1,
      s2,
      quote('c-post', 'The harbour ferry will run every hour from spring'),
      quote('d-wire', 'The harbour ferry will run every hour from spring, fares unchanged!'),
      quote('e-gazette', 'fares unchanged'),
      quote('f-times', 'the ferry would run hourly from spring with fares unchanged', 'indirect'),
      quote('g-herald', 'The harbour ferry will run every hour from spring, fares unchanged', 'direct', 'Tomas Brandt'),
    ];
    const canonical = (qs: Quote[]) => {
      const c = groupStatements(qs);
      return qs.map((q, i) => `${q.article}->${qs[c[i]!]!.article}`).sort();
    };
    const want = { groups: statementGroups(list), canonical: canonical(list) };
    for (const order of shuffles(list)) expect({ groups: statementGroups(order), canonical: canonical(order) }).toEqual(want);
  });
});
