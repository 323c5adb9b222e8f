/**
 * The forms a who-said query word may take in a quote: its own stem; a near spelling the quotes use when the typed
 * word is unknown to them (a typo: "ideaa" → "idea"); another inflection of the same word ("bold" → "boldest",
 * "boldest" → "bold"); and, weaker, a WordNet synonym of its most frequent senses ("foolish" → "stupid").
 * Each form carries a weight below 1 (but the word's own stem), so a quote in other words can match, never as well as
 * one in the asker's words; only forms the quotes hold are kept.
 */
import { baseForms, WORDNET_POS, wordNet, type WordNetPos } from '../search/wordnet.ts';
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
const INFLECTION_WEIGHT = 0.85;
const SYNONYM_WEIGHT = 0.6;
/** Senses of a word whose synonyms count, most frequent first. */
const SENSES = 2;
/** Shortest typed word a typo is looked for in (shorter ones have too many neighbours). */
const TYPO_MIN_LENGTH = 5;

/** Edits a typo may make in a word of this length: one (a swap of neighbours is one), two in long words. */
function typoEdits(length: number): number {
  return Math.min(typoBudget(length), length <= 7 ? 1 : 2);
}
/** Words whose synonyms match almost anything. */
const VAGUE = new Set(['say', 'tell', 'get', 'make', 'go', 'take', 'come', 'give', 'put', 'set', 'know', 'think', 'see', 'want', 'use', 'find', 'look', 'thing', 'way', 'people', 'time', 'year', 'day', 'be', 'have', 'do']);

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

/** Other inflections of an adjective or verb ("bold" ↔ "bolder", "boldest"; "late" ↔ "latest"). */
function inflections(word: string): string[] {
  const out = new Set<string>(baseForms(word).slice(1));
  const bases = [word, ...out];
  for (const base of bases) {
    if (base.length < 3) continue;
    const stemForm = base.endsWith('e') ? base.slice(0, -1) : base;
    const doubled = /[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(base) ? base + base.at(-1) : base;
    for (const suffix of ['er', 'est']) {
      out.add(stemForm + suffix);
      if (doubled !== base) out.add(doubled + suffix);
    }
    if (base.endsWith('y')) for (const suffix of ['ier', 'iest']) out.add(base.slice(0, -1) + suffix);
  }
  out.delete(word);
  return [...out];
}

/** Is the word in WordNet, as written or as an inflection its part of speech allows ("greater", but not "sillest")? */
function isEnglishWord(word: string): boolean {
  const wn = wordNet();
  if (!wn.available) return false;
  if (WORDNET_POS.some((pos) => wn.lemma(word, pos) !== null)) return true;
  const poses: WordNetPos[] = /(?:er|est)$/.test(word) ? ['adj'] : ['noun', 'verb'];
  return baseForms(word).slice(1).some((f) => poses.some((pos) => wn.lemma(f, pos) !== null));
}

/** Single-word synonyms of the word's most frequent senses. */
function synonyms(word: string): string[] {
  const wn = wordNet();
  if (!wn.available) return [];
  const forms = baseForms(word);
  if (forms.some((f) => VAGUE.has(f))) return [];
  const out = new Set<string>();
  for (const pos of WORDNET_POS) {
    for (const f of forms) {
      const entry = wn.lemma(f, pos);
      if (!entry) continue;
      const senses = Math.min(SENSES, entry.synsetOffsets.length, Math.max(1, entry.taggedSenses));
      for (let s = 0; s < senses; s++) {
        const synset = wn.synset(pos, entry.synsetOffsets[s]!, entry.lemma);
        for (const w of synset?.words ?? []) if (!w.includes('_') && w !== entry.lemma && !VAGUE.has(w)) out.add(w.toLowerCase());
      }
      break;
    }
  }
  return [...out];
}

/**
 * The forms of a query word that the quotes hold, its own stem first when they hold it. An unknown word is read as a
 * typo of the nearest known one; inflections and synonyms of known and corrected words follow with lower weights.
 */
export function formsOf(word: string, vocabulary: Vocabulary): Form[] {
  const own = stem(word);
  const out = new Map<string, number>();
  const add = (s: string, weight: number) => {
    if (vocabulary.has(s) && (out.get(s) ?? 0) < weight) out.set(s, weight);
  };
  add(own, 1);
  // a word of the dictionary the quotes do not use is no typo ("great" is not "create")
  if (!out.size && !isEnglishWord(word)) {
    for (const near of nearSpellings(own, vocabulary)) add(near, TYPO_WEIGHT);
    for (const near of nearSpellings(word, vocabulary)) add(near, TYPO_WEIGHT);
  }
  for (const f of inflections(word)) add(stem(f), INFLECTION_WEIGHT);
  for (const synonym of synonyms(word)) {
    add(stem(synonym), SYNONYM_WEIGHT);
    for (const f of inflections(synonym)) add(stem(f), SYNONYM_WEIGHT * INFLECTION_WEIGHT);
  }
  return [...out].map(([s, weight]) => ({ stem: s, weight })).sort((a, b) => b.weight - a.weight);
}
