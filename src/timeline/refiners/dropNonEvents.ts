/**
 * Drops what chrono reads as a date but a news timeline must not: clock times with no day ("at 7:45"), "now",
 * dates counted from another event ("a week earlier", "four years later"), comparisons ("less than ... ago"),
 * names in title case ("This Week", the show), an indefinite weekend ("after a weekend of criticism"), recurring
 * days and months ("every Monday", "peak season in early March") and month names that are people ("May said").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { OPEN_MONTH_TAG, RESOLVED_TAG } from '../tags.ts';

const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;
const TODAY_WORDS = /\b(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b/i;
const COUNTED_FROM_ANOTHER = /\b(earlier|before|later|after|afterwards?|hence|from\s+now)$/i;
const RECURRING = /\b(every|each|typical|typically|usually|normally|generally|annual|annually|yearly|often|peak|seasons?|routinely)\b/i;
/** Months that are also names or words: accepted bare only after a preposition or qualifier, or before a day. */
const AMBIGUOUS_MONTH = /^(May|March|June|April|August)$/;
const MONTH_LEAD = /\b(in|since|of|by|until|till|from|during|through|early|late|mid|last|next|this|past|before|after|on|between|and|to)\s+$/i;

function isDropped(context: ParsingContext, result: ParsingResult): boolean {
  const text = result.text.trim();
  const start = result.start;
  const tags = result.tags();
  const before = context.text.slice(Math.max(0, result.index - 30), result.index);
  const known = DATE_PARTS.some(part => start.isCertain(part));
  if (tags.has('casualReference/now')) return true;
  if (!known && !TODAY_WORDS.test(text)) return true; // a clock time alone
  if (COUNTED_FROM_ANOTHER.test(text)) return true;
  if (/\bago$/i.test(text) && /\bthan\b[^.;]*$/i.test(context.text.slice(0, result.index))) return true;
  if (/^(This|Last|Next|Past)\s+[A-Z]/.test(text) && result.index > 0) return true;
  if (/\bweekend\b/i.test(text) && !/\b(this|last|past|next)\b/i.test(text) && !/\b(the|this|that|last|past|next)\s+$/i.test(before)) return true;
  if (/\b(every|each)\s+$/i.test(before)) return true;
  const openMonth = tags.has(OPEN_MONTH_TAG) || (start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year'));
  if (openMonth && RECURRING.test(context.text)) return true;
  if (!tags.has(RESOLVED_TAG) && start.isCertain('month') && !start.isCertain('day') && AMBIGUOUS_MONTH.test(text) && !MONTH_LEAD.test(before)) return true;
  return false;
}

export const dropNonEventsRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => results.filter(result => !isDropped(context, result)),
};
