/**
 * Timeline order and filters. Order: by date; within one period the coarser precision comes after the finer
 * (2017-07 after 2017-07-31, 2017 after 2017-12); then by position (article order, paragraph, offset); undated
 * (relative) events last, by position. Bounds "from"/"to" are inclusive and compared by period, so an event of
 * 2017-07 is inside from=2017-07-15 and a day of July is inside to=2017-07.
 *
 * Speed: an array is ordered once and remembered (with its numeric date keys); a range is then two binary searches,
 * and the paragraph filter a union of the (short) lists of event indexes of each "article#paragraph" asked for,
 * built once per ordered array: never a scan of every event.
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
  /** Where each event is told -> its indexes (made with the order, once per corpus). */
  byParagraph: ParagraphIndex;
}

/** Article id -> paragraph number -> indexes (ascending) of the events told there (no string built per event). */
type ParagraphIndex = Map<string, Map<number, number[]>>;

function paragraphIndex(events: TimelineEvent[]): ParagraphIndex {
  const index: ParagraphIndex = new Map();
  for (let i = 0; i < events.length; i++) {
    for (const source of events[i]!.sources) {
      let paragraphs = index.get(source.article);
      if (!paragraphs) index.set(source.article, (paragraphs = new Map()));
      const list = paragraphs.get(source.paragraph);
      if (!list) paragraphs.set(source.paragraph, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  return index;
}

/** The events told in one "article#paragraph". */
function eventsAt(index: ParagraphIndex, key: string): number[] | undefined {
  const hash = key.lastIndexOf('#');
  if (hash < 0) return undefined;
  return index.get(key.slice(0, hash))?.get(Number(key.slice(hash + 1)));
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
  if (sorted) return { events, keys, byParagraph: paragraphIndex(events) };
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
  return { events: out, keys: outKeys, byParagraph: paragraphIndex(out) };
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

/** The events that pass the filter, in timeline order. */
export function selectEvents(events: TimelineEvent[], filter: TimelineFilter = {}): TimelineEvent[] {
  const sortedOnce = ordered(events);
  const { events: sorted } = sortedOnce;
  const picked = selectIndexes(sortedOnce, filter);
  if (picked.kind === 'range') {
    const out = sorted.slice(picked.lo, picked.hi);
    for (const i of picked.extra) out.push(sorted[i]!);
    if (!filter.from && !filter.to) orderedCache.set(out, { ...sortedOnce, events: out });
    return out;
  }
  const out = new Array<TimelineEvent>(picked.indexes.length);
  for (let i = 0; i < picked.indexes.length; i++) out[i] = sorted[picked.indexes[i]!]!;
  return out;
}

/** How many events pass the filter, and a page of them (`offset`, at most `limit`), without copying the others. */
export function selectPage(events: TimelineEvent[], filter: TimelineFilter, offset: number, limit: number): { total: number; events: TimelineEvent[] } {
  const sortedOnce = ordered(events);
  const { events: sorted } = sortedOnce;
  const picked = selectIndexes(sortedOnce, filter);
  const out: TimelineEvent[] = [];
  if (picked.kind === 'range') {
    const inRange = picked.hi - picked.lo;
    const total = inRange + picked.extra.length;
    for (let k = offset; k < total && out.length < limit; k++) out.push(k < inRange ? sorted[picked.lo + k]! : sorted[picked.extra[k - inRange]!]!);
    return { total, events: out };
  }
  const { indexes } = picked;
  for (let k = offset; k < indexes.length && out.length < limit; k++) out.push(sorted[indexes[k]!]!);
  return { total: indexes.length, events: out };
}

type Picked = { kind: 'range'; lo: number; hi: number; extra: number[] } | { kind: 'indexes'; indexes: Int32Array };

function selectIndexes(sortedOnce: Ordered, filter: TimelineFilter): Picked {
  const from = filter.from === undefined ? null : parseBound(filter.from);
  const to = filter.to === undefined ? null : parseBound(filter.to);
  const { keys } = sortedOnce;
  let lo = 0;
  let hi = keys.length;
  /** Indexes past `hi` that still pass "to": the month and year that hold the bound (they sort after its days). */
  const containers: number[] = [];
  let containerFrom = hi;
  let containerTo = hi;
  let monthKey = -1;
  let yearKey = -1;
  if (from || to) hi = search(keys, UNDATED, false); // undated events have no place in a range
  if (from) lo = search(keys, from.y * 10000 + (from.m ?? 0) * 100 + (from.d ?? 0), false);
  if (to) {
    const end = search(keys, to.y * 10000 + (to.m ?? 99) * 100 + (to.d ?? 99), true);
    yearKey = to.y * 10000 + 9999;
    monthKey = to.m === null ? -1 : to.y * 10000 + to.m * 100 + 99;
    containerFrom = Math.max(end, lo);
    containerTo = containerFrom;
    for (let i = containerFrom; i < hi && keys[i]! <= yearKey; i++) {
      containerTo = i + 1;
      if (keys[i] === monthKey || keys[i] === yearKey) containers.push(i);
    }
    hi = Math.min(hi, end);
  }
  if (!filter.paragraphs && !filter.places) return { kind: 'range', lo, hi: Math.max(lo, hi), extra: containers };
  const inRange = (i: number) => (i >= lo && i < hi) || (i >= containerFrom && i < containerTo && (keys[i] === monthKey || keys[i] === yearKey));
  const index = sortedOnce.byParagraph;
  const lists: number[][] = [];
  let size = 0;
  for (const key of filter.paragraphs ?? []) {
    const list = eventsAt(index, key);
    if (list) {
      lists.push(list);
      size += list.length;
    }
  }
  for (const place of filter.places ?? []) {
    const list = index.get(place.article)?.get(place.paragraph);
    if (list) {
      lists.push(list);
      size += list.length;
    }
  }
  if (size * 16 > keys.length) {
    // many paragraphs: mark, then read the marks in order
    const mark = new Uint8Array(keys.length);
    for (const list of lists) for (const i of list) if (inRange(i)) mark[i] = 1;
    const out: number[] = [];
    for (let i = 0; i < mark.length; i++) if (mark[i]) out.push(i);
    return { kind: 'indexes', indexes: Int32Array.from(out) };
  }
  const all = new Int32Array(size);
  let n = 0;
  for (const list of lists) for (const i of list) if (inRange(i)) all[n++] = i;
  const sortedIdx = all.subarray(0, n).sort();
  let w = 0;
  for (let r = 0; r < sortedIdx.length; r++) if (r === 0 || sortedIdx[r] !== sortedIdx[r - 1]) sortedIdx[w++] = sortedIdx[r]!;
  return { kind: 'indexes', indexes: sortedIdx.slice(0, w) };
}
