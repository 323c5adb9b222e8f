/**
 * Gives every open expression its date from the article's publication date (chrono's reference) and the tense of its
 * clause, instead of chrono's "closest day" default:
 *  - a weekday is the publication day when it is the same weekday; otherwise the most recent one before publication,
 *    or the next one after it in a future-tense clause ("will testify Thursday"; strictly after publication when the
 *    clause opens with "then": "Then, on Friday, they will …"); "last"/"next" force the direction;
 *  - a weekend is written as its Sunday;
 *  - a month and day without a year, and a month alone, are the most recent ones (the next ones for a future event,
 *    within the coming year; within six months when the date names a thing, "the July 25 call");
 *  - "this morning", "tonight" are the publication day;
 *  - "two weeks ago" keeps its month, "three years ago" its year.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { type Ymd, addDays, daysBetween, daysInMonth, fromTime, weekdayOf } from '../calendar.ts';
import { RESOLVED_TAG } from '../tags.ts';
import { type Tense, tenseAt } from '../tense.ts';

function setDay(components: ParsingComponents, day: Ymd): void {
  components.assign('year', day.y);
  components.assign('month', day.m);
  components.assign('day', day.d);
}

/** The given weekday nearest to pub in the direction asked; same weekday = pub unless strictly before/after. */
function weekdayNear(pub: Ymd, weekday: number, direction: 'back' | 'forward', strict: boolean): Ymd {
  const delta = weekday - weekdayOf(pub);
  if (direction === 'back') {
    let back = (7 - delta) % 7;
    if (back === 0 && strict) back = 7;
    return addDays(pub, -back);
  }
  let forward = (delta + 7) % 7;
  if (forward === 0 && strict) forward = 7;
  return addDays(pub, forward);
}

function resolveWeekend(text: string, pub: Ymd, tense: Tense): Ymd {
  if (/\b(last|past)\b/i.test(text)) return weekdayNear(pub, 0, 'back', true);
  if (/\bnext\b/i.test(text) || tense === 'future') return weekdayNear(pub, 0, 'forward', false);
  return weekdayOf(pub) === 6 ? pub : weekdayNear(pub, 0, 'back', false);
}

function resolveWeekday(text: string, weekday: number, pub: Ymd, tense: Tense, sequenced: () => boolean): Ymd {
  if (/\b(last|past)\b/i.test(text)) return weekdayNear(pub, weekday, 'back', true);
  if (/\bnext\b/i.test(text)) return weekdayNear(pub, weekday, 'forward', true);
  // "Then, on Friday, they will …" in a Friday article: after another thing still to come, so not the day itself
  if (tense === 'future') return weekdayNear(pub, weekday, 'forward', sequenced());
  return weekdayNear(pub, weekday, 'back', false);
}

/** The clause opens with "then" or "after that": what it tells follows something else. */
function sequencedAfter(context: ParsingContext, result: ParsingResult): boolean {
  return /^\W*(?:and\s+)?(?:then|after\s+that|afterwards)\b/i.test(context.text.slice(0, result.index));
}

/**
 * How far ahead a future date without a year may lie: a whole year for "will" ("will meet on Dec. 30" in a January
 * article is this December); half as far for a date that names a thing ("questions about the July 25 call": the
 * thing is more likely past) and for a future seen from a past report ("said it would decide by Jan. 5").
 */
const FUTURE_REACH_DAYS = 366;
const NAMING_REACH_DAYS = 183;

function resolveMonthDay(month: number, day: number, pub: Ymd, tense: Tense, short: boolean): Ymd {
  const at = (y: number): Ymd => ({ y, m: month, d: Math.min(day, daysInMonth(y, month)) });
  const thisYear = at(pub.y);
  const past = daysBetween(thisYear, pub) >= 0 ? thisYear : at(pub.y - 1);
  const next = daysBetween(pub, thisYear) >= 0 ? thisYear : at(pub.y + 1);
  const ahead = daysBetween(pub, next);
  if (tense === 'future') return ahead <= (short ? NAMING_REACH_DAYS : FUTURE_REACH_DAYS) ? next : past;
  if (tense === 'past') return past;
  // present or unknown: the most recent one, unless the coming one is only weeks away ("the hearing on Dec. 15")
  return ahead <= 31 && daysBetween(past, pub) > 31 ? next : past;
}

function resolveMonth(month: number, pub: Ymd, tense: Tense, short: boolean): number {
  const past = month <= pub.m ? pub.y : pub.y - 1;
  const next = month >= pub.m ? pub.y : pub.y + 1;
  const monthsAhead = (next - pub.y) * 12 + month - pub.m;
  return tense === 'future' && monthsAhead <= (short ? 6 : 12) ? next : past;
}

/** "the July 25 call", "its March report": the date qualifies a noun after a determiner; or a "would" clause. */
function shortReach(context: ParsingContext, result: ParsingResult): boolean {
  if (/\bwould\b|\w['\u2019]d\b/i.test(context.text.slice(0, result.index))) return true;
  const before = context.text.slice(Math.max(0, result.index - 8), result.index);
  const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 16);
  return /(?:\b(?:the|a|an|its|their|his|her|this|that)|\w['\u2019]s)\s+$/i.test(before) && /^(?:['\u2019]s\b|\s+(?!(?:to|in|on|at|by|for|and|or|of|from|until)\b)[a-z])/.test(after);
}

function resolveComponents(
  result: ParsingResult,
  components: ParsingComponents,
  pub: Ymd,
  tense: () => Tense,
  short: () => boolean,
  sequenced: () => boolean,
): void {
  const text = result.text;
  if (/\bweekend\b/i.test(text)) {
    setDay(components, resolveWeekend(text, pub, tense()));
  } else if (components.isCertain('weekday') && !components.isCertain('day')) {
    setDay(components, resolveWeekday(text, components.get('weekday')!, pub, tense(), sequenced));
  } else if (components.isCertain('month') && components.isCertain('day') && !components.isCertain('year')) {
    setDay(components, resolveMonthDay(components.get('month')!, components.get('day')!, pub, tense(), short()));
  } else if (components.isCertain('month') && !components.isCertain('year')) {
    components.assign('year', resolveMonth(components.get('month')!, pub, tense(), short()));
  } else if (!components.isCertain('year') && !components.isCertain('month') && !components.isCertain('day')) {
    setDay(components, pub); // "this morning", "this afternoon"
  }
}

/** "two weeks ago" is told by its month, "three years ago" by its year: the count is not that exact. */
function coarsenAgo(result: ParsingResult): void {
  const unit = /\b(day|week|month|year)s?\s+ago$/i.exec(result.text)?.[1]?.toLowerCase();
  if (unit === 'week' || unit === 'month') result.start.delete('day');
  if (unit === 'year') result.start.delete(['day', 'month']);
}

/** "Monday through Wednesday": two weekdays resolved one by one may cross; the range keeps its order in one week. */
function keepInOrder(result: ParsingResult, tense: Tense): void {
  const end = result.end;
  if (!end || !result.start.isCertain('weekday') || !end.isCertain('weekday')) return;
  const start: Ymd = { y: result.start.get('year')!, m: result.start.get('month')!, d: result.start.get('day')! };
  const stop: Ymd = { y: end.get('year')!, m: end.get('month')!, d: end.get('day')! };
  if (daysBetween(start, stop) >= 0) return;
  if (tense === 'future') setDay(end, addDays(stop, 7));
  else setDay(result.start, addDays(start, -7));
}

export const resolveAgainstPublicationRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const pub = fromTime(context.reference.instant.getTime());
    for (const result of results) {
      if (result.tags().has(RESOLVED_TAG)) continue;
      if (/\bago$/i.test(result.text)) {
        coarsenAgo(result);
        continue;
      }
      let tense: Tense | null = null;
      const lazyTense = () => (tense ??= tenseAt(context.text, result.index, result.index + result.text.length));
      const short = () => shortReach(context, result);
      const sequenced = () => sequencedAfter(context, result);
      resolveComponents(result, result.start, pub, lazyTense, short, sequenced);
      if (result.end) {
        resolveComponents(result, result.end, pub, lazyTense, short, sequenced);
        keepInOrder(result, lazyTense());
      }
    }
    return results;
  },
};
