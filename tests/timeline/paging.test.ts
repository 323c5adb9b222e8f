/** Pages of the timeline (selectPage, Engine.timeline's limit/offset) and the paragraph index behind the filter. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine.ts';
import { selectEvents, selectPage } from '../../src/timeline/index.ts';
import type { TimelineEvent } from '../../src/timeline/types.ts';

function many(n: number): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const y = 1990 + (i % 30);
    const date = i % 11 === 0 ? null : i % 7 === 0 ? String(y) : i % 5 === 0 ? `${y}-${String((i % 12) + 1).padStart(2, '0')}` : `${y}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const sources = [{ article: `art${i % 300}`, paragraph: i % 40 }];
    if (i % 13 === 0) sources.push({ article: `art${(i + 1) % 300}`, paragraph: (i + 3) % 40 });
    out.push({ date, precision: date === null ? 'unknown' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', expression: date ?? 'Friday', modifier: null, text: `e${i}`, sources, position: i });
  }
  return out;
}

const inRange = (d: string | null, from: string, to: string) => d !== null && d.slice(0, from.length) >= from.slice(0, d.length) && d.slice(0, to.length) <= to.slice(0, d.length);

describe('paragraph filter through the paragraph index', () => {
  const events = selectEvents(many(30_000));
  const naive = (paragraphs: Set<string>, from?: string, to?: string) =>
    events.filter((e) => (!from || inRange(e.date, from, to ?? '9999')) && (!to || inRange(e.date, from ?? '0000', to)) && e.sources.some((s) => paragraphs.has(`${s.article}#${s.paragraph}`)));

  it('a few paragraphs (sorted union) and many (marks) give the naive answer, in timeline order, each event once', () => {
    const few = new Set(['art7#7', 'art8#10', 'art17#17', 'art210#10', 'nowhere#1']);
    const lots = new Set(Array.from({ length: 4000 }, (_, i) => `art${i % 300}#${i % 40}`));
    for (const paragraphs of [few, lots]) {
      expect(selectEvents(events, { paragraphs })).toEqual(naive(paragraphs));
      expect(selectEvents(events, { paragraphs, from: '2000-03', to: '2004-07' })).toEqual(naive(paragraphs, '2000-03', '2004-07'));
      expect(selectEvents(events, { paragraphs, to: '2010' })).toEqual(naive(paragraphs, undefined, '2010'));
    }
  });

  it('selectPage gives the total and the same events as slicing the full selection', () => {
    const paragraphs = new Set(Array.from({ length: 400 }, (_, i) => `art${i % 300}#${(i * 7) % 40}`));
    for (const filter of [{}, { from: '1995-06-15', to: '2001-02' }, { paragraphs }, { paragraphs, from: '1999' }]) {
      const all = selectEvents(events, filter);
      for (const [offset, limit] of [[0, 250], [100, 50], [all.length - 3, 250], [all.length + 5, 10]] as const) {
        const page = selectPage(events, filter, offset, limit);
        expect(page.total).toBe(all.length);
        expect(page.events).toEqual(all.slice(offset, offset + limit));
      }
    }
  });

  it('a filtered query on 30,000 events takes milliseconds', () => {
    const paragraphs = new Set(Array.from({ length: 300 }, (_, i) => `art${i}#${i % 40}`));
    selectPage(events, { paragraphs }, 0, 250); // the index is made once
    const started = performance.now();
    for (let i = 0; i < 20; i++) selectPage(events, { paragraphs, from: '1995' }, 0, 250);
    // A wide margin: CI shares two busy cores; the benchmark measures the real figure.
    expect((performance.now() - started) / 20).toBeLessThan(250);
  });
});

describe('Engine.timeline pages', () => {
  it('with a limit: that many events, the total and the offset; without: every event and no total', async () => {
    const engine = Engine.build(await loadCorpus(path.resolve(import.meta.dirname, '../../corpus')));
    const all = engine.timeline();
    expect(all.total).toBeUndefined();
    expect(all.events.length).toBeGreaterThan(3);
    const page = engine.timeline({ limit: 2, offset: 1 });
    expect(page.total).toBe(all.events.length);
    expect(page.offset).toBe(1);
    expect(page.events).toEqual(all.events.slice(1, 3));
    const empty = engine.timeline({ from: '1900', to: '1901', limit: 5 });
    expect(empty).toMatchObject({ total: 0, events: [] });
    expect(empty.notice).toBeTruthy();
  });
});
