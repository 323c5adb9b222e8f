/**
 * Holidays named without a date: "on Thanksgiving", "on Christmas Eve", "New Year's Day", "Easter Sunday", "the day
 * after Easter", "Christmas 2019", and national days of other English-speaking countries ("Anzac Day", "Canada Day"). The year is the one the tense of the clause points to: the most recent such day on
 * or before publication, the next one for a future event; an explicit year wins. Told by its day.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { type Ymd, addDays, daysBetween, fromTime, weekdayOf } from '../calendar.ts';
import { MODIFIER_TAG, RESOLVED_TAG } from '../tags.ts';
import { tenseAt } from '../tense.ts';

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n < 0) {
    let day = addDays({ y, m: m + 1 > 12 ? 1 : m + 1, d: 1 }, -1);
    if (m === 12) day = { y, m: 12, d: 31 };
    while (weekdayOf(day) !== weekday) day = addDays(day, -1);
    return day;
  }
  let day: Ymd = { y, m, d: 1 };
  while (weekdayOf(day) !== weekday) day = addDays(day, 1);
  return addDays(day, 7 * (n - 1));
}

const fixed = (m: number, d: number) => (y: number): Ymd => ({ y, m, d });

/** Holiday names (lowercase, apostrophes straight) and their day in a given year. */
const HOLIDAYS: Array<[RegExp, (y: number) => Ymd]> = [
  [/^christmas eve$/, fixed(12, 24)],
  [/^(?:christmas(?: day)?)$/, fixed(12, 25)],
  [/^boxing day$/, fixed(12, 26)],
  [/^new year's eve$/, fixed(12, 31)],
  [/^new year's(?: day)?$/, fixed(1, 1)],
  [/^(?:independence day|(?:the )?fourth of july|july fourth)$/, fixed(7, 4)],
  [/^halloween$/, fixed(10, 31)],
  [/^(?:valentine's day|st\.? valentine's day)$/, fixed(2, 14)],
  [/^(?:st\.? patrick's day|saint patrick's day)$/, fixed(3, 17)],
  [/^(?:veterans day|armistice day|remembrance day)$/, fixed(11, 11)],
  [/^juneteenth$/, fixed(6, 19)],
  [/^(?:easter(?: sunday)?)$/, y => easter(y)],
  [/^good friday$/, y => addDays(easter(y), -2)],
  [/^easter monday$/, y => addDays(easter(y), 1)],
  [/^thanksgiving(?: day)?$/, y => nthWeekday(y, 11, 4, 4)],
  [/^memorial day$/, y => nthWeekday(y, 5, 1, -1)],
  [/^labor day$/, y => nthWeekday(y, 9, 1, 1)],
  [/^(?:martin luther king jr\.? day|mlk day)$/, y => nthWeekday(y, 1, 1, 3)],
  [/^(?:presidents'? day)$/, y => nthWeekday(y, 2, 1, 3)],
  [/^mother's day$/, y => nthWeekday(y, 5, 0, 2)],
  [/^father's day$/, y => nthWeekday(y, 6, 0, 3)],
  [/^anzac day$/, fixed(4, 25)],
  [/^australia day$/, fixed(1, 26)],
  [/^waitangi day$/, fixed(2, 6)],
  [/^canada day$/, fixed(7, 1)],
  [/^bastille day$/, fixed(7, 14)],
  [/^(?:guy fawkes night|bonfire night)$/, fixed(11, 5)],
  [/^election day$/, y => addDays(nthWeekday(y, 11, 1, 1), 1)], // US: the Tuesday after the first Monday of November
];

const NAMES =
  "Christmas\\s+Eve|Christmas\\s+Day|Christmas|Boxing\\s+Day|New\\s+Year['\\u2019]s\\s+Eve|New\\s+Year['\\u2019]s\\s+Day|New\\s+Year['\\u2019]s|Independence\\s+Day|Fourth\\s+of\\s+July|July\\s+Fourth|Halloween|(?:St\\.?\\s+)?Valentine['\\u2019]s\\s+Day|(?:St\\.?|Saint)\\s+Patrick['\\u2019]s\\s+Day|Veterans\\s+Day|Armistice\\s+Day|Remembrance\\s+Day|Juneteenth|Easter\\s+Sunday|Easter\\s+Monday|Easter|Good\\s+Friday|Thanksgiving\\s+Day|Thanksgiving|Memorial\\s+Day|Labor\\s+Day|Martin\\s+Luther\\s+King\\s+Jr\\.?\\s+Day|MLK\\s+Day|Presidents['\\u2019]?\\s+Day|Mother['\\u2019]s\\s+Day|Father['\\u2019]s\\s+Day|Election\\s+Day|Anzac\\s+Day|ANZAC\\s+Day|Australia\\s+Day|Waitangi\\s+Day|Canada\\s+Day|Bastille\\s+Day|Guy\\s+Fawkes\\s+Night|Bonfire\\s+Night";

const PATTERN = new RegExp(
  `(?:\\b(?:the\\s+)?(day|night|morning|evening|week(?:end)?)\\s+(before|after)\\s+)?\\b(${NAMES})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b)?(?![\\w'\\u2019-])`,
  'i',
);

export const holidayParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const name = match[3]!.replace(/\s+/g, ' ').replace(/\u2019/g, "'");
    // Capitalised as names are: "christmas" in running text is no date.
    if (!/^[A-Z]/.test(name)) return null;
    const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 24);
    // "Christmas trees", "the Easter Bunny", "Thanksgiving dinner" are things; "Christmas shopping" too.
    if (!match[4] && /^\s+(?:tree|trees|lights|cards?|carols?|bunny|eggs?|parade|dinner|shopping|sales?|season|holidays?|break|market|music|special)\b/i.test(after)) return null;
    // "Christmas Day fell on a Sunday": a statement about the calendar, no happening
    if (/^\s+(?:fell|falls|fall|is|was|will\s+fall)\s+on\b/i.test(after)) return null;
    // "days before Christmas", "weeks after Easter": counted from the holiday, on no day of its own
    if (/\b(?:days|weeks|hours|months|nights)\s+(?:before|after|ahead\s+of)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 24), match.index!))) return null;
    const key = name.toLowerCase().replace(/\s+(\d{4})$/, '');
    const rule = HOLIDAYS.find(([re]) => re.test(key))?.[1];
    if (!rule) return null;
    const pub = fromTime(context.reference.instant.getTime());
    let day: Ymd;
    if (match[4]) {
      day = rule(Number(match[4]));
    } else {
      const tense = tenseAt(context.text, match.index!, match.index! + match[0].length);
      // "fresh fish for Easter", "every Christmas": a holiday in the present tense recurs, unless a word fixes it
      const lead = context.text.slice(Math.max(0, match.index! - 8), match.index!);
      if (/\b(?:every|each|typically|usually|often|always|annual|annually|peak|season)\b/i.test(context.text)) return null;
      if (tense === 'present' && !/\b(?:this|last|next|on|since|until)\s+$/i.test(lead)) return null;
      const thisYear = rule(pub.y);
      if (tense === 'future') day = daysBetween(pub, thisYear) >= 0 ? thisYear : rule(pub.y + 1);
      else day = daysBetween(thisYear, pub) >= 0 ? thisYear : rule(pub.y - 1);
    }
    const unit = match[1]?.toLowerCase();
    const offset = match[2] ? (match[2].toLowerCase() === 'before' ? -1 : 1) : 0;
    if (offset && (unit === 'day' || unit === 'night' || unit === 'morning' || unit === 'evening')) day = addDays(day, offset);
    else if (offset) return null; // "the week after Easter": a period, not a day
    const components = context.createParsingComponents({ year: day.y, month: day.m, day: day.d });
    components.addTag(RESOLVED_TAG);
    if (unit && unit !== 'day') components.addTag(MODIFIER_TAG + unit);
    return context.createParsingResult(match.index!, match[0], components);
  },
};
