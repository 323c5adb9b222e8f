/**
 * Events merged across articles: the same happening told by several articles (the same resolved date and precision,
 * and clauses that share their actors and their action) becomes one event with every place that tells it. A pass
 * after extraction over the whole corpus: events are bucketed by date and precision, candidates inside a bucket come
 * from an index of their words (not all pairs), groups from union-find; the event that leads a group and the
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

/** An event's clause as word ids (sorted, distinct), with a flag per word for names, and whether it names anyone. */
interface Words {
  ids: Int32Array;
  names: Uint8Array;
  named: boolean;
  /** Bits of the word ids (signature()): a cheap bound on the words two clauses share. */
  sig: [number, number];
}

/** A written word's id (-1 when it says nothing: short, a stopword, a number) and whether it is capitalised. */
interface Token {
  id: number;
  cap: boolean;
}

/** Interns the words of one merge: each written form is folded once, and clauses compare as sorted integer lists. */
class Lexicon {
  private readonly tokens = new Map<string, Token>();
  private readonly ids = new Map<string, number>();

  token(raw: string): Token {
    let t = this.tokens.get(raw);
    if (t) return t;
    const lower = raw.toLowerCase().replace(/['’]s$/, '');
    let id = -1;
    if (!(lower.length < 3 || STOPWORDS.has(lower) || /^\d+$/.test(lower))) {
      const w = lower.length > 4 ? lower.replace(/(?:ing|ed|es|s)$/, '') : lower;
      id = this.ids.get(w) ?? -1;
      if (id < 0) this.ids.set(w, (id = this.ids.size));
    }
    t = { id, cap: raw.charAt(0) !== raw.charAt(0).toLowerCase() };
    this.tokens.set(raw, t);
    return t;
  }

  private readonly clauses = new Map<string, Map<string, Words>>();

  /** Content words of an event's clause, the date words taken out; capitalised words inside the clause count as names. */
  clauseWords(e: TimelineEvent): Words {
    // Wire copies and retellings repeat clauses word for word: each is read once.
    let byExpression = this.clauses.get(e.text);
    const known = byExpression?.get(e.expression);
    if (known) return known;
    const text = e.expression ? e.text.split(e.expression).join(' ') : e.text;
    const found: number[] = [];
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
      if (t.id >= 0) found.push(t.id * 2 + (!isFirst && t.cap ? 1 : 0));
    }
    // Sorted by word (insertion sort: a clause has a few words), a name flag on any use of the word as a name.
    for (let k = 1; k < found.length; k++) {
      const f = found[k]!;
      let m = k - 1;
      for (; m >= 0 && found[m]! > f; m--) found[m + 1] = found[m]!;
      found[m + 1] = f;
    }
    const ids: number[] = [];
    const flags: number[] = [];
    for (const f of found) {
      const id = f >> 1;
      const last = ids.length - 1;
      if (last >= 0 && ids[last] === id) flags[last] = flags[last]! | (f & 1);
      else {
        ids.push(id);
        flags.push(f & 1);
      }
    }
    const words: Words = { ids: new Int32Array(ids), names: new Uint8Array(flags), named: flags.includes(1), sig: signature(ids) };
    if (!byExpression) this.clauses.set(e.text, (byExpression = new Map()));
    byExpression.set(e.expression, words);
    return words;
  }
}

const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
const isWordCode = (c: number) => isLetterCode(c) || (c >= 48 && c <= 57) || (c >= 0x370 && c <= 0x4ff);

/** 64 bits (two 32-bit halves), one per word id modulo 64: words of one clause missing from another show as bits. */
function signature(ids: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const id of ids) {
    const b = id & 63;
    if (b < 32) lo |= 1 << b;
    else hi |= 1 << (b - 32);
  }
  return [lo, hi];
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Do two clauses tell the same happening: enough shared words, an actor in common when both name one, and an action. */
function tellSame(a: Words, b: Words): boolean {
  // Each bit set in one clause only is a word the other lacks: too few left to share, and the clauses differ.
  const x = a.ids;
  const y = b.ids;
  const aOnly = popcount(a.sig[0] & ~b.sig[0]) + popcount(a.sig[1] & ~b.sig[1]);
  const bOnly = popcount(b.sig[0] & ~a.sig[0]) + popcount(b.sig[1] & ~a.sig[1]);
  const most = Math.min(x.length - aOnly, y.length - bOnly);
  if (most < MIN_SHARED || most / Math.min(x.length, y.length) < MIN_OVERLAP) return false;
  let shared = 0;
  let names = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const u = x[i]!;
    const v = y[j]!;
    if (u === v) {
      shared++;
      if (a.names[i] || b.names[j]) names++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  if (a.named && b.named && names === 0) return false; // different actors
  if (shared - names < 1) return false; // no shared action
  return shared >= MIN_SHARED && shared / Math.min(x.length, y.length) >= MIN_OVERLAP;
}

const placeKey = (s: EventSource | undefined) => (s ? `${s.article}\u0000${String(s.paragraph).padStart(8, '0')}` : '');

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const ka = placeKey(a.sources[0]);
  const kb = placeKey(b.sources[0]);
  return ka < kb ? -1 : ka > kb ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
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
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const keys = new Map(bucket.map((e) => [e, `${placeKey(e.sources[0])}\u0000${e.text}`]));
    bucket.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0));
    const groups = groupBucket(bucket, lexicon);
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

/** Groups of one bucket (same date and precision), in stable order. */
function groupBucket(bucket: TimelineEvent[], lexicon: Lexicon): TimelineEvent[][] {
  const n = bucket.length;
  const words = bucket.map((e) => lexicon.clauseWords(e));
  const arts = bucket.map(articleOf);
  const postings = new Map<number, number[]>();
  words.forEach((w, i) => {
    for (const x of w.ids) {
      const p = postings.get(x);
      if (p) p.push(i);
      else postings.set(x, [i]);
    }
  });
  const sets = new UnionFind(n);
  // Each pair once, from its first event: the later events of the postings (ascending), each marked for this event.
  const seenBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    // Every word short of the commonest: a paraphrase shares its actors and action, not its rarest words.
    for (const x of w.ids) {
      const p = postings.get(x)!;
      if (p.length > MAX_POSTING) continue;
      for (let k = p.length - 1; k >= 0; k--) {
        const j = p[k]!;
        if (j <= i) break;
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        // Events of one article were merged by the article's own pass; only other articles join here.
        const ai = arts[i];
        const aj = arts[j];
        if (ai !== null && aj !== null ? ai === aj : sharesArticle(bucket[i]!, bucket[j]!)) continue;
        if (!tellSame(w, words[j]!)) continue;
        sets.union(i, j);
      }
    }
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
