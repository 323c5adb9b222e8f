/**
 * Drops what chrono reads as a date but a news timeline must not: clock times with no day ("at 7:45"), "now",
 * dates counted from another event ("a week earlier", "four years later"), comparisons ("less than ... ago"),
 * names in title case ("This Week", the show), an indefinite weekend ("after a weekend of criticism"), recurring
 * days and months ("every Monday", "peak season in early March"), any weekday ("fell on a Sunday"), month names
 * that are people ("May said"), shows ("the network's Today show"), and days that are names ("Black Friday", "Super Tuesday", "The Sunday Times").
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { OPEN_MONTH_TAG, RESOLVED_TAG } from '../tags.ts';
import { tenseAt } from '../tense.ts';

const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;
const TODAY_WORDS = /\b(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b/i;
const COUNTED_FROM_ANOTHER = /\b(earlier|before|later|after|afterwards?|hence|from\s+now)$/i;
const RECURRING = /\b(every|each|typical|typically|usually|normally|generally|annual|annually|yearly|often|peak|seasons?|routinely)\b/i;
/** Months that are also names or words: accepted bare only after a preposition or qualifier, or before a day. */
const AMBIGUOUS_MONTH = /^(May|March|June|April|August)$/;
/** Capitalised words that make a weekday a name of its own. */
const NAMED_DAY = /\b(?:Black|Good|Super|Cyber|Ash|Palm|Easter|Bloody|Holy|Maundy|Shrove|Giving|Manic|Blue|Fat|Whit|Low|Orange|Green|Small Business)\s+$/;
const WEEKDAY_NAME = /^(?:(?:on|this|last|next|past)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
const MONTH_WORD = /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
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
  if (/^(Today|Tonight|Tomorrow|Yesterday)\b/.test(text) && /[\p{L}'\u2019]\s+$/u.test(before)) return true; // a show called "Today"
  // "which today is mostly cloud work", "we're putting up with a lot today": today in the present tense is nowadays
  if (/^today$/i.test(text) && tenseAt(context.text, result.index, result.index + result.text.length) === 'present') return true;
  // "sell for less than they did a decade ago": a comparison; "more than a decade ago" is only an approximate date
  if (/\bago$/i.test(text) && /\bthan\b[^.;]*$/i.test(context.text.slice(0, result.index).replace(/\b(?:more|less|fewer|over|under)\s+than\s+$/i, ''))) return true;
  if (/^(?:a\s+few|few|several|many|some|a\s+number\s+of)\s+\w+\s+ago$/i.test(text)) return true; // "a few years ago": vague
  // "double the number in 2017", "more than in March", "compared with 2019": the period a figure is measured against
  if (!start.isCertain('day') && !/\bago$/i.test(text) && /\b(?:than|compared\s+(?:with|to)|(?:double|triple|twice|half|quadruple)\s+(?:the|its|their)\s+\w+)\s+(?:(?:in|during|for|of)\s+)?$/i.test(before + (/^(?:in|during|for|of)\s/i.test(text) ? text.replace(/\s*\S+$/, ' ') : ''))) return true;
  if (/^(This|Last|Next|Past)\s+[A-Z]/.test(text) && result.index > 0) return true;
  // "a weekend interview", "her weekend post": the weekend as a noun before another noun is the latest (or next) one
  const afterText = context.text.slice(result.index + result.text.length, result.index + result.text.length + 24);
  const weekendNoun = /^weekend$/i.test(text) && /\b(a|his|her|their|its)\s+$/i.test(before) && /^\s+(?!of\b|in\b|at\b|away\b|off\b|to\b|and\b|or\b)[a-z]{3,}/.test(afterText);
  if (/\bweekend\b/i.test(text) && !weekendNoun && !/\b(this|last|past|next)\b/i.test(text) && !/\b(the|this|that|last|past|next)\s+$/i.test(before)) return true;
  // "sat down", "the sun", "wed", "march on the capitol", "may": weekdays and months are capitalised when they are dates
  if (!start.isCertain('year') && /^(?:on\s+|this\s+|last\s+|next\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|march|may)\b/.test(text)) return true;
  if (/\b(every|each)\s+$/i.test(before)) return true;
  if (WEEKDAY_NAME.test(text) && !start.isCertain('day')) {
    if (/^s?\s+(?:mornings|afternoons|evenings|nights)\b/i.test(afterText) || /^s\b/.test(afterText)) return true; // "on Monday mornings": every week
    if (/\b(a|an|any|one|some|another)\s+$/i.test(before)) return true; // "fell on a Sunday": no particular one
    if (NAMED_DAY.test(before)) return true;
    const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 20);
    if (/\b[Tt]he\s+$/.test(before) && /^\s+[A-Z][a-z]/.test(after) && !MONTH_WORD.test(after)) return true; // "The Sunday Times"
  }
  const openMonth = tags.has(OPEN_MONTH_TAG) || (start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year'));
  // "peak season in early March", "usually freezes in January": a month of every year; but a past-tense clause tells one
  // ("November marked the start of the stranding season")
  if (openMonth && RECURRING.test(context.text) && (RECURRING.test(before) || tenseAt(context.text, result.index, result.index + result.text.length) !== 'past')) return true;
  if (!tags.has(RESOLVED_TAG) && start.isCertain('month') && !start.isCertain('day') && AMBIGUOUS_MONTH.test(text) && !MONTH_LEAD.test(before)) return true;
  return false;
}

export const dropNonEventsRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => results.filter(result => !isDropped(context, result)),
};
