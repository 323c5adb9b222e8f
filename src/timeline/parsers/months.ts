/** Month names as written in news prose, case-sensitive so that "may" the verb is never a month. */

export const MONTH_NUMBER: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** "January", "Jan.", "Sept." (abbreviations only with their full stop). */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)';

export function monthNumber(word: string): number | null {
  return MONTH_NUMBER[word.toLowerCase().replace(/\.$/, '')] ?? null;
}
