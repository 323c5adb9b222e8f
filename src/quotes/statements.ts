/**
 * Statements: the quotes of the whole corpus grouped so that one statement of one speaker is one item, wherever and
 * however often it is reported. A pass after extraction, over every article at once:
 *
 * - wordings of one speaker that are nearly the same words in the same order ("I've ever heard, but" / "I have ever
 *   heard but", an inserted "(Foreign Minister Jane Roe)") are peers and join when every wording of the group relates
 *   to every other (complete linkage: a wording close to two statements joins one, never chains both);
 * - a shorter fragment of a longer wording ("pretty close" inside the full sentence) then joins the one statement it
 *   is part of, never two: a fragment cannot bridge two different statements;
 * - an indirect report joins a direct wording only when the direct words carry most of what it reports (the clause
 *   around a quoted sentence, a paraphrase of the same words); an indirect never becomes the canonical text.
 * Within one article only near-identical wordings and a report around its own quote join: an article that quotes a
 * post piecemeal and then in full reports each piece where it stands.
 *
 * Candidates come from an index of each speaker's words (the rarest words of a quote point at the quotes that can hold
 * it), never all pairs; every choice falls back on stable keys (article id, paragraph, offset), so the groups do not
 * depend on the order in which files were loaded.
 */
import { UnionFind } from '../union-find.ts';
import { isStopword } from './search-text.ts';
import type { Quote } from './types.ts';

/** Share of the shorter wording's words found, in order, in the longer one. */
const CONTAINED = 0.8;
/** Share of the shorter wording's content words that the longer one must hold. */
const CONTENT_CONTAINED = 0.9;
/** Peers: the shorter wording is at least this share of the longer one (else it is a fragment of it). */
const PEER_LENGTH = 0.6;
/** Within one article, peers must be this close in length (the same words quoted twice). */
const SAME_ARTICLE_LENGTH = 0.8;
/** An indirect report joins a wording that carries this share of its content words (and at least MIN_SHARED). */
const REPORT_COVERED = 0.6;
const MIN_SHARED = 3;
/** Rarest words of a quote used to find its candidates, and the longest posting list read. */
const PROBES = 3;
const MAX_POSTING = 2000;

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan['’]t\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’]ve\b/g, ' have'],
  [/['’]re\b/g, ' are'],
  [/['’]m\b/g, ' am'],
  [/['’]ll\b/g, ' will'],
  [/['’]d\b/g, ' would'],
  [/\b(it|that|he|she|what|there|here|who|where)['’]s\b/g, '$1 is'],
];

/** The words of a wording, folded so that spelling variants compare equal: case, contractions, "&", bracketed insertions. */
export function wordingTokens(text: string): string[] {
  let t = text.toLowerCase().replace(/\([^()]*\)|\[[^\][]*\]/g, ' ').replace(/&/g, ' and ');
  if (/['’]/.test(t)) for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  const out: string[] = [];
  for (const m of t.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const w = m[0];
    out.push(w.includes("'") || w.includes('’') ? w.replace(/['’]s$/, '').replace(/['’]/g, '') : w);
  }
  return out;
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) cur[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Does `short` stand, word for word and contiguous, inside `long`? */
function contiguous(short: Int32Array, long: Int32Array): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** A wording as word ids: each distinct word is folded and classed once per grouping. */
class Lexicon {
  readonly words: string[] = [];
  readonly stop: boolean[] = [];
  private readonly ids = new Map<string, number>();
  private readonly wordings = new Map<string, Int32Array>();

  /** The word ids of a wording (wordingTokens); a wording repeated word for word (wire copy) is read once. */
  wording(text: string): Int32Array {
    let ids = this.wordings.get(text);
    if (ids) return ids;
    const words = wordingTokens(text);
    ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) ids[k] = this.id(words[k]!);
    this.wordings.set(text, ids);
    return ids;
  }

  id(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(w, id);
      this.words.push(w);
      this.stop.push(isStopword(w));
    }
    return id;
  }
}

interface Info {
  index: number;
  q: Quote;
  /** Word ids of the folded wording. */
  tokens: Int32Array;
  /** Content word ids in order (repeats kept), or every word when the wording has no content word. */
  content: Int32Array;
  /** The distinct content words. */
  contentSet: Set<number>;
  /** 64 bits of the content words (id modulo 64, two halves): a bit set here and not in another wording is a word it lacks. */
  lo: number;
  hi: number;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** At least how many distinct content words of `a` are missing from `b`. */
const lacking = (a: Info, b: Info) => popcount(a.lo & ~b.lo) + popcount(a.hi & ~b.hi);

function infoOf(index: number, q: Quote, lexicon: Lexicon): Info {
  const tokens = lexicon.wording(q.quote);
  const content = tokens.filter((t) => !lexicon.stop[t]);
  const c = content.length ? content : tokens;
  let lo = 0;
  let hi = 0;
  for (const w of c) {
    const bit = w & 63;
    if (bit < 32) lo |= 1 << bit;
    else hi |= 1 << (bit - 32);
  }
  return { index, q, tokens, content: c, contentSet: new Set(c), lo, hi };
}

/** Stable order of places: article id, paragraph, offset, kind. */
export function compareQuotes(a: Quote, b: Quote): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.paragraph - b.paragraph || a.start - b.start || a.kind.localeCompare(b.kind);
}

/** Which wording leads a statement: a direct wording or post before a report, then the most complete, then the first place. */
function better(a: Info, b: Info): boolean {
  const ai = a.q.kind === 'indirect' ? 1 : 0;
  const bi = b.q.kind === 'indirect' ? 1 : 0;
  if (ai !== bi) return ai < bi;
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length;
  // The same words: the wording without inserted brackets or spelled-out contractions.
  if (a.q.quote.length !== b.q.quote.length) return a.q.quote.length < b.q.quote.length;
  return compareQuotes(a.q, b.q) < 0;
}

type Relation = 'peer' | 'fragment' | 'report' | null;
const none: { rel: Relation; score: number } = Object.freeze({ rel: null, score: 0 });

/** Does a wording hold any of these words? */
function holdsAny(info: Info, words: readonly number[]): boolean {
  for (const w of words) if (info.contentSet.has(w)) return true;
  return false;
}

/** How `a` relates to `b` (a shorter or equal wording, or a report, to a longer one): null when they are different statements. */
function relate(a: Info, b: Info): { rel: Relation; score: number } {
  const sameArticle = a.q.article === b.q.article;
  const aInd = a.q.kind === 'indirect';
  const bInd = b.q.kind === 'indirect';
  if (aInd !== bInd) {
    // A report and a wording: the wording must carry most of the report's content words.
    const rep = aInd ? a : b;
    const word = aInd ? b : a;
    if (sameArticle && !(rep.q.paragraph === word.q.paragraph && word.q.start >= rep.q.start && word.q.end <= rep.q.end)) return none;
    const size = rep.contentSet.size;
    if (size < 2 || (size - lacking(rep, word)) / size < REPORT_COVERED) return none;
    let shared = 0;
    let missed = 0;
    for (const w of rep.contentSet) {
      if (word.contentSet.has(w)) shared++;
      else if ((size - ++missed) / size < REPORT_COVERED) return none;
    }
    const cover = shared / size;
    return cover >= REPORT_COVERED && shared >= Math.min(MIN_SHARED, size) ? { rel: 'report', score: cover } : none;
  }
  const s = a.tokens.length <= b.tokens.length ? a : b;
  const l = s === a ? b : a;
  if (s.tokens.length === 0) return none;
  const ratio = s.tokens.length / l.tokens.length;
  if (s.tokens.length <= 3) {
    // Short fragments only word for word, with a content word; a single word joins only the same single word.
    if (s.content.length === 0 || !contiguous(s.tokens, l.tokens)) return none;
    if (s.tokens.length === 1 && l.tokens.length !== 1) return none;
  }
  // Nearly every content word of the shorter wording must be in the longer: two statements cut from one mould
  // ("the worst budget I've seen" / "the worst bridge I've seen") differ exactly there.
  const need = CONTENT_CONTAINED * s.content.length;
  if (s.content.length - lacking(s, l) < need) return none;
  let missed = 0;
  for (const w of s.content) if (!l.contentSet.has(w) && s.content.length - ++missed < need) return none;
  const common = lcs(s.tokens, l.tokens);
  const contained = common / s.tokens.length;
  if (contained < CONTAINED) return none;
  if (sameArticle) return ratio >= SAME_ARTICLE_LENGTH ? { rel: 'peer', score: contained } : none;
  return { rel: ratio >= PEER_LENGTH ? 'peer' : 'fragment', score: contained };
}

/**
 * For each quote (by index), the index of the canonical quote of its statement. Quotes without a speaker are each
 * their own statement.
 */
export function groupStatements(quotes: readonly Quote[]): number[] {
  const bySpeaker = new Map<string, Info[]>();
  const lexicon = new Lexicon();
  const empty = new Int32Array(0);
  const infos: Info[] = quotes.map((q, index) => {
    // A quote without a speaker is a statement of its own: its words are never compared.
    if (q.speaker === null) return { index, q, tokens: empty, content: empty, contentSet: new Set(), lo: 0, hi: 0 };
    const info = infoOf(index, q, lexicon);
    const list = bySpeaker.get(q.speaker);
    if (list) list.push(info);
    else bySpeaker.set(q.speaker, [info]);
    return info;
  });
  const uf = new UnionFind(quotes.length);
  for (const list of bySpeaker.values()) if (list.length > 1) groupSpeaker(list, uf, lexicon);
  // The canonical quote of each group.
  const best = new Map<number, Info>();
  for (const info of infos) {
    const r = uf.find(info.index);
    const cur = best.get(r);
    if (!cur || better(info, cur)) best.set(r, info);
  }
  return infos.map(info => best.get(uf.find(info.index))!.index);
}

/**
 * Peers join by complete linkage: two groups join only when every wording of one relates to every wording of the
 * other, so a middle-length wording close to two different statements (A~B, B~C) cannot chain them (A and C stay
 * apart unless A~C). Best match first (containment, then stable order), so nothing depends on the order of loading.
 */
function joinPeers(list: Info[], links: Array<{ a: number; b: number; rel: Exclude<Relation, null>; score: number }>, uf: UnionFind): void {
  const peers = links.filter((l) => l.rel === 'peer').sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  // Members by group, as positions in `list`; a group's key is the union-find root of its quotes.
  const members = new Map<number, number[]>();
  const of = (k: number) => members.get(uf.find(list[k]!.index)) ?? [k];
  for (const { a, b } of peers) {
    const ra = uf.find(list[a]!.index);
    const rb = uf.find(list[b]!.index);
    if (ra === rb) continue;
    const ga = of(a);
    const gb = of(b);
    if (ga.length > 1 || gb.length > 1) {
      const all = ga.every((x) => gb.every((y) => relate(list[Math.min(x, y)]!, list[Math.max(x, y)]!).rel !== null));
      if (!all) continue;
    }
    uf.union(ra, rb);
    members.delete(ra);
    members.delete(rb);
    members.set(uf.find(ra), [...ga, ...gb]);
  }
}

function groupSpeaker(list: Info[], uf: UnionFind, lexicon: Lexicon): void {
  // Stable order first: nothing below depends on the order of loading.
  list.sort((a, b) => compareQuotes(a.q, b.q));
  const postings = new Map<number, number[]>();
  list.forEach((info, i) => {
    for (const w of info.contentSet) {
      const p = postings.get(w);
      if (p) p.push(i);
      else postings.set(w, [i]);
    }
  });
  const words = lexicon.words;
  // The rarest words of each quote (fewest quotes of this speaker, then alphabetical) and those of them read at all.
  const probes = list.map((info) =>
    [...info.contentSet]
      .map((w) => ({ w, n: postings.get(w)!.length }))
      .sort((x, y) => x.n - y.n || (words[x.w]! < words[y.w]! ? -1 : words[x.w]! > words[y.w]! ? 1 : 0))
      .slice(0, PROBES)
      .filter((x) => x.n <= MAX_POSTING)
      .map((x) => x.w),
  );
  const links: Array<{ a: number; b: number; rel: Exclude<Relation, null>; score: number }> = [];
  // Each pair is compared once, by the first quote (in stable order) whose probes reach the other: an earlier quote
  // whose probe words this one holds has already compared the two.
  const seenBy = new Int32Array(list.length).fill(-1);
  list.forEach((info, i) => {
    for (const w of probes[i]!) {
      for (const j of postings.get(w)!) {
        if (j === i || seenBy[j] === i) continue;
        seenBy[j] = i;
        if (j < i && holdsAny(info, probes[j]!)) continue; // compared when j was
        const { rel, score } = relate(info, list[j]!);
        if (rel) links.push({ a: Math.min(i, j), b: Math.max(i, j), rel, score });
      }
    }
  });
  // Peers first (same wording, any number of places), then each fragment or report joins one statement: its best target.
  joinPeers(list, links, uf);
  const attach = (rel: 'fragment' | 'report') => {
    const target = new Map<number, { to: number; score: number; len: number }>();
    for (const l of links) {
      if (l.rel !== rel) continue;
      let from: number;
      let to: number;
      if (rel === 'report') [from, to] = list[l.a]!.q.kind === 'indirect' ? [l.a, l.b] : [l.b, l.a];
      else [from, to] = list[l.a]!.tokens.length < list[l.b]!.tokens.length ? [l.a, l.b] : [l.b, l.a];
      const root = uf.find(list[from]!.index);
      const len = list[to]!.tokens.length;
      const cur = target.get(root);
      // Best containment, then the longer wording, then the first place (lower index in stable order).
      if (!cur || l.score > cur.score || (l.score === cur.score && (len > cur.len || (len === cur.len && to < cur.to)))) target.set(root, { to, score: l.score, len });
    }
    // Unions in a stable order of the groups that attach.
    for (const [root, t] of [...target].sort((x, y) => x[0] - y[0])) uf.union(root, list[t.to]!.index);
  };
  attach('fragment');
  attach('report');
}
