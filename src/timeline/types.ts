/** Dated events: what the timeline passes produce, plain and serialisable. */

export type Precision = 'day' | 'month' | 'year' | 'unknown';

export interface EventSource {
  article: string;
  paragraph: number;
}

export interface TimelineEvent {
  /** YYYY-MM-DD, YYYY-MM or YYYY after resolution against the article's publication date; null when it cannot be resolved. */
  date: string | null;
  precision: Precision;
  /** The date words as written ("late Sunday", "last year"). */
  expression: string;
  /** Part of day or similar qualifier kept apart ("late", "night", "morning"), or null. */
  modifier: string | null;
  /** Extractive excerpt: the clause or sentence the expression dates, never invented text. */
  text: string;
  /** Every place that tells this happening, first one first. */
  sources: EventSource[];
  /**
   * Where the first source stands in the corpus (article order, then paragraph, then offset), for ordering events of
   * the same period; set by extractEvents.
   */
  position?: number;
}

export interface TimelineFilter {
  /** Inclusive bounds, YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Keep only events with a source in one of these "article#paragraph" keys. */
  paragraphs?: Set<string>;
  /** The same as paragraphs, as places (no key strings to build and parse); both may be given. */
  places?: Iterable<EventSource>;
}
