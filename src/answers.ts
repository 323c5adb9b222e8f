/**
 * Answer objects: what the engine returns and every renderer (terminal, JSON, Discord) adapts.
 * Plain data, JSON-serialisable; every claim carries a citation.
 */
import type { Citation, LoadProblem } from './corpus/types.ts';
import type { Precision } from './timeline/types.ts';
import type { QuoteKind } from './quotes/types.ts';

/** [start, end) character ranges of an excerpt to highlight (the query's terms). */
export type Marks = Array<[number, number]>;

export interface SearchResult {
  excerpt: string;
  marks: Marks;
  score: number;
  citation: Citation;
}

/** Set when an answer has nothing to show or something to tell: always a full sentence for the user. */
export interface Notice {
  notice?: string;
}

export interface SearchAnswer extends Notice {
  kind: 'search' | 'ask';
  query: string;
  results: SearchResult[];
  /** For ask: the single best sentence of the best result. */
  answer?: string;
}

export interface QuoteItem {
  speaker: string | null;
  quote: string;
  kind: QuoteKind;
  citation: Citation;
}

export interface WhoSaidMatchItem extends QuoteItem {
  score: number;
}

export interface WhoSaidAnswer extends Notice {
  kind: 'who-said';
  query: string;
  matches: WhoSaidMatchItem[];
}

export interface PersonItem {
  name: string;
  aliases: string[];
  roles: string[];
  quotes: number;
  mentions: number;
}

export interface QuotesAnswer extends Notice {
  kind: 'quotes';
  /** The name asked for, as typed, or null for all quotes. */
  query: string | null;
  /** The person it resolved to. */
  person: PersonItem | null;
  quotes: QuoteItem[];
}

export interface PeopleAnswer extends Notice {
  kind: 'people';
  people: PersonItem[];
}

export interface EventItem {
  date: string | null;
  precision: Precision;
  expression: string;
  modifier: string | null;
  text: string;
  citations: Citation[];
}

/**
 * An argument the question cannot be asked with (an impossible date, a bound after the other): the asker's mistake,
 * told in one sentence (also the answer's notice); renderers show only it and the CLI exits 2.
 */
export interface ArgumentError {
  argument: string;
  message: string;
}

export interface TimelineAnswer extends Notice {
  kind: 'timeline';
  about: string | null;
  from: string | null;
  to: string | null;
  /** The events shown: all of them, or one page when the caller asked for a limit. */
  events: EventItem[];
  /** How many events pass the filters; set when a limit or offset was asked (events may then be fewer). */
  total?: number;
  /** Events skipped before the first shown (with total, when a page was asked). */
  offset?: number;
  /** Set when a date bound is unusable: then there are no events and nothing else to show. */
  error?: ArgumentError;
}

export interface ArticleItem {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  paragraphs: number;
}

export interface ArticlesAnswer extends Notice {
  kind: 'articles';
  articles: ArticleItem[];
  problems: LoadProblem[];
}

export type Answer = SearchAnswer | WhoSaidAnswer | QuotesAnswer | PeopleAnswer | TimelineAnswer | ArticlesAnswer;
