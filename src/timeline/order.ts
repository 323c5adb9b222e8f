/**
 * Timeline order and filters. Order: by date; within one period the coarser precision comes after the finer
 * (2017-07 after 2017-07-31, 2017 after 2017-12); then by position (article order, paragraph, offset); undated
 * (relative) events last, by position. Bounds "from"/"to" are inclusive and compared by period, so an event of
 * 2017-07 is inside from=2017-07-15 and a day of July is inside to=2017-07.
 *
 * Speed: an array is ordered once and remembered (with its numeric date keys); a range is then two binary searches
 * and the paragraph filter a linear scan of that range.
 */
import type { TimelineEvent, TimelineFilter } from './types.ts';

const UNDATED = Number.POSITIVE_INFINITY;

/**
 * Sort key of a date as a number: YYYYMMDD for a day; a month as its day 99, a year as its month 99, so that each
 * comes after all the finer dates it holds; undated last.
 */
function dateKey(date: string | null): number {
  if (date === null) return UNDATED;
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 99;
  const d = date.length >= 10 ? Number(date.slice(8, 10)) : 99;
  return y * 10000 + m * 100 + d;
}

interface Ordered {
  events: TimelineEvent[];
  keys: Float64Array;
  /** Article id -> indexes (ascending) of the events it is a source of, for the paragraph filter. */
  byArticle: Map<string, number[]>;
}

function articleIndex(events: TimelineEvent[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  events.forEach((event, i) => {
    for (const source of event.sources) {
      let list = index.get(source.article);
      if (!list) index.set(source.article, (list = []));
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

const orderedCache = new WeakMap<TimelineEvent[], Ordered>();

function order(events: TimelineEvent[]): Ordered {
  const n = events.length;
  const keys = new Float64Array(n);
  const positions = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    keys[i] = dateKey(event.date);
    positions[i] = event.position ?? 0;
    if (i > 0 && (keys[i - 1]! > keys[i]! || (keys[i - 1] === keys[i] && positions[i - 1]! > positions[i]!))) sorted = false;
  }
  if (sorted) return { events, keys, byArticle: articleIndex(events) };
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  // Infinity - Infinity is NaN, falsy: undated events fall through to position
  index.sort((a, b) => keys[a]! - keys[b]! || positions[a]! - positions[b]! || a - b);
  const out = new Array<TimelineEvent>(n);
  const outKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = events[index[i]!]!;
    outKeys[i] = keys[index[i]!]!;
  }
  return { events: out, keys: outKeys, byArticle: articleIndex(out) };
}

function ordered(events: TimelineEvent[]): Ordered {
  const cached = orderedCache.get(events);
  if (cached && cached.events.length === events.length) return cached;
  const result = order(events);
  orderedCache.set(events, result);
  orderedCache.set(result.events, result);
  return result;
}

/** A sorted copy of the events (timeline order). */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  const result = ordered(events);
  if (result.events !== events) return result.events;
  const copy = events.slice();
  orderedCache.set(copy, { ...result, events: copy });
  return copy;
}

const BOUND = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseBound(bound: string): { y: number; m: number | null; d: number | null } {
  const m = BOUND.exec(bound);
  if (!m) throw new RangeError(`timeline: date bound must be YYYY, YYYY-MM or YYYY-MM-DD, got "${bound}"`);
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

/** First index whose key is >= (or > when `after`) the given key. */
function search(keys: Float64Array, key: number, after: boolean): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key || (after && keys[mid] === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "article#paragraph" keys as article -> paragraph numbers: no string building per event. */
function byArticle(keys: Set<string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const key of keys) {
    const hash = key.lastIndexOf('#');
    if (hash < 0) continue;
    const article = key.slice(0, hash);
    let set = out.get(article);
    if (!set) out.set(article, (set = new Set()));
    set.add(Number(key.slice(hash + 1)));
  }
  return out;
}

export function selectEvents(events: TimelineEvent[], filter: TimelineFilter = {}): TimelineEvent[] {
  const from = filter.from === undefined ? null : parseBound(filter.from);
  const to = filter.to === undefined ? null : parseBound(filter.to);
  const sortedOnce = ordered(events);
  const { events: sorted, keys } = sortedOnce;
  let lo = 0;
  let hi = sorted.length;
  /** Indexes past `hi` that still pass "to": the month and year that hold the bound (they sort after its days). */
  const containers: number[] = [];
  if (from || to) hi = search(keys, UNDATED, false); // undated events have no place in a range
  if (from) lo = search(keys, from.y * 10000 + (from.m ?? 0) * 100 + (from.d ?? 0), false);
  if (to) {
    const end = search(keys, to.y * 10000 + (to.m ?? 99) * 100 + (to.d ?? 99), true);
    const yearKey = to.y * 10000 + 9999;
    const monthKey = to.m === null ? -1 : to.y * 10000 + to.m * 100 + 99;
    for (let i = Math.max(end, lo); i < hi && keys[i]! <= yearKey; i++) if (keys[i] === monthKey || keys[i] === yearKey) containers.push(i);
    hi = Math.min(hi, end);
  }
  const inRange = (i: number) => (i >= lo && i < hi) || containers.includes(i);
  if (filter.paragraphs) {
    // only the events of the articles named: through the article index, not a scan of everything
    const places = byArticle(filter.paragraphs);
    const index = sortedOnce.byArticle;
    const picked = new Set<number>();
    for (const [article, paragraphs] of places) {
      for (const i of index.get(article) ?? []) {
        if (!picked.has(i) && inRange(i) && sorted[i]!.sources.some(s => s.article === article && paragraphs.has(s.paragraph))) picked.add(i);
      }
    }
    return [...picked].sort((a, b) => a - b).map(i => sorted[i]!);
  }
  const out = sorted.slice(lo, hi);
  for (const i of containers) out.push(sorted[i]!);
  if (!from && !to) orderedCache.set(out, { ...sortedOnce, events: out });
  return out;
}
