/**
 * A cheap test for text that may hold a date, run before chrono so that the costly parse only sees the sentences
 * that need it. It may say yes too often (that only costs time), never no to a date the parsers would find.
 */

const DATE_WORDS =
  /(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|\b(?:week|month|year)\b|spring|summer|fall|autumn|winter|\bago\b|\b(?:1[89]|20)\d\d\b/i;
const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)/;

export function mayHoldDate(text: string): boolean {
  return DATE_WORDS.test(text) || MONTHS.test(text);
}
