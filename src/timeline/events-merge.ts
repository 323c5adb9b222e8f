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

interface Words {
  all: Set<string>;
  names: Set<string>;
}

/** Content words of an event's clause, the date words taken out; capitalised words inside the clause count as names. */
function clauseWords(e: TimelineEvent): Words {
  const text = e.expression ? e.text.split(e.expression).join(' ') : e.text;
  const all = new Set<string>();
  const names = new Set<string>();
  let first = true;
  for (const m of text.matchAll(/[A-Za-z0-9\u00c0-\u024f\u0370-\u04ff]+(?:['\u2019][A-Za-z\u00c0-\u024f]+)*/g)) {
    const raw = m[0];
    const lower = raw.toLowerCase().replace(/['’]s$/, '');
    const isFirst = first;
    first = false;
    if (lower.length < 3 || STOPWORDS.has(lower) || /^\d+$/.test(lower)) continue;
    const w = lower.length > 4 ? lower.replace(/(?:ing|ed|es|s)$/, '') : lower;
    all.add(w);
    if (!isFirst && raw.charAt(0) !== raw.charAt(0).toLowerCase()) names.add(w);
  }
  return { all, names };
}

function tellSame(a: Words, b: Words): boolean {
  let shared = 0;
  let names = 0;
  for (const w of a.all) {
    if (!b.all.has(w)) continue;
    shared++;
    if (a.names.has(w) || b.names.has(w)) names++;
  }
  const bothNamed = a.names.size > 0 && b.names.size > 0;
  if (bothNamed && names === 0) return false; // different actors
  if (shared - names < 1) return false; // no shared action
  return shared >= MIN_SHARED && shared / Math.min(a.all.size, b.all.size) >= MIN_OVERLAP;
}

const placeKey = (s: EventSource | undefined) => (s ? `${s.article}\u0000${String(s.paragraph).padStart(8, '0')}` : '');

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const ka = placeKey(a.sources[0]);
  const kb = placeKey(b.sources[0]);
  return ka < kb ? -1 : ka > kb ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

function sharesArticle(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function articlesOf(e: TimelineEvent): Set<string> {
  return new Set(e.sources.map(s => s.article));
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
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const keys = new Map(bucket.map((e) => [e, `${placeKey(e.sources[0])}\u0000${e.text}`]));
    bucket.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0));
    const groups = groupBucket(bucket);
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
function groupBucket(bucket: TimelineEvent[]): TimelineEvent[][] {
  const words = bucket.map(clauseWords);
  const arts = bucket.map(articlesOf);
  const postings = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const x of w.all) {
      const p = postings.get(x);
      if (p) p.push(i);
      else postings.set(x, [i]);
    }
  });
  const sets = new UnionFind(bucket.length);
  const n = bucket.length;
  const tried = new Set<number>();
  words.forEach((w, i) => {
    // Every word short of the commonest: a paraphrase shares its actors and action, not its rarest words.
    for (const x of w.all) {
      const p = postings.get(x)!;
      if (p.length > MAX_POSTING) continue;
      for (const j of p) {
        if (j === i) continue;
        const pair = Math.min(i, j) * n + Math.max(i, j);
        if (tried.has(pair)) continue;
        tried.add(pair);
        // Events of one article were merged by the article's own pass; only other articles join here.
        if (sharesArticle(arts[i]!, arts[j]!)) continue;
        if (!tellSame(w, words[j]!)) continue;
        sets.union(i, j);
      }
    }
  });
  const groups = new Map<number, TimelineEvent[]>();
  bucket.forEach((e, i) => {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  });
  return [...groups.values()];
}
