/**
 * The timeline's chrono: chrono's casual English parsers, minus the ones that read durations, numbers or dates counted
 * from another event as dates, plus our parsers (years, relative weeks/months/years, qualified months, seasons) and
 * refiners (part of day, non-events, resolution against the publication date). Results carry final dates: the
 * certain components say the precision (day, month or year).
 */
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import { bareYearParser } from './parsers/bareYear.ts';
import { qualifiedMonthParser } from './parsers/qualifiedMonth.ts';
import { currentPeriodEdgeParser, relativePeriodParser } from './parsers/relativePeriod.ts';
import { seasonParser } from './parsers/season.ts';
import { decadesAgoParser, fortnightAgoParser, periodAheadParser, periodAwayParser, quarterParser } from './parsers/countedPeriod.ts';
import { holidayParser } from './parsers/holiday.ts';
import { numericDateParser } from './parsers/numericDate.ts';
import { apostropheYearParser, yearRangeParser } from './parsers/yearForms.ts';
import { Cue, cuesOf } from './cues.ts';
import { RESOLVED_TAG } from './tags.ts';
import { dropNonEventsRefiner } from './refiners/dropNonEvents.ts';
import { partOfDayRefiner } from './refiners/partOfDay.ts';
import { resolveAgainstPublicationRefiner } from './refiners/resolveAgainstPublication.ts';

/** chrono parsers that do more harm than good on news prose. */
const UNWANTED_PARSERS = new Set([
  'SlashDateFormatParser', // "24/7", "10/12" scores, "9/11"
  'ENSlashMonthFormatParser',
  'ENTimeUnitWithinFormatParser', // "within 48 hours": a duration
  'ENTimeUnitLaterFormatParser', // "four years later": counted from another event
  'ENTimeUnitCasualRelativeFormatParser', // "the past five years", "+2 days"
  'ENRelativeDateFormatParser', // "last month", "this week": replaced by relativePeriodParser (precision)
  'ENEndOfCurrentMonthParser',
]);

/**
 * Words a parser cannot match without: a parser whose gate fails on a sentence is not run on it (chrono runs every
 * parser's regular expression over every sentence, and some of them are slow). The cues are found in one pass.
 */
type Gate = (text: string) => boolean;
const has =
  (flags: number): Gate =>
  text =>
    (cuesOf(text) & flags) !== 0;
const CLOCK = /\d\s*(?:[ap]\.?m\b|o\W*clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|\d:\d\d|\bat\s+\d/i;
const GATES: Record<string, Gate> = {
  ENYearMonthDayParser: text => has(Cue.year)(text) && /\d{4}[-./\s]\d/.test(text),
  ISOFormatParser: text => has(Cue.year)(text) && /\d{4}-\d/.test(text),
  ENMonthNameLittleEndianParser: has(Cue.month),
  ENMonthNameMiddleEndianParser: has(Cue.month),
  ENMonthNameParser: has(Cue.month),
  ENYearMonthNameParser: has(Cue.month),
  ENWeekdayParser: has(Cue.weekday | Cue.weekend),
  ENTimeExpressionParser: text => has(Cue.digit)(text) && CLOCK.test(text), // "10:30 p.m.", "at 7", "8 in the morning"
  ENTimeUnitAgoFormatParser: has(Cue.ago), // "before"/"earlier" results are dropped anyway
  ENCasualDateParser: has(Cue.casualDay),
  ENCasualTimeParser: has(Cue.partOfDay),
};
const NEVER = /(?!)/y;
const HOLIDAY_CUE = /Christmas|Easter|Thanksgiving|New Year|Halloween|Juneteenth|Valentine|Independence|Fourth|Memorial|Labor Day|Veterans|Patrick|Mother|Father|Presidents|King Jr|MLK|Good Friday|Boxing|Armistice|Remembrance|Election Day|Anzac|ANZAC|Australia Day|Waitangi|Canada Day|Bastille|Guy Fawkes|Bonfire Night/;

/** "the evening of March 3, 2024", "the night of 14 March": the part of day yields to the date after "of" (chrono
 * would merge them into the publication day's evening). */
function partOfDayBeforeDate(parser: chrono.Parser): chrono.Parser {
  return {
    pattern: context => parser.pattern(context),
    extract: (context, match) => {
      const end = (match.index ?? 0) + match[0].length;
      if (/^\s+of\s+(?:\d|[A-Z])/.test(context.text.slice(end, end + 8))) return null;
      return parser.extract(context, match);
    },
  };
}

function gated(parser: chrono.Parser, gate: Gate | undefined): chrono.Parser {
  if (!gate) return parser;
  return {
    pattern: context => (gate(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** chrono's filter drops results made of digits only, which a bare year is: let our own results through it. */
function sparingOurs(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const ours = results.filter(result => result.tags().has(RESOLVED_TAG));
      if (!ours.length) return filter.refine(context, results);
      const kept = new Set([...ours, ...filter.refine(context, results.filter(result => !ours.includes(result)))]);
      return results.filter(result => kept.has(result));
    },
  };
}

function build(): chrono.Chrono {
  // Loaded on first use (a few hundred ms): a command answered from the persisted index never parses dates.
  const { casual } = createRequire(import.meta.url)('chrono-node') as typeof chrono;
  const engine = casual.clone();
  engine.parsers = engine.parsers
    .filter(parser => !UNWANTED_PARSERS.has(parser.constructor.name))
    .map(parser => gated(parser.constructor.name === 'ENCasualTimeParser' ? partOfDayBeforeDate(parser) : parser, GATES[parser.constructor.name]));
  // "the end of last year" is a year with a modifier (relativePeriodParser), not its last day
  engine.refiners = engine.refiners.filter(refiner => refiner.constructor.name !== 'ENEndOfPeriodRefiner');
  engine.refiners = engine.refiners.map(refiner => (refiner.constructor.name === 'UnlikelyFormatFilter' ? sparingOurs(refiner) : refiner));
  engine.parsers.push(
    gated(bareYearParser, has(Cue.year)),
    gated(relativePeriodParser, has(Cue.period)),
    gated(currentPeriodEdgeParser, text => has(Cue.period)(text) && /\b(?:end|start|beginning|middle|rest)\b/.test(text)),
    gated(qualifiedMonthParser, has(Cue.month)),
    gated(seasonParser, has(Cue.season)),
    gated(holidayParser, text => HOLIDAY_CUE.test(text)),
    gated(yearRangeParser, text => has(Cue.year)(text) && /\d{4}\s?[-\u2013]\s?\d{4}/.test(text)),
    gated(apostropheYearParser, text => /['\u2019]\d\d\b/.test(text)),
    gated(decadesAgoParser, text => has(Cue.ago)(text) && /decade/i.test(text)),
    gated(periodAwayParser, text => /\baway\b/.test(text)),
    gated(numericDateParser, text => has(Cue.year)(text) && /\d\/\d{1,2}\/\d{4}/.test(text)),
    gated(periodAheadParser, text => /\bin\s/.test(text) && /\b(?:days?|weeks?|fortnights?|months?|years?)\b/.test(text)),
    gated(fortnightAgoParser, text => has(Cue.ago)(text) && /fortnight/.test(text)),
    gated(quarterParser, text => /quarter|\bQ[1-4]\b/.test(text)),
  );
  engine.refiners.push(partOfDayRefiner, dropNonEventsRefiner, resolveAgainstPublicationRefiner);
  return engine;
}

let engine: chrono.Chrono | null = null;

/** The configured chrono instance (built once). */
export function timelineChrono(): chrono.Chrono {
  return (engine ??= build());
}

/** Dated expressions of one sentence, resolved against `reference` (the publication day, at noon UTC). */
export function parseDates(sentence: string, reference: Date): chrono.ParsedResult[] {
  return timelineChrono().parse(sentence, { instant: reference, timezone: 0 });
}
