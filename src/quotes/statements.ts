/**
 * Statements: the quotes of the whole corpus grouped so that one statement of one speaker is one item, wherever and
 * however often it is reported. A pass after extraction, over every article at once:
 *
 * - wordings of one speaker that are nearly the same words in the same order ("I've ever heard, but" / "I have ever
 *   heard but", an inserted "(Foreign Minister Jane Roe)") are peers and join (union-find);
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
  for (const m of t.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) out.push(m[0].replace(/['’]s$/, '').replace(/['’]/g, ''));
  return out;
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: string[], b: string[]): number {
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
function contiguous(short: string[], long: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

interface Info {
  index: number;
  q: Quote;
  tokens: string[];
  content: string[];
  key: string;
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

/** How `a` relates to `b` (a shorter or equal wording, or a report, to a longer one): null when they are different statements. */
function relate(a: Info, b: Info): { rel: Relation; score: number } {
  const none = { rel: null, score: 0 };
  const sameArticle = a.q.article === b.q.article;
  const aInd = a.q.kind === 'indirect';
  const bInd = b.q.kind === 'indirect';
  if (aInd !== bInd) {
    // A report and a wording: the wording must carry most of the report's content words.
    const [rep, word] = aInd ? [a, b] : [b, a];
    if (sameArticle && !(rep.q.paragraph === word.q.paragraph && word.q.start >= rep.q.start && word.q.end <= rep.q.end)) return none;
    const have = new Set(word.content);
    const repContent = [...new Set(rep.content)];
    let shared = 0;
    for (const w of repContent) if (have.has(w)) shared++;
    const cover = repContent.length ? shared / repContent.length : 0;
    return cover >= REPORT_COVERED && shared >= Math.min(MIN_SHARED, repContent.length) && repContent.length >= 2 ? { rel: 'report', score: cover } : none;
  }
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (s.tokens.length === 0) return none;
  const ratio = s.tokens.length / l.tokens.length;
  if (s.tokens.length <= 3) {
    // Short fragments only word for word, with a content word; a single word joins only the same single word.
    if (s.content.length === 0 || !contiguous(s.tokens, l.tokens)) return none;
    if (s.tokens.length === 1 && l.tokens.length !== 1) return none;
  }
  // Nearly every content word of the shorter wording must be in the longer: two statements cut from one mould
  // ("the worst budget I've seen" / "the worst bridge I've seen") differ exactly there.
  const have = new Set(l.content);
  let sharedContent = 0;
  for (const w of s.content) if (have.has(w)) sharedContent++;
  if (sharedContent < CONTENT_CONTAINED * s.content.length) return none;
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
  const infos: Info[] = quotes.map((q, index) => {
    const tokens = wordingTokens(q.quote);
    const content = tokens.filter(t => !isStopword(t));
    const info: Info = { index, q, tokens, content: content.length ? content : tokens, key: '' };
    if (q.speaker !== null) {
      const list = bySpeaker.get(q.speaker);
      if (list) list.push(info);
      else bySpeaker.set(q.speaker, [info]);
    }
    return info;
  });
  const uf = new UnionFind(quotes.length);
  for (const list of bySpeaker.values()) if (list.length > 1) groupSpeaker(list, uf);
  // The canonical quote of each group.
  const best = new Map<number, Info>();
  for (const info of infos) {
    const r = uf.find(info.index);
    const cur = best.get(r);
    if (!cur || better(info, cur)) best.set(r, info);
  }
  return infos.map(info => best.get(uf.find(info.index))!.index);
}

function groupSpeaker(list: Info[], uf: UnionFind): void {
  // Stable order first: nothing below depends on the order of loading.
  list.sort((a, b) => compareQuotes(a.q, b.q));
  const postings = new Map<string, number[]>();
  list.forEach((info, i) => {
    for (const w of new Set(info.content)) {
      const p = postings.get(w);
      if (p) p.push(i);
      else postings.set(w, [i]);
    }
  });
  const links: Array<{ a: number; b: number; rel: Exclude<Relation, null>; score: number }> = [];
  const seen = new Set<number>();
  const n = list.length;
  list.forEach((info, i) => {
    const probes = [...new Set(info.content)]
      .sort((x, y) => postings.get(x)!.length - postings.get(y)!.length || (x < y ? -1 : x > y ? 1 : 0))
      .slice(0, PROBES);
    for (const w of probes) {
      const p = postings.get(w)!;
      if (p.length > MAX_POSTING) continue;
      for (const j of p) {
        if (j === i) continue;
        const pair = Math.min(i, j) * n + Math.max(i, j);
        if (seen.has(pair)) continue;
        seen.add(pair);
        const { rel, score } = relate(list[i]!, list[j]!);
        if (rel) links.push({ a: Math.min(i, j), b: Math.max(i, j), rel, score });
      }
    }
  });
  // Peers first (same wording, any number of places), then each fragment or report joins one statement: its best target.
  for (const l of links) if (l.rel === 'peer') uf.union(list[l.a]!.index, list[l.b]!.index);
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
