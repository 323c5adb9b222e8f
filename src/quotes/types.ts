/** Quotes and people: what the quote-attribution passes produce, plain and serialisable. */

export type QuoteKind = 'direct' | 'post' | 'indirect';

export interface Quote {
  /** Article id and 1-based paragraph number where the quoted words stand. */
  article: string;
  paragraph: number;
  /** Canonical name of the person (Person.name), a short description of an unnamed speaker, or null when the text attributes the words to no one. */
  speaker: string | null;
  /** The quoted words, without the enclosing quote marks (for indirect speech: the reported clause). */
  quote: string;
  kind: QuoteKind;
  /** Unattributed words the text credits to an organisation, a publication or a document ("the airline"): its name
   * as written. Such words are never a person's quote (speaker stays null). */
  organisation?: string;
  /** Character offsets of `quote` in the paragraph text. */
  start: number;
  end: number;
}

export interface Person {
  /** Canonical name: the fullest form the corpus uses, without titles. */
  name: string;
  /** Other forms used for this person (surname, "Sen. Roe", "Mr. Doe", "@handle"). */
  aliases: string[];
  /** Titles and descriptions ("U.S. Sen.", "a Republican representing South Carolina"). */
  roles: string[];
  quotes: number;
  mentions: number;
  /** Ids of the articles that mention the person. */
  articles: string[];
}

export interface QuoteData {
  /** Every quote in corpus order (articles in corpus order, then paragraph and offset). */
  quotes: Quote[];
  /** Most quoted first. */
  people: Person[];
  /** Quoted words the text attributes to no one (scare quotes, labels, unsourced criticism): speaker null. who-said
   * still finds them; they are not listed as anybody's quotes. */
  unattributed?: Quote[];
  /** For each quote (same index), the index of the canonical quote of its statement: one statement of one speaker,
   * however often and wherever it is reported (statements.ts). Recomputed when absent. */
  statement?: number[];
  /** Written by older versions only: the text of every paragraph that holds a quote, by "article#paragraph". The
   * paragraphs now come from the articles given to QuoteFinder. */
  contexts?: Record<string, string>;
}

export interface WhoSaidMatch {
  quote: Quote;
  /** Confidence in [0, 1]. */
  score: number;
}
