/**
 * Periods counted from the publication date that chrono does not read: "a decade ago", "two decades ago" (a year),
 * "a month away", "two weeks away", "in a fortnight", "in two weeks' time" (the date that far ahead, told by its unit's
 * precision), "a fortnight ago", and quarters of a year: "in the second quarter", "the first quarter of 2023", "Q3" (told by the year, the quarter kept
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
    // "sell for less than they did a decade ago": a comparison, not a date ("nearly a decade ago" is one)
    const before = context.text.slice(0, match.index!).replace(/\b(?:more|less|fewer|over|under)\s+than\s+$/i, '');
    if (/\bthan\b[^.;]*$/i.test(before)) return null;
    const n = COUNTS[match[1]!.toLowerCase()] ?? Number(match[1]);
    const pub = fromTime(context.reference.instant.getTime());
    const components = context.createParsingComponents({ year: pub.y - 10 * n });
    components.addTag(RESOLVED_TAG);
    return context.createParsingResult(match.index!, match[0], components);
  },
};

/**
 * The date n units from the publication date (negative n: before it), told by the unit's precision: a day by its day,
 * a week or fortnight by its month, a month by its month, a year by its year.
 */
function countedFrom(context: ParsingContext, n: number, unit: string) {
  const pub = fromTime(context.reference.instant.getTime());
  if (unit === 'year') return context.createParsingComponents({ year: pub.y + n });
  if (unit === 'month') {
    const index = pub.y * 12 + pub.m - 1 + n;
    return context.createParsingComponents({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  const day = addDays(pub, (unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 1) * n);
  return unit === 'day' ? context.createParsingComponents({ year: day.y, month: day.m, day: day.d }) : context.createParsingComponents({ year: day.y, month: day.m });
}

const countOf = (word: string) => COUNTS[word.toLowerCase()] ?? Number(word);

const AWAY = new RegExp(`\\b${COUNT}\\s+(day|week|fortnight|month|year)s?\\s+away\\b`, 'i');

export const periodAwayParser: Parser = {
  pattern: () => AWAY,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const components = countedFrom(context, countOf(match[1]!), match[2]!.toLowerCase());
    components.addTag(RESOLVED_TAG);
    return context.createParsingResult(match.index!, match[0], components);
  },
};

const FORTNIGHT_AGO = new RegExp(`\\b${COUNT}\\s+fortnights?\\s+ago\\b`, 'i');

/** "a fortnight ago" (chrono knows no fortnight): told by its month, like "two weeks ago". */
export const fortnightAgoParser: Parser = {
  pattern: () => FORTNIGHT_AGO,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const components = countedFrom(context, -countOf(match[1]!), 'fortnight');
    components.addTag(RESOLVED_TAG);
    return context.createParsingResult(match.index!, match[0], components);
  },
};

const AHEAD = new RegExp(
  `\\bin\\s+(?:(?:just|only|about|around|roughly|another|less\\s+than|under)\\s+)?${COUNT}\\s+(day|week|fortnight|month|year)s?(?:(?:['\\u2019]s?)?\\s+time\\b)?(?![\\w-])`,
  'i',
);

/**
 * "in a fortnight", "in two weeks", "in three months' time", "in a year's time": that far after publication, in a
 * clause about what is to come ("the bill will pass in two weeks", "before Parliament rises in a fortnight"). In a
 * past clause it is a duration ("sold out in two weeks"), and after a superlative or "first time" a comparison ("the
 * highest level in a year").
 */
export const periodAheadParser: Parser = {
  pattern: () => AHEAD,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const before = context.text.slice(Math.max(0, match.index! - 40), match.index!);
    if (/\b(?:time|times|once|twice|per|first|last|only|ever|\w+est|most|least|level|high|low)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) return null;
    if (/\b(?:within|for|than)\s+$/i.test(before)) return null;
    if (tenseAt(context.text, match.index!, match.index! + match[0].length) !== 'future') return null;
    const components = countedFrom(context, countOf(match[1]!), match[2]!.toLowerCase());
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
