/**
 * Who said it: an inverted index over the stemmed words of every quote (and of the paragraph around it). A text
 * matches a quote when a good, IDF-weighted share of its content words is in the quote; the paragraph around the
 * quote and the longest run of the text's words in order add to the score. Below the threshold: no match at all.
 */
import { contentStems, isStopword, stem, words } from './search-text.ts';
import type { Quote, WhoSaidMatch } from './types.ts';

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
/** How many of the best candidates by word coverage are re-ranked by word order. */
const RERANK = 40;

export class WhoSaidIndex {
  private units: Unit[] = [];
  private postings = new Map<string, number[]>();
  private contextPostings = new Map<string, number[]>();
  private contextUnits: number[][] = [];

  constructor(quotes: Quote[], contextOf: (q: Quote) => string | undefined) {
    const contextIds = new Map<string, number>();
    for (const quote of quotes) {
      const id = this.units.length;
      const ctxText = contextOf(quote);
      const ctxKey = `${quote.article}\u0000${quote.paragraph}`;
      let ctx = contextIds.get(ctxKey);
      if (ctx === undefined) {
        ctx = this.contextUnits.length;
        contextIds.set(ctxKey, ctx);
        this.contextUnits.push([]);
        for (const s of new Set(words(ctxText ?? quote.quote).filter(w => !isStopword(w)).map(stem))) push(this.contextPostings, s, ctx);
      }
      this.contextUnits[ctx]!.push(id);
      this.units.push({ quote, context: ctx });
      for (const s of new Set(words(quote.quote).map(stem))) push(this.postings, s, id);
    }
  }

  search(text: string, limit: number): WhoSaidMatch[] {
    const q = [...new Set(contentStems(text))];
    const all = words(text).map(stem);
    const terms = q.length ? q : [...new Set(all)];
    if (terms.length === 0) return [];
    const n = this.units.length || 1;
    const weight = new Map(terms.map(s => [s, Math.log(1 + n / ((this.postings.get(s)?.length ?? 0) + 1))]));
    const total = [...weight.values()].reduce((a, b) => a + b, 0);
    const inQuote = this.accumulate(terms, weight, this.postings, this.units.length, this.quoteAcc);
    const inContext = this.accumulate(terms, weight, this.contextPostings, this.contextUnits.length, this.contextAcc);
    const candidates = new Set<number>(inQuote.touched);
    for (const c of inContext.touched) if (inContext.acc[c]! / total >= MIN_CONTEXT_COVERAGE) for (const id of this.contextUnits[c]!) candidates.add(id);

    const passing: { id: number; covQ: number; covC: number; pre: number }[] = [];
    for (const id of candidates) {
      const u = this.units[id]!;
      const covQ = inQuote.acc[id]! / total;
      const covC = inContext.acc[u.context]! / total;
      const ok = covQ >= MIN_QUOTE_COVERAGE || (covC >= MIN_CONTEXT_COVERAGE && covQ >= MIN_QUOTE_COVERAGE_WITH_CONTEXT && terms.length >= 3);
      if (!ok || (terms.length === 1 && covQ < 1)) continue;
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

  /** Sums the weights of the query terms per unit (or context) through the postings; `acc` is reset by the caller. */
  private accumulate(terms: string[], weight: Map<string, number>, postings: Map<string, number[]>, size: number, acc: Float64Array): { acc: Float64Array; touched: number[] } {
    if (acc.length < size) {
      acc = new Float64Array(size);
      if (postings === this.postings) this.quoteAcc = acc;
      else this.contextAcc = acc;
    }
    const touched: number[] = [];
    for (const s of terms) {
      const w = weight.get(s)!;
      for (const id of postings.get(s) ?? []) {
        if (acc[id] === 0) touched.push(id);
        acc[id]! += w;
      }
    }
    return { acc, touched };
  }
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
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
