/** Public face of quote attribution: build once per corpus, then query. (Implementation in progress.) */
import type { Article } from '../corpus/types.ts';
import type { Person, Quote, QuoteData, WhoSaidMatch } from './types.ts';

/** Runs the extraction passes over every article and merges people across articles. */
export function buildQuoteData(_articles: Article[]): QuoteData {
  throw new Error('buildQuoteData: not implemented yet');
}

/** Queries over built quote data: who said a text, quotes of a person, people lookup. */
export class QuoteFinder {
  constructor(readonly data: QuoteData) {}

  /** Ranked matches for a quote or paraphrase; empty when nobody in the corpus said it. */
  whoSaid(_text: string, _limit = 5): WhoSaidMatch[] {
    throw new Error('whoSaid: not implemented yet');
  }

  /** Quotes in corpus order; with a name, only that person's (alias-aware). */
  quotesBy(_speaker?: string): Quote[] {
    throw new Error('quotesBy: not implemented yet');
  }

  /** The person a name or alias refers to, or null. */
  person(_name: string): Person | null {
    throw new Error('person: not implemented yet');
  }

  /** People whose name or alias matches a typed prefix, for autocomplete, best first. */
  suggestPeople(_prefix: string, _limit = 25): Person[] {
    throw new Error('suggestPeople: not implemented yet');
  }
}
