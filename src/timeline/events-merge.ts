/**
 * Events merged across articles: the same happening told by several articles (the same resolved date and precision,
 * and clauses that share their actors and their action) becomes one event with every place that tells it. A pass
 * after extraction over the whole corpus: events are bucketed by date and precision, candidates inside a bucket come
 * from an index of their words (not all pairs), groups by complete linkage (every member tells the same happening
 * as every other: no chains A~B~C); the event that leads a group and the
 * order of its places follow stable keys (article id, paragraph), so the groups and their text do not depend on the
 * order in which files were loaded. Undated events and events of one article only are left as they are.
 */
import { UnionFind } from '../union-find.ts';
import type { EventSource, TimelineEvent } from './types.ts';

const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for from by with about as into over after before than that this these those ' +
    'it its he she they we you i his her their our your him them us me my who whom whose which what when where ' +
    'why how is are was were be been being has have had do does did will would can could should may might must not ' +
    'no so if then there here also just only very more most some any all each both said says say told according ' +
    'mr mrs ms dr new one two three first last next week month year today yesterday tonight morning afternoon evening night ' +
    'late early earlier later monday tuesday wednesday thursday friday saturday sunday weekend time january february march ' +
    'april may june july august september october november december ago days weeks months years'
  ).split(' '),
);

/** Shared words needed, of which at least one name (an actor) and one other word (the action), and the share of the smaller clause. */
const MIN_SHARED = 3;
const MIN_OVERLAP = 0.5;
/** A word in more clauses of one day than this says nothing about which happening a clause tells. */
const MAX_POSTING = 60;

/** Interns the words of one merge: each written form is folded once, and clauses compare as sorted integer lists. */
class Lexicon {
  /** Written form -> (word id + 1) * 2 + 1 when capitalised; word id -1 for a word that says nothing. */
  private readonly tokens = new Map<string, number>();
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  private token(raw: string): number {
    let t = this.tokens.get(raw);
    if (t !== undefined) return t;
    const lower = raw.toLowerCase().replace(/['’]s$/, '');
    let id = -1;
    if (!(lower.length < 3 || STOPWORDS.has(lower) || /^\d+$/.test(lower))) {
      const w = lower.length > 4 ? lower.replace(/(?:ing|ed|es|s)$/, '') : lower;
      id = this.ids.get(w) ?? -1;
      if (id < 0) this.ids.set(w, (id = this.ids.size));
    }
    t = (id + 1) * 2 + (raw.charAt(0) !== raw.charAt(0).toLowerCase() ? 1 : 0);
    this.tokens.set(raw, t);
    return t;
  }

  /**
   * Content words of an event's clause, the date words taken out, into `out` as id * 2 + 1 for a name (a capitalised
   * word inside the clause), id * 2 otherwise; in clause order, repeats kept.
   */
  clauseWords(e: TimelineEvent, out: number[]): void {
    out.length = 0;
    const text = e.expression ? e.text.split(e.expression).join(' ') : e.text;
    let first = true;
    // Words as /[A-Za-z0-9\u00c0-\u024f\u0370-\u04ff]+(?:['\u2019][A-Za-z\u00c0-\u024f]+)*\/g finds them, scanned by hand.
    for (let i = 0; i < text.length; ) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      for (;;) {
        const c = text.charCodeAt(j);
        if ((c === 39 || c === 0x2019) && isLetterCode(text.charCodeAt(j + 1))) {
          j += 2;
          while (j < text.length && isLetterCode(text.charCodeAt(j))) j++;
        } else break;
      }
      const t = this.token(text.slice(i, j));
      i = j;
      const isFirst = first;
      first = false;
      const id = (t >> 1) - 1;
      if (id >= 0) out.push(id * 2 + (!isFirst && (t & 1) ? 1 : 0));
    }
  }
}

const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isWordCode = (c: number) => isLetterCode(c) || (c >= 48 && c <= 57) || (c >= 0x370 && c <= 0x4ff);

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The clauses of one bucket as flat arrays (no object per clause): the words of clause i are ids[start[i]] up to
 * ids[start[i + 1]], sorted and distinct, with a name flag each; 64 bits of word ids (id modulo 64) per clause bound
 * cheaply how many words two clauses can share.
 */
class Clauses {
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly names: Uint8Array;
  readonly named: Uint8Array;
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;

  constructor(bucket: readonly TimelineEvent[], lexicon: Lexicon) {
    const n = bucket.length;
    this.start = new Int32Array(n + 1);
    this.named = new Uint8Array(n);
    this.lo = new Int32Array(n);
    this.hi = new Int32Array(n);
    const ids: number[] = [];
    const names: number[] = [];
    const found: number[] = [];
    for (let i = 0; i < n; i++) {
      lexicon.clauseWords(bucket[i]!, found);
      // Sorted by word (insertion sort: a clause has a few words); a word is a name if any of its uses is one.
      for (let k = 1; k < found.length; k++) {
        const f = found[k]!;
        let m = k - 1;
        for (; m >= 0 && found[m]! > f; m--) found[m + 1] = found[m]!;
        found[m + 1] = f;
      }
      const from = ids.length;
      let lo = 0;
      let hi = 0;
      for (const f of found) {
        const id = f >> 1;
        if (ids.length > from && ids[ids.length - 1] === id) {
          names[names.length - 1] = names[names.length - 1]! | (f & 1);
          continue;
        }
        ids.push(id);
        names.push(f & 1);
        const bit = id & 63;
        if (bit < 32) lo |= 1 << bit;
        else hi |= 1 << (bit - 32);
      }
      for (let k = from; k < ids.length; k++) if (names[k]) this.named[i] = 1;
      this.lo[i] = lo;
      this.hi[i] = hi;
      this.start[i + 1] = ids.length;
    }
    this.ids = new Int32Array(ids);
    this.names = new Uint8Array(names);
  }

  /**
   * Do clauses a and b tell the same happening: enough shared words, an actor in common when both name one, and an
   * action. The share of the smaller clause's words they share when they do, else 0.
   */
  tellSame(a: number, b: number): number {
    const as = this.start[a]!;
    const ae = this.start[a + 1]!;
    const bs = this.start[b]!;
    const be = this.start[b + 1]!;
    const smaller = Math.min(ae - as, be - bs);
    // Each bit set in one clause only is a word the other lacks: too few left to share, and the clauses differ.
    const aOnly = popcount(this.lo[a]! & ~this.lo[b]!) + popcount(this.hi[a]! & ~this.hi[b]!);
    const bOnly = popcount(this.lo[b]! & ~this.lo[a]!) + popcount(this.hi[b]! & ~this.hi[a]!);
    const most = Math.min(ae - as - aOnly, be - bs - bOnly);
    if (most < MIN_SHARED || most / smaller < MIN_OVERLAP) return 0;
    const ids = this.ids;
    let shared = 0;
    let names = 0;
    for (let i = as, j = bs; i < ae && j < be; ) {
      const u = ids[i]!;
      const v = ids[j]!;
      if (u === v) {
        shared++;
        if (this.names[i] || this.names[j]) names++;
        i++;
        j++;
      } else if (u < v) i++;
      else j++;
    }
    if (this.named[a] && this.named[b] && names === 0) return 0; // different actors
    if (shared - names < 1) return 0; // no shared action
    return shared >= MIN_SHARED && shared / smaller >= MIN_OVERLAP ? shared / smaller : 0;
  }
}

/** Word id -> where its postings stand in a bucket; arrays kept across buckets, grown with the lexicon. */
class Postings {
  private count = new Int32Array(1024);
  private end = new Int32Array(1024);
  private list = new Int32Array(1024);
  private touched: number[] = [];

  /** The postings of a bucket's words: for each word, the clauses (ascending) that hold it. */
  fill(clauses: Clauses, lexicon: Lexicon): void {
    for (const id of this.touched) this.count[id] = 0;
    this.touched.length = 0;
    if (this.count.length < lexicon.size) {
      const size = Math.max(lexicon.size, this.count.length * 2);
      this.count = new Int32Array(size);
      this.end = new Int32Array(size);
    }
    for (const id of clauses.ids) if (this.count[id]!++ === 0) this.touched.push(id);
    if (this.list.length < clauses.ids.length) this.list = new Int32Array(Math.max(clauses.ids.length, this.list.length * 2));
    let at = 0;
    for (const id of this.touched) {
      this.end[id] = at;
      at += this.count[id]!;
    }
    const n = clauses.start.length - 1;
    for (let i = 0; i < n; i++) for (let k = clauses.start[i]!; k < clauses.start[i + 1]!; k++) this.list[this.end[clauses.ids[k]!]!++] = i;
  }

  size(id: number): number {
    return this.count[id]!;
  }

  /** Where the postings of a word end (exclusive) in `at`; they start size(id) before. */
  endOf(id: number): number {
    return this.end[id]!;
  }

  at(k: number): number {
    return this.list[k]!;
  }
}

const placeKey = (s: EventSource | undefined) => (s ? `${s.article}\u0000${String(s.paragraph).padStart(8, '0')}` : '');

/** Stable order of events: the first place (article id, then paragraph; none first), then the clause. */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const sa = a.sources[0];
  const sb = b.sources[0];
  if (sa !== sb) {
    if (!sa) return -1;
    if (!sb) return 1;
    if (sa.article !== sb.article) return sa.article < sb.article ? -1 : 1;
    if (sa.paragraph !== sb.paragraph) return sa.paragraph - sb.paragraph;
  }
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** The one article an event is told in, or null when it has places in several. */
function articleOf(e: TimelineEvent): string | null {
  const a = e.sources[0]?.article ?? '';
  return e.sources.every((s) => s.article === a) ? a : null;
}

function sharesArticle(a: TimelineEvent, b: TimelineEvent): boolean {
  const mine = new Set(a.sources.map((s) => s.article));
  return b.sources.some((s) => mine.has(s.article));
}

/** The events with those of several articles that tell the same happening merged; `merged` counts the events folded away. */
export function mergeAcrossArticles(events: TimelineEvent[]): { events: TimelineEvent[]; merged: number } {
  const buckets = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (e.date === null) continue;
    const k = `${e.date}|${e.precision}`;
    const list = buckets.get(k);
    if (list) list.push(e);
    else buckets.set(k, [e]);
  }
  const replaced = new Map<TimelineEvent, TimelineEvent | null>();
  let merged = 0;
  const lexicon = new Lexicon();
  const postings = new Postings();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort(compareEvents);
    const groups = groupBucket(bucket, lexicon, postings);
    for (const group of groups) {
      if (group.length < 2) continue;
      const lead = leadOf(group);
      const sources: EventSource[] = [...lead.sources];
      const seen = new Set(sources.map(placeKey));
      const rest = group.filter(e => e !== lead).flatMap(e => e.sources).map(s => ({ s, k: placeKey(s) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
      for (const { s, k } of rest) {
        if (!seen.has(k)) {
          seen.add(k);
          sources.push(s);
        }
      }
      const event: TimelineEvent = { ...lead, sources };
      for (const e of group) replaced.set(e, e === lead ? event : null);
      merged += group.length - 1;
    }
  }
  if (merged === 0) return { events, merged };
  const out: TimelineEvent[] = [];
  for (const e of events) {
    const r = replaced.get(e);
    if (r === undefined) out.push(e);
    else if (r !== null) out.push(r);
  }
  return { events: out, merged };
}

/** The event that leads a group: the one told by the most places, then the fullest clause, then the first place. */
function leadOf(group: TimelineEvent[]): TimelineEvent {
  let best = group[0]!;
  for (const e of group.slice(1)) {
    if (e.sources.length !== best.sources.length ? e.sources.length > best.sources.length : e.text.length !== best.text.length ? e.text.length > best.text.length : compareEvents(e, best) < 0) best = e;
  }
  return best;
}

/**
 * Groups of one bucket (same date and precision), in stable order. Complete linkage: two groups join only when every
 * event of one tells the same happening as every event of the other, so a clause that shares words with two different
 * happenings (A~B, B~C) cannot chain them into one (A and C apart unless A~C). Pairs join best match first (share of
 * words, then stable order), so the groups do not depend on the order of loading.
 */
function groupBucket(bucket: TimelineEvent[], lexicon: Lexicon, postings: Postings): TimelineEvent[][] {
  const n = bucket.length;
  const clauses = new Clauses(bucket, lexicon);
  const arts = bucket.map(articleOf);
  // Events of one article were merged by the article's own pass; only other articles join here.
  const apart = (i: number, j: number) => {
    const ai = arts[i];
    const aj = arts[j];
    return ai !== null && aj !== null ? ai === aj : sharesArticle(bucket[i]!, bucket[j]!);
  };
  postings.fill(clauses, lexicon);
  const links: Array<{ i: number; j: number; score: number }> = [];
  // Each pair once, from its first event: the later events of the postings (ascending), each marked for this event.
  const seenBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    // Every word short of the commonest: a paraphrase shares its actors and action, not its rarest words.
    for (let k = clauses.start[i]!; k < clauses.start[i + 1]!; k++) {
      const id = clauses.ids[k]!;
      const size = postings.size(id);
      if (size > MAX_POSTING) continue;
      const end = postings.endOf(id);
      for (let m = end - 1; m >= end - size; m--) {
        const j = postings.at(m);
        if (j <= i) break;
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (apart(i, j)) continue;
        const score = clauses.tellSame(i, j);
        if (score > 0) links.push({ i, j, score });
      }
    }
  }
  links.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const sets = new UnionFind(n);
  const members = new Map<number, number[]>();
  const of = (r: number) => members.get(r) ?? [r];
  for (const { i, j } of links) {
    const ri = sets.find(i);
    const rj = sets.find(j);
    if (ri === rj) continue;
    const gi = of(ri);
    const gj = of(rj);
    if (gi.length > 1 || gj.length > 1) {
      let all = true;
      for (const a of gi) {
        for (const b of gj) if (apart(a, b) || clauses.tellSame(a, b) === 0) {
          all = false;
          break;
        }
        if (!all) break;
      }
      if (!all) continue;
    }
    sets.union(ri, rj);
    const r = sets.find(ri);
    members.delete(ri);
    members.delete(rj);
    members.set(r, [...gi, ...gj]);
  }
  const groups = new Map<number, TimelineEvent[]>();
  bucket.forEach((e, i) => {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  });
  return [...groups.values()];
}
