/**
 * Term processing shared by indexing and querying: Unicode-aware tokens, folded case and
 * accents, English stop words (the `stopword` package's list plus question words) and
 * Porter stems (the `stemmer` package). The same function runs on paragraphs and queries.
 */
import { eng as englishStopWords } from 'stopword';
import { stemmer } from 'stemmer';

/** A word of the text with its position; `term` is null for stop words. */
export interface Token {
  word: string;
  start: number;
  end: number;
  term: string | null;
}

const QUESTION_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'tell', 'me', 'about'];
const STOP = new Set([...englishStopWords, ...QUESTION_WORDS]);

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** Lower case, accents removed, typographic apostrophes made plain. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\u2019/g, "'");
}

/** The index term of one word, or null when it is a stop word or noise. */
export function processTerm(word: string): string | null {
  let w = fold(word);
  w = w.replace(/'s$/, '').replace(/'/g, '');
  if (!w || STOP.has(w)) return null;
  if (w.length === 1 && !/\d/.test(w)) return null;
  return /^\d/.test(w) ? w : stemmer(w);
}

/** Every word of a text with its offsets and index term. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length, term: processTerm(m[0]) });
  }
  return out;
}

/** The distinct index terms of a text, in order of first appearance. */
export function terms(text: string): string[] {
  const seen = new Set<string>();
  for (const t of tokenize(text)) if (t.term) seen.add(t.term);
  return [...seen];
}

/** Splits text into words for minisearch (the term processing happens in processTerm). */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}
