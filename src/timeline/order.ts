/**
 * Timeline order and filters. Order: by date; within one period the coarser precision comes after the finer
 * (2017-07 after 2017-07-31, 2017 after 2017-12); then by position (article order, paragraph, offset); undated
 * (relative) events last, by position. Bounds "from"/"to" are inclusive and compared by period, so an event of
 * 2017-07 is inside from=2017-07-15 and a day of July is inside to=2017-07.
 */
import type { TimelineEvent, TimelineFilter } from './types.ts';

/**
 * Sort key of a date as a number: YYYYMMDD for a day; a month as its day 99, a year as its month 99, so that each comes
 * after all the finer dates it holds; undated last.
 */
function dateKey(date: string | null): number {
  if (date === null) return Number.POSITIVE_INFINITY;
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 99;
  const d = date.length >= 10 ? Number(date.slice(8, 10)) : 99;
  return y * 10000 + m * 100 + d;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return dateKey(a.date) - dateKey(b.date) || (a.position ?? 0) - (b.position ?? 0);
}

/** Sorts a copy, computing each key once. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  const keys = new Float64Array(n);
  const positions = new Float64Array(n);
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    keys[i] = dateKey(event.date);
    positions[i] = event.position ?? 0;
    index[i] = i;
  }
  index.sort((a, b) => keys[a]! - keys[b]! || positions[a]! - positions[b]! || a - b);
  const out = new Array<TimelineEvent>(n);
  for (let i = 0; i < n; i++) out[i] = events[index[i]!]!;
  return out;
}

function isSorted(events: TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (compareEvents(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

const BOUND = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** a vs b on the period both name: -1, 0 (same period, or one holds the other) or 1. */
function comparePeriod(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const pa = a.slice(0, n);
  const pb = b.slice(0, n);
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

const sortedCache = new WeakMap<TimelineEvent[], { length: number; sorted: TimelineEvent[] }>();

function inOrder(events: TimelineEvent[]): TimelineEvent[] {
  const cached = sortedCache.get(events);
  if (cached && cached.length === events.length) return cached.sorted;
  const sorted = isSorted(events) ? events : sortEvents(events);
  sortedCache.set(events, { length: events.length, sorted });
  return sorted;
}

export function selectEvents(events: TimelineEvent[], filter: TimelineFilter = {}): TimelineEvent[] {
  for (const bound of [filter.from, filter.to]) {
    if (bound !== undefined && !BOUND.test(bound)) throw new RangeError(`timeline: date bound must be YYYY, YYYY-MM or YYYY-MM-DD, got "${bound}"`);
  }
  const sorted = inOrder(events);
  const { from, to, paragraphs } = filter;
  if (from === undefined && to === undefined && paragraphs === undefined) return sorted.slice();
  return sorted.filter(event => {
    if (from !== undefined || to !== undefined) {
      if (event.date === null) return false;
      if (from !== undefined && comparePeriod(event.date, from) < 0) return false;
      if (to !== undefined && comparePeriod(event.date, to) > 0) return false;
    }
    if (paragraphs !== undefined && !event.sources.some(s => paragraphs.has(`${s.article}#${s.paragraph}`))) return false;
    return true;
  });
}
