/** Public face of the timeline: extract dated events once per corpus, then select and order. */
import type { Article } from '../corpus/types.ts';
import { findMentions } from './mentions.ts';
import { mergeMentions } from './merge.ts';
import { selectEvents as select, selectPage as page, sortEvents } from './order.ts';
import type { TimelineEvent, TimelineFilter } from './types.ts';

/** Room for paragraphs and offsets inside one article's block of positions. */
const PER_ARTICLE = 1e9;
const PER_PARAGRAPH = 1e5;

/**
 * Dated events of one article, merged where several of its places tell the same happening; each
 * event's position counts from the article's start (assembleEvents adds the article's place).
 */
export function articleEvents(article: Article): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { event, first } of mergeMentions(findMentions(article))) {
    event.position = first.paragraph * PER_PARAGRAPH + Math.min(first.offset, PER_PARAGRAPH - 1);
    events.push(event);
  }
  return events;
}

/** The events of every article (`perArticle[i]` from articleEvents of article i), placed in the corpus, in timeline order. */
export function assembleEvents(perArticle: readonly TimelineEvent[][]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  perArticle.forEach((list, index) => {
    for (const event of list) {
      event.position = index * PER_ARTICLE + event.position!;
      events.push(event);
    }
  });
  return sortEvents(events);
}

/** Dated events of all articles, merged where several places tell the same happening, in timeline order. */
export function extractEvents(articles: Article[]): TimelineEvent[] {
  return assembleEvents(articles.map(articleEvents));
}

/** The events that pass the filter, in timeline order. */
export function selectEvents(events: TimelineEvent[], filter: TimelineFilter = {}): TimelineEvent[] {
  return select(events, filter);
}

/** How many events pass the filter, and one page of them in timeline order (`offset` first, at most `limit`). */
export function selectPage(events: TimelineEvent[], filter: TimelineFilter, offset: number, limit: number): { total: number; events: TimelineEvent[] } {
  return page(events, filter, offset, limit);
}
