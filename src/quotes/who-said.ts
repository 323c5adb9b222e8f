/**
 * Who said it: an inverted index over the stemmed words of every quote (and of the paragraph around it). A text
 * matches a quote when a good, IDF-weighted share of its content words is in the quote; the paragraph around the
 * quote and the longest run of the text's words in order add to the score. Below the threshold: no match at all.
 */
import { contentStems, isStopword, stem, words } from './search-text.ts';
import type { Quote, WhoSaidMatch } from './types.ts';

interface Unit {
  quote: Quote;
  stems: string[];
  context: number;
}

/** Minimum share of the text's content words (IDF-weighted) found in the quote itself. */
const MIN_QUOTE_COVERAGE = 0.6;
/** With the paragraph around the quote, a paraphrase needs most of its words there and some in the quote. */
const MIN_CONTEXT_COVERAGE = 0.85;
const MIN_QUOTE_COVERAGE_WITH_CONTEXT = 0.3;
const MIN_SCORE = 0.5;

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
      const st = words(quote.quote).map(stem);
      this.units.push({ quote, stems: st, context: ctx });
      for (const s of new Set(st)) push(this.postings, s, id);
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
    const inQuote = new Map<number, number>();
    for (const s of terms) for (const id of this.postings.get(s) ?? []) inQuote.set(id, (inQuote.get(id) ?? 0) + weight.get(s)!);
    const inContext = new Map<number, number>();
    for (const s of terms) for (const c of this.contextPostings.get(s) ?? []) inContext.set(c, (inContext.get(c) ?? 0) + weight.get(s)!);
    const candidates = new Set<number>(inQuote.keys());
    for (const [c, w] of inContext) if (w / total >= MIN_CONTEXT_COVERAGE) for (const id of this.contextUnits[c]!) candidates.add(id);

    const scored: { id: number; score: number }[] = [];
    for (const id of candidates) {
      const u = this.units[id]!;
      const covQ = (inQuote.get(id) ?? 0) / total;
      const covC = (inContext.get(u.context) ?? 0) / total;
      const ok = covQ >= MIN_QUOTE_COVERAGE || (covC >= MIN_CONTEXT_COVERAGE && covQ >= MIN_QUOTE_COVERAGE_WITH_CONTEXT && terms.length >= 3);
      if (!ok) continue;
      if (terms.length === 1 && covQ < 1) continue;
      const run = longestRun(all, u.stems) / all.length;
      const score = 0.55 * covQ + 0.2 * covC + 0.25 * run;
      if (score < MIN_SCORE) continue;
      // At equal match, a quote with a speaker and a direct quote or post rank first.
      const tie = (u.quote.speaker ? 0.004 : 0) + (u.quote.kind === 'indirect' ? 0 : 0.003);
      scored.push({ id, score: score + tie });
    }
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map(s => ({ quote: this.units[s.id]!.quote, score: Math.min(1, Math.round(s.score * 1000) / 1000) }));
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
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        if (cur[j]! > best) best = cur[j]!;
      }
    }
    prev = cur;
  }
  return best;
}
