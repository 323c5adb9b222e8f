/**
 * Cheap word cues, checked with plain substring search (much faster than a case-insensitive alternation, which the
 * regular-expression engine scans position by position). Used to skip text and parsers that cannot match.
 */

let lastText = '';
let lastLower = '';

/** The text in lower case, remembered for the last text asked (the parsers of one sentence ask in a row). */
export function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

export function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

export const WEEKDAY_CUES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const MONTH_CUES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const CASUAL_DAY_CUES = ['today', 'tonight', 'tomorrow', 'yesterday', 'last night', 'now', 'tmr', 'overmorrow'] as const;
export const PART_OF_DAY_CUES = ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'] as const;
export const PERIOD_CUES = ['week', 'month', 'year'] as const;
export const SEASON_CUES = ['spring', 'summer', 'fall', 'autumn', 'winter'] as const;
