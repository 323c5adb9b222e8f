/** Public face of the timeline: extract dated events once per corpus, then select and order. */
import type { Article } from '../corpus/types.ts';
import { findMentions } from './mentions.ts';
import { mergeMentions } from './merge.ts';
import { selectEvents as select, selectPage as page, sortEvents } from './order.ts';
import type { TimelineEvent, TimelineFilter } from './types.ts';

/** Room for paragraphs and offsets inside one article's block of positions. */
const PER_ARTICLE = 1e9;
const PER_PARAGRAPH = 1e5;

/** Dated events of all articles, merged where several places tell the same happening, in timeline order. */
export function extractEvents(articles: Article[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  articles.forEach((article, index) => {
    for (const { event, first } of mergeMentions(findMentions(article))) {
      event.position = index * PER_ARTICLE + first.paragraph * PER_PARAGRAPH + Math.min(first.offset, PER_PARAGRAPH - 1);
      events.push(event);
    }
  });
  return sortEvents(events);
}

/** The events that pass the filter, in timeline order. */
export function selectEvents(events: TimelineEvent[], filter: TimelineFilter = {}): TimelineEvent[] {
  return select(events, filter);
}

/** How many events pass the filter, and one page of them in timeline order (`offset` first, at most `limit`). */
export function selectPage(events: TimelineEvent[], filter: TimelineFilter, offset: number, limit: number): { total: number; events: TimelineEvent[] } {
  return page(events, filter, offset, limit);
}
