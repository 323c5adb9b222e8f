/**
 * Years written in forms chrono does not read: a range of two full years ("the 1998-2001 drought", "1998–2001":
 * one result with both years, so that each becomes an entry) and a year with an apostrophe ("in '91", "since ’08").
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { fromTime } from '../calendar.ts';
import { RESOLVED_TAG } from '../tags.ts';

const RANGE = /\b((?:1[89]|20)\d\d)\s?[-\u2013]\s?((?:1[89]|20)\d\d)\b(?![-/.,]\d)/;

export const yearRangeParser: Parser = {
  pattern: () => RANGE,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (to <= from || to - from > 30) return null; // "2001-1998", "1900-2000": no range of one happening
    const before = context.text.slice(Math.max(0, match.index! - 2), match.index!);
    if (/[$\u20ac\u00a3#\d]\s?$/.test(before)) return null;
    const result = context.createParsingResult(match.index!, match[0], context.createParsingComponents({ year: from }), context.createParsingComponents({ year: to }));
    result.addTag(RESOLVED_TAG);
    return result;
  },
};

const APOSTROPHE = /\b(in|since|of|from|during|until|by|back\s+in|class\s+of)\s+['\u2019](\d\d)\b(?!['\u2019]?s\b)/i;

export const apostropheYearParser: Parser = {
  pattern: () => APOSTROPHE,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const two = Number(match[2]);
    const pub = fromTime(context.reference.instant.getTime());
    // The most recent year with those two digits, not after publication.
    let year = Math.floor(pub.y / 100) * 100 + two;
    if (year > pub.y) year -= 100;
    const components = context.createParsingComponents({ year });
    components.addTag(RESOLVED_TAG);
    return context.createParsingResult(match.index!, match[0], components);
  },
};
