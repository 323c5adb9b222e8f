/**
 * The story parts of an engine (quotes grouped into statements, events merged across articles)
 * without its search index: what a reload's worker builds while the main thread re-indexes only
 * the changed articles. The same steps, in the same order, as Engine.build; the reload tests
 * compare the result with a fresh build.
 */
import type { Article } from '../corpus/types.ts';
import type { BuildTimings } from '../engine.ts';
import { buildQuoteData } from '../quotes/index.ts';
import { groupStatements } from '../quotes/statements.ts';
import type { QuoteData } from '../quotes/types.ts';
import { mergeAcrossArticles } from '../timeline/events-merge.ts';
import { extractEvents } from '../timeline/index.ts';
import type { TimelineEvent } from '../timeline/types.ts';

export function buildStory(articles: Article[], timings?: BuildTimings, merge = true): { quotes: QuoteData; events: TimelineEvent[] } {
  const t1 = performance.now();
  const quotes = buildQuoteData(articles);
  const t2 = performance.now();
  const extracted = extractEvents(articles);
  const t3 = performance.now();
  if (merge) quotes.statement = groupStatements(quotes.quotes);
  const events = merge ? mergeAcrossArticles(extracted).events : extracted;
  const t4 = performance.now();
  if (timings) Object.assign(timings, { search: 0, quotes: t2 - t1, timeline: t3 - t2, merge: t4 - t3 });
  return { quotes, events };
}
