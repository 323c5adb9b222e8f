/** Text normalisation for matching quotes: case, punctuation and quote style folded, words stemmed. */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set<string>([...eng, 'said', 'says', 'say', 'also', 'just', 'would', 'could', 'us', 'one'].map(w => w.replace(/'/g, '')));

/** Lowercase words with quote styles, apostrophes and possessives folded ("Putin’s" → "putin", "didn't" → "didnt"). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map(w => w.replace(/'s$/, '').replace(/'/g, ''))
    .filter(Boolean);
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

export const isStopword = (w: string): boolean => STOP.has(w);

/** Stems of all words, in order. */
export function stems(text: string): string[] {
  return words(text).map(stem);
}

/** Stems of the content words, in order. */
export function contentStems(text: string): string[] {
  return words(text).filter(w => !STOP.has(w)).map(stem);
}
