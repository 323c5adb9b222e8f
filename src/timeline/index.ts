/** Public face of the timeline: extract dated events once per corpus, then select and order. (Implementation in progress.) */
import type { Article } from '../corpus/types.ts';
import type { TimelineEvent, TimelineFilter } from './types.ts';

/** Dated events of all articles, merged where several places tell the same happening. */
export function extractEvents(_articles: Article[]): TimelineEvent[] {
  throw new Error('extractEvents: not implemented yet');
}

/** The events that pass the filter, in timeline order. */
export function selectEvents(_events: TimelineEvent[], _filter: TimelineFilter = {}): TimelineEvent[] {
  throw new Error('selectEvents: not implemented yet');
}
