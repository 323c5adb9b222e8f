/**
 * Numeric dates that name their year: "3/5/2024", "03/05/2024" (month first, as US news writes them; day first when
 * the first number cannot be a month: "25/12/2023"). chrono's slash parsers stay off, since without a year "24/7",
 * "9/11" and "10/12" are not dates.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { daysInMonth } from '../calendar.ts';
import { RESOLVED_TAG } from '../tags.ts';

const PATTERN = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/;

export const numericDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    let month = Number(match[1]);
    let day = Number(match[2]);
    const year = Number(match[3]);
    if (month > 12) [month, day] = [day, month];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    const components = context.createParsingComponents({ year, month, day });
    components.addTag(RESOLVED_TAG);
    return context.createParsingResult(match.index!, match[0], components);
  },
};
