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
  /** Word-for-word copies of the passage elsewhere in the corpus (wire copy), folded into this result. */
  also?: Citation[];
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

/** One wording of a statement and where it stands. */
export interface QuoteVariant {
  quote: string;
  citations: Citation[];
}

/** One statement of one speaker: its most complete direct wording and every place that reports it. */
export interface QuoteItem {
  speaker: string | null;
  quote: string;
  kind: QuoteKind;
  citation: Citation;
  /** Every place (the first is `citation`). */
  citations: Citation[];
  /** Distinct articles that report it (near-duplicate articles count once). */
  sources: number;
  /** Words credited to an organisation, a publication or a document rather than a person (speaker null): its name. */
  organisation?: string;
  /** When the wording differs between places: each wording (the canonical one first) with its places. */
  variants?: QuoteVariant[];
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
  /** Every place that tells the event, across articles. */
  citations: Citation[];
  /** Distinct articles that tell it (near-duplicate articles count once). */
  sources: number;
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
  /** Set when the article is a near-duplicate of another (the same text loaded twice, wire copy republished). */
  duplicateOf?: string;
}

export interface ArticlesAnswer extends Notice {
  kind: 'articles';
  articles: ArticleItem[];
  problems: LoadProblem[];
}

/** A person of the story brief: statements quoted and the articles quoting them. */
export interface StoryPerson {
  name: string;
  quotes: number;
  sources: number;
}

/** An extractive overview of the corpus as one story. */
export interface StoryAnswer extends Notice {
  kind: 'story';
  articles: number;
  /** Outlets, most articles first. */
  sources: string[];
  span: { from: string | null; to: string | null };
  people: StoryPerson[];
  events: EventItem[];
  quotes: QuoteItem[];
  /** How many of each list exist beyond those shown. */
  more?: { people: number; events: number; quotes: number };
  /** Where the outlets and the span come from: the first article of each outlet (in `sources` order), and the first and
   * latest articles, and the places of each person's most reported statement. For renderers; not in the JSON document. */
  cited?: { outlets: Citation[]; from: Citation | null; to: Citation | null; people: Citation[][] };
}

export type Answer = StoryAnswer | SearchAnswer | WhoSaidAnswer | QuotesAnswer | PeopleAnswer | TimelineAnswer | ArticlesAnswer;
