/**
 * Keeps the part of day with the day it qualifies: "late Sunday", "early Wednesday", "Earlier Saturday",
 * "later Monday morning", "Sunday night", "10:30 p.m. Tuesday", "this morning". The words join the expression and
 * are recorded as the modifier; the date stays the day's.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MODIFIER_TAG, modifierOf } from '../tags.ts';

const PREFIX = /\b(late|early|earlier|later)(?:\s+(?:on|in\s+the\s+day\s+on))?\s+$/i;
const SUFFIX = /^\s+(morning|afternoon|evening|night|overnight)\b/i;
const PART_OF_DAY = /\b(morning|afternoon|evening|night|overnight|tonight|noon|midnight|midday)\b/i;
const CLOCK = /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?=\W|$)|\b\d{1,2}:\d{2}\b/i;

export const partOfDayRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (result.start.isCertain('year') && !result.start.isCertain('day') && !result.start.isCertain('weekday')) continue; // months, years
      const before = context.text.slice(Math.max(0, result.index - 40), result.index);
      const prefix = PREFIX.exec(before);
      if (prefix && !/^(late|early|earlier|later)\b/i.test(result.text)) {
        result.index -= prefix[0].length;
        result.text = context.text.slice(result.index, result.index + prefix[0].length + result.text.length);
      }
      const afterStart = result.index + result.text.length;
      const suffix = SUFFIX.exec(context.text.slice(afterStart, afterStart + 20));
      if (suffix && !PART_OF_DAY.test(result.text)) result.text = context.text.slice(result.index, afterStart + suffix[0].length);
      if (modifierOf(result.tags())) continue;
      const words = [
        /^(late|early|earlier|later)\b/i.exec(result.text)?.[1]?.toLowerCase(),
        PART_OF_DAY.exec(result.text)?.[1]?.toLowerCase().replace('tonight', 'night'),
        CLOCK.exec(result.text)?.[0],
      ].filter(Boolean);
      if (words.length) result.addTag(MODIFIER_TAG + words.join(' '));
    }
    return results;
  },
};
