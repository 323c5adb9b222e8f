/**
 * Years written on their own: "in 2016", "since 1980", "the 2016 election", "in 2008 and 2012" (two results),
 * "early 2016". Not decades ("the 1970s"), money ("$2016"), counts ("2016 people"), scores or ranges of numbers.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { MODIFIER_TAG, RESOLVED_TAG } from '../tags.ts';

const PATTERN = /\b(?:(in|since|from|during)\s+)?(?:(early|late|mid)[\s-]+)?((?:1[89]|20)\d\d)\b/i;

/** Capitalised words before a number that make it an identifier: "Route 2016", "Flight 2016", "Windows 2000". */
const IDENTIFIER_BEFORE =
  /\b(?:Route|Highway|Interstate|Flight|Room|Suite|Box|Unit|Apartment|Apt\.|Building|Gate|Terminal|Platform|Channel|Model|Version|Windows|Form|Bill|Proposition|Prop\.|Section|Article|Rule|Chapter|Exhibit|No\.|Number|Item|Code|Pier|Lot|Bus|Train|Vol\.|Volume|Page|Resolution)\s+$/;

/** A street address: "2000 Pennsylvania Avenue". */
const STREET_AFTER = /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Way|Place|Court|Highway)(?!\w)/;

/** Words after a number that make it a quantity rather than a year. */
const UNIT_AFTER =
  /^\s+(?:miles?|feet|foot|pounds?|kilo\w*|meters?|acres?|dollars?|euros?|percent|people|points?|votes?|troops|jobs|cases|deaths|hours|minutes|seconds|degrees|calories|homes|units|tons|barrels|shares|residents|students|workers|members|employees|officers|soldiers|copies|words|pages|times|households|lane)\b/i;

export const bareYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const yearText = match[3]!;
    const start = match.index!;
    const yearStart = start + match[0].length - yearText.length;
    const yearEnd = start + match[0].length;
    const after = text.slice(yearEnd, yearEnd + 24);
    // what stands right before the number (or before "mid-" when there is one)
    const lead = match[2] ? start + match[0].indexOf(match[2]) : yearStart;
    const before = text.slice(Math.max(0, lead - 2), lead);
    if (/[$€£#]\s?$|\d[.,]?$|[-/:.]$/.test(before)) return null; // "$2016", "1,2016", "X-2016", "10/2016", "2008-2012"
    if (/^(?:s\b|['\u2019]s\b(?=\s+(?:and|or|to)\b)|%|[-/]\d|[.,]\d|:\d)/.test(after)) return null; // "1970s", "2016%", "2015-16", "2016.5"
    if (UNIT_AFTER.test(after)) return null;
    if (/^\s*(?:to|-|\u2013)\s*\d{1,3}\b(?![,.]?\d)/.test(after)) return null; // a score or vote count: "2020 to 15"
    if (STREET_AFTER.test(text.slice(yearEnd, yearEnd + 40))) return null;
    if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, lead - 14), lead))) return null;
    if (/\b(?:Act|Acts|Code|Treaty)\s+of\s+$/.test(text.slice(Math.max(0, lead - 14), lead))) return null; // "the Securities Act of 1933": a title
    const components = context.createParsingComponents({ year: Number(yearText) });
    components.addTag(RESOLVED_TAG);
    const modifier = match[2]?.toLowerCase();
    if (modifier) components.addTag(MODIFIER_TAG + modifier);
    return context.createParsingResult(start, match[0], components);
  },
};
