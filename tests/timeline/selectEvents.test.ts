/** Ordering and filters of selectEvents, and the whole-corpus timeline. */
import { describe, expect, it } from 'vitest';
import { extractEvents, selectEvents } from '../../src/timeline/index.ts';
import type { TimelineEvent } from '../../src/timeline/types.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

function event(date: string | null, article: string, paragraph: number, position: number): TimelineEvent {
  return {
    date,
    precision: date === null ? 'unknown' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    expression: date ?? 'Friday',
    modifier: null,
    text: `event ${date}`,
    sources: [{ article, paragraph }],
    position,
  };
}

const sample = [
  event('2017', 'a', 1, 1),
  event(null, 'a', 2, 2),
  event('2017-07', 'a', 3, 3),
  event('2017-07-31', 'a', 4, 4),
  event('2017-12', 'a', 5, 5),
  event('2016-05-01', 'b', 1, 1e9 + 1),
  event('2017-07-31', 'a', 0, 0),
  event('2018-01-02', 'b', 2, 1e9 + 2),
];

describe('selectEvents ordering', () => {
  it('orders by date, coarser after finer within the period, then by position, undated last', () => {
    const dates = selectEvents(sample).map(e => `${e.date}@${e.sources[0]!.paragraph}`);
    expect(dates).toEqual(['2016-05-01@1', '2017-07-31@0', '2017-07-31@4', '2017-07@3', '2017-12@5', '2017@1', '2018-01-02@2', 'null@2']);
  });

  it('does not reorder the caller\'s array', () => {
    const copy = sample.slice();
    selectEvents(copy);
    expect(copy).toEqual(sample);
  });
});

describe('selectEvents filters', () => {
  const dates = (filter: Parameters<typeof selectEvents>[1]) => selectEvents(sample, filter).map(e => e.date);

  it('from/to are inclusive and compare partial dates by period', () => {
    expect(dates({ from: '2017-07', to: '2017-07' })).toEqual(['2017-07-31', '2017-07-31', '2017-07', '2017']);
    expect(dates({ from: '2017-12-01' })).toEqual(['2017-12', '2017', '2018-01-02']);
    expect(dates({ to: '2016' })).toEqual(['2016-05-01']);
    expect(dates({ from: '2017-08', to: '2017-11-30' })).toEqual(['2017']);
  });

  it('drops undated events when a range is asked', () => {
    expect(dates({ from: '1900' })).not.toContain(null);
  });

  it('keeps only events with a source in the paragraph set', () => {
    expect(dates({ paragraphs: new Set(['a#3', 'b#2']) })).toEqual(['2017-07', '2018-01-02']);
    expect(dates({ paragraphs: new Set(['a#3']), from: '2018' })).toEqual([]);
  });

  it('rejects a malformed bound', () => {
    expect(() => selectEvents(sample, { from: 'July 2017' })).toThrow(RangeError);
  });

  it('answers on 100,000 events in well under 100 ms', () => {
    const many: TimelineEvent[] = [];
    for (let i = 0; i < 100_000; i++) {
      const y = 1990 + (i % 30);
      const date = i % 7 === 0 ? String(y) : `${y}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      many.push(event(date, `art${i % 500}`, i % 40, i));
    }
    const sorted = selectEvents(many); // pre-sort once
    const paragraphs = new Set(['art7#7', 'art17#17', 'art210#10']);
    const started = performance.now();
    const hits = selectEvents(sorted, { from: '2000-03', to: '2004', paragraphs });
    const ranged = selectEvents(sorted, { from: '1995-06-15', to: '2001-02' });
    expect(performance.now() - started).toBeLessThan(100);
    // same answers as a naive scan
    const inRange = (d: string | null, from: string, to: string) =>
      d !== null && d.slice(0, from.length) >= from.slice(0, d.length) && d.slice(0, to.length) <= to.slice(0, d.length);
    const naive = sorted.filter(e => inRange(e.date, '2000-03', '2004') && paragraphs.has(`${e.sources[0]!.article}#${e.sources[0]!.paragraph}`));
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits)).toEqual(new Set(naive));
    expect(new Set(ranged)).toEqual(new Set(sorted.filter(e => inRange(e.date, '1995-06-15', '2001-02'))));
  });
});

describe('whole-corpus timeline', () => {
  it('merges all articles into one ordered list, article order breaking ties', () => {
    const events = extractEvents([
      syntheticArticle('2017-07-10', ['The summit opened on Friday.', 'The vote was in 2016.'], 'first'),
      syntheticArticle('2017-07-12', ['The markets fell on Friday.', 'The treaty was signed in 2016.'], 'second'),
    ]);
    expect(events.map(e => `${e.date} ${e.sources[0]!.article}`)).toEqual([
      '2016 first',
      '2016 second',
      '2017-07-07 first',
      '2017-07-07 second',
    ]);
  });
});
