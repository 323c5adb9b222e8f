/** Text normalisation for matching quotes: case, punctuation and quote style folded, words stemmed. */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set<string>([...eng, 'said', 'says', 'say', 'also', 'just', 'would', 'could', 'us', 'one'].map(w => w.replace(/'/g, '')));

/** Lowercase words with quote styles, apostrophes and possessives folded ("Hale’s" → "hale", "didn't" → "didnt"). */
const LETTERS = 'a-z0-9\u00c0-\u024f\u0386-\u03ff\u0400-\u0482\u048a-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af';
/** Words of lowercase text (explicit script ranges: much faster than Unicode property escapes). */
const WORD_RE = new RegExp(`[${LETTERS}]+(?:['\u2018\u2019\u02bc\`][${LETTERS}]+)*`, 'g');

/** Is a UTF-16 code of lowercase text a letter or digit of WORD_RE? */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x386 && c <= 0x3ff) || (c >= 0x400 && c <= 0x482) || (c >= 0x48a && c <= 0x4ff) ||
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

export function words(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const re = WORD_RE;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    let w = m[0];
    if (w.length > 2 && /['\u2018\u2019\u02bc`]/.test(w)) w = w.replace(/['\u2018\u2019\u02bc`]s$/, '').replace(/['\u2018\u2019\u02bc`]/g, '');
    out.push(w);
  }
  return out;
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
