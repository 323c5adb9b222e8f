/**
 * The forms a who-said query word may take in a quote: its own stem, or a near spelling the quotes use when the
 * typed word is unknown to them (a typo: "ideaa" → "idea"). A near spelling weighs less than the word itself, so a
 * quote in the asker's own words ranks first; only forms the quotes hold are kept.
 */
import { editDistance, typoBudget } from '../text/closest.ts';
import { isStopword, stem } from './search-text.ts';

export interface Form {
  stem: string;
  weight: number;
}

/** What the quote index knows of its words. */
export interface Vocabulary {
  has(stem: string): boolean;
  /** Quotes holding the stem (its document frequency). */
  count(stem: string): number;
  /** Known stems of this length. */
  ofLength(length: number): readonly string[];
}

const TYPO_WEIGHT = 0.9;
/** Shortest typed word a typo is looked for in (shorter ones have too many neighbours). */
const TYPO_MIN_LENGTH = 5;

/** Edits a typo may make in a word of this length: one (a swap of neighbours is one), two in long words. */
function typoEdits(length: number): number {
  return Math.min(typoBudget(length), length <= 7 ? 1 : 2);
}

/** Known stems within the typo budget of `word`, nearest first (then the most common). */
function nearSpellings(word: string, vocabulary: Vocabulary): string[] {
  if (word.length < TYPO_MIN_LENGTH || /\d/.test(word)) return [];
  const budget = typoEdits(word.length);
  let best: string[] = [];
  let bestDistance = budget;
  for (let length = word.length - budget; length <= word.length + budget; length++) {
    for (const candidate of vocabulary.ofLength(length)) {
      if (candidate[0] !== word[0] && candidate[1] !== word[1]) continue; // a typo rarely changes both first letters
      if (isStopword(candidate) || candidate.length < TYPO_MIN_LENGTH - 1) continue;
      const d = editDistance(word, candidate);
      if (d > budget) continue;
      if (d < bestDistance) {
        best = [candidate];
        bestDistance = d;
      } else if (d === bestDistance) best.push(candidate);
    }
  }
  return best.sort((a, b) => vocabulary.count(b) - vocabulary.count(a)).slice(0, 2);
}

/**
 * The forms of a query word that the quotes hold, its own stem first when they hold it. An unknown word is read as a
 * typo of the nearest known one.
 */
export function formsOf(word: string, vocabulary: Vocabulary): Form[] {
  const own = stem(word);
  const out = new Map<string, number>();
  const add = (s: string, weight: number) => {
    if (vocabulary.has(s) && (out.get(s) ?? 0) < weight) out.set(s, weight);
  };
  add(own, 1);
  if (!out.size) {
    for (const near of nearSpellings(own, vocabulary)) add(near, TYPO_WEIGHT);
    for (const near of nearSpellings(word, vocabulary)) add(near, TYPO_WEIGHT);
  }
  return [...out].map(([s, weight]) => ({ stem: s, weight })).sort((a, b) => b.weight - a.weight);
}
