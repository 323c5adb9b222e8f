/**
 * Periods counted from the publication date that chrono does not read: "a decade ago", "two decades ago" (a year),
 * "a month away", "two weeks away", "a year away" (the date that far ahead, told by its unit's precision), and
 * quarters of a year: "in the second quarter", "the first quarter of 2023", "Q3" (told by the year, the quarter kept
 * as modifier; without a year, the tense of the clause says which).
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, fromTime } from '../calendar.ts';
import { MODIFIER_TAG, RESOLVED_TAG } from '../tags.ts';
import { tenseAt } from '../tense.ts';

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';

const DECADES = new RegExp(`\\b${COUNT}\\s+decades?\\s+ago\\b`, 'i');

export const decadesAgoParser: Parser = {
  pattern: () => DECADES,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // "less than a decade ago": a comparison, not a date
    if (/\b(?:than|nearly|almost|about|over|more)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 12), match.index!))) return null;
    const n = COUNTS[match[1]!.toLowerCase()] ?? Number(match[1]);
    const pub = fromTime(context.reference.instant.getTime());
    const components = context.createParsingComponents({ year: pub.y - 10 * n });
    components.addTag(RESOLVED_TAG);
    return context.createParsingResult(match.index!, match[0], components);
  },
};

const AWAY = new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+away\\b`, 'i');

export const periodAwayParser: Parser = {
  pattern: () => AWAY,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const n = COUNTS[match[1]!.toLowerCase()] ?? Number(match[1]);
    const unit = match[2]!.toLowerCase();
    const pub = fromTime(context.reference.instant.getTime());
    let components;
    if (unit === 'year') components = context.createParsingComponents({ year: pub.y + n });
    else if (unit === 'month') {
      const index = pub.y * 12 + pub.m - 1 + n;
      components = context.createParsingComponents({ year: Math.floor(index / 12), month: (index % 12) + 1 });
    } else {
      const day = addDays(pub, unit === 'week' ? 7 * n : n);
      components = unit === 'week' ? context.createParsingComponents({ year: day.y, month: day.m }) : context.createParsingComponents({ year: day.y, month: day.m, day: day.d });
    }
    components.addTag(RESOLVED_TAG);
    return context.createParsingResult(match.index!, match[0], components);
  },
};

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, q1: 1, q2: 2, q3: 3, q4: 4 };
const QUARTER = /\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(Q[1-4]))(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/;

export const quarterParser: Parser = {
  pattern: () => QUARTER,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const q = ORDINAL[(match[1] ?? match[2]!).toLowerCase()]!;
    const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 16);
    // "the fourth quarter" of a game, "a quarter of the vote": only a year's quarters
    if (!match[3] && /^\s+(?:of\s+(?:the|a|its|their|his|her)\b|lead|touchdown|goal)/i.test(after)) return null;
    const pub = fromTime(context.reference.instant.getTime());
    let year: number;
    if (match[3]) year = Number(match[3]);
    else {
      const tense = tenseAt(context.text, match.index!, match.index! + match[0].length);
      const startMonth = 3 * q - 2;
      const endMonth = 3 * q;
      if (tense === 'future') year = startMonth > pub.m || endMonth >= pub.m ? pub.y : pub.y + 1;
      else year = endMonth < pub.m || startMonth <= pub.m ? pub.y : pub.y - 1;
    }
    const components = context.createParsingComponents({ year });
    components.addTag(RESOLVED_TAG);
    components.addTag(MODIFIER_TAG + `Q${q}`);
    return context.createParsingResult(match.index!, match[0], components);
  },
};
