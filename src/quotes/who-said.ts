/**
 * Who said it: an inverted index over the stemmed words of every quote (and of the paragraph around it). A text
 * matches a quote when a good, IDF-weighted share of its content words is in the quote; the paragraph around the
 * quote and the longest run of the text's words in order add to the score. Below the threshold: no match at all.
 */
import { formsOf, type Form, type Vocabulary } from './query-variants.ts';
import { isStopword, isWordCode, stem, words } from './search-text.ts';
import type { Quote, WhoSaidMatch } from './types.ts';

/** Posting lists of all terms in one block (compressed sparse rows): units of term t are items[offsets[t] … offsets[t + 1]). */
class Postings {
  offsets = new Int32Array(1);
  items = new Int32Array(0);
  /** (term, unit) pairs gathered while reading, units in increasing order. */
  private pairs = new Int32Array(1 << 16);
  private n = 0;

  add(term: number, unit: number): void {
    if (this.n + 2 > this.pairs.length) {
      const b = new Int32Array(this.pairs.length * 2);
      b.set(this.pairs);
      this.pairs = b;
    }
    this.pairs[this.n++] = term;
    this.pairs[this.n++] = unit;
  }

  /** Counting sort of the pairs into the lists; the pairs are dropped. */
  finish(terms: number): void {
    const offsets = new Int32Array(terms + 1);
    const pairs = this.pairs;
    for (let k = 0; k < this.n; k += 2) offsets[pairs[k]! + 1]!++;
    for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, terms);
    const items = new Int32Array(this.n / 2);
    for (let k = 0; k < this.n; k += 2) items[fill[pairs[k]!]!++] = pairs[k + 1]!;
    this.offsets = offsets;
    this.items = items;
    this.pairs = new Int32Array(0);
    this.n = 0;
  }

  count(term: number | undefined): number {
    return term === undefined || term + 1 >= this.offsets.length ? 0 : this.offsets[term + 1]! - this.offsets[term]!;
  }
}

/** A query word: its own stem, the forms the quotes may hold it in, and its IDF weight. */
interface Group {
  own: string;
  forms: Form[];
  weight: number;
}

interface Unit {
  quote: Quote;
  context: number;
}

/** Minimum share of the text's content words (IDF-weighted) found in the quote itself. */
const MIN_QUOTE_COVERAGE = 0.6;
/** With the paragraph around the quote, a paraphrase needs most of its words there and some in the quote. */
const MIN_CONTEXT_COVERAGE = 0.85;
const MIN_QUOTE_COVERAGE_WITH_CONTEXT = 0.3;
const MIN_SCORE = 0.5;
/** A one-word query must be in the quote itself, as typed or as a near spelling or inflection of it. */
const MIN_SINGLE_WORD_COVERAGE = 0.85;
/** How many of the best candidates by word coverage are re-ranked by word order. */
const RERANK = 40;

export class WhoSaidIndex {
  private units: Unit[] = [];
  /** Stem → term id; postings are indexed by term id. */
  private stemIds = new Map<string, number>();
  /** Words met so far (lowercase, as written) and their term id (stem id * 2 + stopword bit), found through an
   * open-addressing table over the words' hashes so that reading a paragraph allocates no strings. */
  private wordText: string[] = [];
  private wordTerm: number[] = [];
  private wordHash: number[] = [];
  private table = new Int32Array(1 << 15).fill(-1);
  private postings = new Postings();
  private contextPostings = new Postings();
  private contextUnits: number[][] = [];
  /** Last unit (or -2 - context) that received each term: dedupes a unit's terms without a Set. */
  private seen: number[] = [];
  /** Words of the text read last as term ids (stem id * 2, + 1 for a stopword) and their offsets (-1: unknown). */
  private ids = new Int32Array(1024);
  private starts = new Int32Array(1024);

  /** `paragraphOf` gives the text of the paragraph a quote stands in (the quote's offsets point into it). Each
   * paragraph is read once: its words index the context, and the words inside a quote's offsets index the quote. */
  constructor(quotes: Quote[], paragraphOf: (q: Quote) => string | undefined) {
    const contextIds = new Map<string, Map<number, number>>();
    let paraArticle = '';
    let paraN = -1;
    let paraText: string | undefined;
    let paraTerms = -1;
    for (const quote of quotes) {
      const id = this.units.length;
      if (quote.article !== paraArticle || quote.paragraph !== paraN) {
        paraArticle = quote.article;
        paraN = quote.paragraph;
        paraText = paragraphOf(quote);
        paraTerms = paraText === undefined ? -1 : this.terms(paraText);
      }
      let ofArticle = contextIds.get(quote.article);
      if (!ofArticle) contextIds.set(quote.article, (ofArticle = new Map()));
      let ctx = ofArticle.get(quote.paragraph);
      if (ctx === undefined) {
        ctx = this.contextUnits.length;
        ofArticle.set(quote.paragraph, ctx);
        this.contextUnits.push([]);
        if (paraTerms >= 0) this.post(this.contextPostings, 0, paraTerms, ctx, true);
        else this.post(this.contextPostings, 0, this.terms(quote.quote), ctx, true);
      }
      this.contextUnits[ctx]!.push(id);
      this.units.push({ quote, context: ctx });
      if (paraTerms >= 0 && paraText !== undefined && paraText.length >= quote.end && paraText.startsWith(quote.quote, quote.start) && this.starts[0] !== -1) {
        const starts = this.starts;
        let a = 0;
        while (a < paraTerms && starts[a]! < quote.start) a++;
        let b = a;
        while (b < paraTerms && starts[b]! < quote.end) b++;
        this.post(this.postings, a, b, id, false);
      } else {
        this.post(this.postings, 0, this.terms(quote.quote), id, false);
        paraN = -1; // the buffers now hold the quote: read the paragraph again for the next quote
      }
    }
    this.seen = [];
    this.postings.finish(this.stemIds.size);
    this.contextPostings.finish(this.stemIds.size);
    this.wordText = [];
    this.wordTerm = [];
    this.wordHash = [];
    this.table = new Int32Array(0);
  }

  /** Reads a text's words into `ids` and `starts`; returns their count. */
  private terms(text: string): number {
    let count = 0;
    const lower = text.toLowerCase();
    // Offsets hold only when lowercasing keeps the length (it does but for a few letters like "İ").
    const aligned = lower.length === text.length;
    const n = lower.length;
    // The words `words()` reads (letters, inner apostrophes), scanned by hand: no match objects to collect.
    for (let i = 0; i < n; ) {
      if (!isWordCode(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      const from = i;
      let h = 0;
      for (;;) {
        let c = lower.charCodeAt(i);
        while (i < n && isWordCode(c)) {
          h = (Math.imul(h, 31) + c) | 0;
          c = lower.charCodeAt(++i);
        }
        if ((c === 39 || c === 0x2018 || c === 0x2019 || c === 0x2bc || c === 96) && i + 1 < n && isWordCode(lower.charCodeAt(i + 1))) {
          h = (Math.imul(h, 31) + c) | 0;
          i++;
          continue;
        }
        break;
      }
      const id = this.wordId(lower, from, i, h);
      if (count === this.ids.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.ids = grow(this.ids);
        this.starts = grow(this.starts);
      }
      this.ids[count] = id;
      this.starts[count] = aligned ? from : -1;
      count++;
    }
    return count;
  }

  /** The term id of lower[from, to) whose hash is h; a new word is stemmed once and remembered. */
  private wordId(lower: string, from: number, to: number, h: number): number {
    const mask = this.table.length - 1;
    const len = to - from;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = this.table[slot]!;
      if (e < 0) break;
      if (this.wordHash[e] !== h) continue;
      const w = this.wordText[e]!;
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === lower.charCodeAt(from + k)) k++;
      if (k === len) return this.wordTerm[e]!;
    }
    const raw = lower.slice(from, to);
    const w = words(raw)[0] ?? raw;
    const st = stem(w);
    let sid = this.stemIds.get(st);
    if (sid === undefined) {
      sid = this.stemIds.size;
      this.stemIds.set(st, sid);
      this.seen.push(-1);
    }
    const id = sid * 2 + (isStopword(w) ? 1 : 0);
    const e = this.wordText.length;
    this.wordText.push(raw);
    this.wordTerm.push(id);
    this.wordHash.push(h);
    if (e * 2 >= this.table.length) this.rehash();
    else this.place(e);
    return id;
  }

  private place(e: number): void {
    const mask = this.table.length - 1;
    let slot = this.wordHash[e]! & mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
    this.table[slot] = e;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    for (let e = 0; e < this.wordText.length; e++) this.place(e);
  }

  private post(postings: Postings, a: number, b: number, unit: number, skipStop: boolean): void {
    const mark = skipStop ? -2 - unit : unit;
    const ids = this.ids;
    for (let k = a; k < b; k++) {
      const id = ids[k]!;
      if (skipStop && id & 1) continue;
      const sid = id >> 1;
      if (this.seen[sid] === mark) continue;
      this.seen[sid] = mark;
      postings.add(sid, unit);
    }
  }

  /** Known stems by length, for typo look-ups; made on the first query that needs them. */
  private byLength: Map<number, string[]> | null = null;

  private readonly vocabulary: Vocabulary = {
    has: (s) => this.stemIds.has(s),
    count: (s) => this.postings.count(this.stemIds.get(s)),
    ofLength: (length) => {
      if (!this.byLength) {
        this.byLength = new Map();
        for (const s of this.stemIds.keys()) {
          const list = this.byLength.get(s.length);
          if (list) list.push(s);
          else this.byLength.set(s.length, [s]);
        }
      }
      return this.byLength.get(length) ?? [];
    },
  };

  search(text: string, limit: number): WhoSaidMatch[] {
    // One group per query word (by stem): the forms a quote may hold it in (query-variants.ts), each form counted
    // once per quote at its weight. An unknown word with no near spelling keeps its weight and matches nothing.
    const typed = words(text);
    const content = typed.filter((w) => !isStopword(w));
    const byStem = new Map<string, string>();
    for (const w of content.length ? content : typed) if (!byStem.has(stem(w))) byStem.set(stem(w), w);
    if (byStem.size === 0) return [];
    const n = this.units.length || 1;
    const idf = (s: string) => Math.log(1 + n / (this.postings.count(this.stemIds.get(s)) + 1));
    const groups: Group[] = [...byStem].map(([own, word]) => {
      const forms = formsOf(word, this.vocabulary);
      const known = forms[0]?.stem === own || forms.length === 0 ? own : forms[0]!.stem;
      return { own, forms, weight: idf(known) };
    });
    const total = groups.reduce((a, g) => a + g.weight, 0);
    // the order of the words is compared with typos read as the words they stand for
    const corrected = new Map(groups.map((g) => [g.own, g.forms[0] && !this.stemIds.has(g.own) ? g.forms[0].stem : g.own]));
    const all = typed.map((w) => corrected.get(stem(w)) ?? stem(w));
    const inQuote = this.accumulate(groups, this.postings, this.units.length, this.quoteAcc);
    const inContext = this.accumulate(groups, this.contextPostings, this.contextUnits.length, this.contextAcc);
    const candidates = new Set<number>(inQuote.touched);
    for (const c of inContext.touched) if (inContext.acc[c]! / total >= MIN_CONTEXT_COVERAGE) for (const id of this.contextUnits[c]!) candidates.add(id);

    const passing: { id: number; covQ: number; covC: number; pre: number }[] = [];
    for (const id of candidates) {
      const u = this.units[id]!;
      const covQ = inQuote.acc[id]! / total;
      const covC = inContext.acc[u.context]! / total;
      const ok = covQ >= MIN_QUOTE_COVERAGE || (covC >= MIN_CONTEXT_COVERAGE && covQ >= MIN_QUOTE_COVERAGE_WITH_CONTEXT && groups.length >= 3);
      if (!ok || (groups.length === 1 && covQ < MIN_SINGLE_WORD_COVERAGE)) continue;
      passing.push({ id, covQ, covC, pre: 0.55 * covQ + 0.2 * covC });
    }
    for (const id of inQuote.touched) inQuote.acc[id] = 0;
    for (const c of inContext.touched) inContext.acc[c] = 0;
    // The order of the words only refines the best candidates.
    passing.sort((x, y) => y.pre - x.pre);
    const scored: { id: number; score: number }[] = [];
    for (const p of passing.slice(0, Math.max(RERANK, limit))) {
      const u = this.units[p.id]!;
      const run = longestRun(all, words(u.quote.quote).map(stem)) / all.length;
      const score = p.pre + 0.25 * run;
      if (score < MIN_SCORE) continue;
      // At equal match, a quote with a speaker and a direct quote or post rank first.
      const tie = (u.quote.speaker ? 0.004 : 0) + (u.quote.kind === 'indirect' ? 0 : 0.003);
      scored.push({ id: p.id, score: score + tie });
    }
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map(s => ({ quote: this.units[s.id]!.quote, score: Math.min(1, Math.round(s.score * 1000) / 1000) }));
  }

  private quoteAcc: Float64Array = new Float64Array(0);
  private contextAcc: Float64Array = new Float64Array(0);

  /** Sums the weights of the query's word groups per unit (or context) through the postings, each group once per unit
   * at its best form; `acc` is reset by the caller. */
  private accumulate(groups: Group[], postings: Postings, size: number, acc: Float64Array): { acc: Float64Array; touched: number[] } {
    if (acc.length < size) {
      acc = new Float64Array(size);
      if (postings === this.postings) this.quoteAcc = acc;
      else this.contextAcc = acc;
    }
    const touched: number[] = [];
    const { items, offsets } = postings;
    for (const g of groups) {
      const credit = new Map<number, number>();
      for (const f of g.forms) {
        const sid = this.stemIds.get(f.stem);
        if (sid === undefined) continue;
        const w = g.weight * f.weight;
        for (let k = offsets[sid]!, end = offsets[sid + 1]!; k < end; k++) {
          const id = items[k]!;
          if ((credit.get(id) ?? 0) < w) credit.set(id, w);
        }
      }
      for (const [id, w] of credit) {
        if (acc[id] === 0) touched.push(id);
        acc[id]! += w;
      }
    }
    return { acc, touched };
  }
}

/** Length of the longest run of `a` that appears contiguously in `b`. */
function longestRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const v = ai === b[j - 1] ? prev[j - 1]! + 1 : 0;
      cur[j] = v;
      if (v > best) best = v;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}
