/** Statements as lookups: the places of each statement, and the statement of a quote. */
import { compareQuotes, groupStatements } from './statements.ts';
import type { Quote, QuoteData } from './types.ts';

export class StatementIndex {
  /** Canonical quote index → member indices, the canonical first, then in stable order. */
  private readonly members = new Map<number, number[]>();
  private readonly canonicalOf: number[];
  private readonly indexOf = new Map<Quote, number>();

  constructor(private readonly data: QuoteData) {
    const quotes = data.quotes;
    this.canonicalOf = data.statement && data.statement.length === quotes.length ? data.statement : groupStatements(quotes);
    this.canonicalOf.forEach((c, i) => {
      this.indexOf.set(quotes[i]!, i);
      const list = this.members.get(c);
      if (list) list.push(i);
      else this.members.set(c, [i]);
    });
    for (const [c, list] of this.members) {
      if (list.length > 1) list.sort((a, b) => (a === c ? -1 : b === c ? 1 : compareQuotes(quotes[a]!, quotes[b]!)));
    }
  }

  private perSpeaker: Map<string, number> | null = null;

  /** How many statements a speaker made (each counted once however often it is reported). */
  countBy(speaker: string): number {
    if (!this.perSpeaker) {
      this.perSpeaker = new Map();
      for (const c of this.members.keys()) {
        const who = this.data.quotes[c]!.speaker;
        if (who !== null) this.perSpeaker.set(who, (this.perSpeaker.get(who) ?? 0) + 1);
      }
    }
    return this.perSpeaker.get(speaker) ?? 0;
  }

  /** How many statements the quotes make. */
  get size(): number {
    return this.members.size;
  }

  /** The quotes of a statement, canonical first; a quote outside the data (unattributed) is its own statement. */
  placesOf(q: Quote): Quote[] {
    const i = this.indexOf.get(q);
    if (i === undefined) return [q];
    return this.members.get(this.canonicalOf[i]!)!.map(k => this.data.quotes[k]!);
  }

  /** The canonical quote of a quote's statement (the quote itself when it is not in the data). */
  canonical(q: Quote): Quote {
    const i = this.indexOf.get(q);
    return i === undefined ? q : this.data.quotes[this.canonicalOf[i]!]!;
  }

  /** One quote per statement, each the canonical one, in the order their first member appears in `quotes`. */
  distinct(quotes: readonly Quote[]): Quote[] {
    const seen = new Set<Quote>();
    const out: Quote[] = [];
    for (const q of quotes) {
      const c = this.canonical(q);
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
    }
    return out;
  }

  /** Every statement's canonical quote, in corpus order of the canonical. */
  all(): Quote[] {
    return [...this.members.keys()].sort((a, b) => a - b).map(k => this.data.quotes[k]!);
  }
}
