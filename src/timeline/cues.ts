/**
 * Which kinds of date words a sentence holds, found in one pass, so that each chrono parser can be skipped on
 * sentences it cannot match (chrono runs every parser's regular expression over every sentence otherwise).
 */

export const Cue = {
  weekday: 1,
  month: 2,
  casualDay: 4,
  partOfDay: 8,
  period: 16,
  season: 32,
  ago: 64,
  year: 128,
  digit: 256,
  weekend: 512,
} as const;

/** Case-sensitive alternatives (months and weekdays capitalised as prose writes them): faster than the i flag. */
const CUE_WORDS =
  /(Mon|Tue|Wed|Thu|Fri|Sat|Sun)|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|([Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Nn]ow\b|last night)|([Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|[Nn]oon|[Mm]idday)|([Ww]eek(?!end|day)|[Mm]onth|[Yy]ear)|([Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)|(\bago\b)|((?:1[89]|20)\d\d)|(\d)|([Ww]eekend|[Ww]eekday)/g;

let lastText = '';
let lastCues = 0;

/** The cue flags of a text, remembered for the last text asked (the parsers of one sentence ask in a row). */
export function cuesOf(text: string): number {
  if (text === lastText) return lastCues;
  let cues = 0;
  CUE_WORDS.lastIndex = 0;
  for (let m = CUE_WORDS.exec(text); m; m = CUE_WORDS.exec(text)) {
    for (let group = 1; group <= 10; group++) {
      if (m[group] !== undefined) {
        cues |= 1 << (group - 1);
        break;
      }
    }
  }
  lastText = text;
  lastCues = cues;
  return cues;
}
