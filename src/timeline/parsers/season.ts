/**
 * Seasons tied to one year: "last summer", "this spring", "the summer of 2016", "fall 2015", "next winter".
 * A season with neither (the "winter" that wreaks havoc every year) is recurring, not a date. Told by its year
 * (the calendar year its months mostly fall in; winter: the year of its January), the season kept as modifier.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { fromTime } from '../calendar.ts';
import { MODIFIER_TAG, RESOLVED_TAG } from '../tags.ts';
import { tenseAt } from '../tense.ts';

const PATTERN =
  /\b(?:(this\s+past|last|next|this|the)\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?(?![\w-])/i;

/** Last month of each season (winter ends in February). */
const SEASON_END: Record<string, number> = { spring: 5, summer: 8, fall: 11, autumn: 11, winter: 2 };

export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const which = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const season = match[3]!.toLowerCase();
    const explicitYear = match[4] ? Number(match[4]) : null;
    const ref = fromTime(context.reference.instant.getTime());
    const end = SEASON_END[season]!;
    let year: number;
    if (explicitYear !== null) {
      year = explicitYear;
    } else if (which === 'this') {
      year = season === 'winter' && ref.m === 12 ? ref.y + 1 : ref.y;
    } else if (which === 'last' || which === 'this past') {
      // the most recent season that is over: last summer in July 2017 is 2016's, in November 2019 it is 2019's
      year = end < ref.m ? ref.y : ref.y - 1;
    } else if (which === 'next') {
      const startMonth = end - 2;
      year = startMonth > ref.m ? ref.y : ref.y + 1;
    } else if (
      (which === 'the' || !which) &&
      /\b(?:during|over|in|through|throughout|by|until|before)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 12), match.index!)) &&
      (which === 'the' || /\b(?:by|until|before)\s+$/i.test(context.text.slice(Math.max(0, match.index! - 8), match.index!))) &&
      !/\b(?:every|each|usually|typically|often|annual|annually|always|generally|normally|routinely|seasons?)\b/i.test(context.text)
    ) {
      // "worked on it during the summer", "will reopen by summer": one season, the latest (or, in a future clause, the
      // coming one: this year's while it is not over)
      const tense = tenseAt(context.text, match.index!, match.index! + match[0].length);
      if (tense === 'present') return null; // "pipes burst during the winter": recurring
      if (!which && tense !== 'future') return null; // "until summer" in a past clause: too vague
      year = tense === 'future' ? (end >= ref.m ? ref.y : ref.y + 1) : end < ref.m ? ref.y : ref.y - 1;
    } else {
      return null; // "the winter", "winter": recurring or vague
    }
    const components = context.createParsingComponents({ year });
    components.addTag(RESOLVED_TAG);
    const modifier = [match[2]?.toLowerCase(), season].filter(Boolean).join(' ');
    components.addTag(MODIFIER_TAG + modifier);
    return context.createParsingResult(match.index!, match[0], components);
  },
};
