/**
 * A month name with a qualifier chrono drops: "this past January", "last May", "next March", "late January",
 * "early this month" is elsewhere. With last/next/this the year is fixed here; with early/late/mid alone it is left
 * open for the resolution refiner, which picks it from the tense like a bare month.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { fromTime } from '../calendar.ts';
import { MODIFIER_TAG, OPEN_MONTH_TAG, RESOLVED_TAG } from '../tags.ts';
import { MONTH_PATTERN, monthNumber } from './months.ts';

const PATTERN = new RegExp(
  `\\b(?:([Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter)\\s+)?(?:([Tt]his\\s+past|[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?:([Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?(${MONTH_PATTERN})(?![\\w-]|\\s+\\d)`,
);

export const qualifiedMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const which = match[2]?.toLowerCase().replace(/\s+/g, ' ');
    const modifier = match[3]?.toLowerCase();
    // a bare month: chrono's own parser finds it, except "May" after a preposition other than "in" ("since May")
    if (!which && !modifier && !(match[4] === 'May' && match[1] && match[1].toLowerCase() !== 'in')) return null;
    const month = monthNumber(match[4]!);
    if (!month) return null;
    const ref = fromTime(context.reference.instant.getTime());
    const components = context.createParsingComponents({ month });
    if (which === 'this') {
      components.assign('year', ref.y);
    } else if (which === 'next') {
      components.assign('year', month > ref.m ? ref.y : ref.y + 1);
    } else if (which) {
      // "last January", "this past January": the most recent one before the current month
      components.assign('year', month < ref.m ? ref.y : ref.y - 1);
    }
    components.addTag(which ? RESOLVED_TAG : OPEN_MONTH_TAG);
    if (modifier) components.addTag(MODIFIER_TAG + modifier);
    return context.createParsingResult(match.index!, match[0], components);
  },
};
