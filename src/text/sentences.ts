/**
 * Sentence splitting for news prose: a sentence ends at . ! ? (or …) followed by
 * space and a capital, a digit or an opening quote, unless the word before the stop
 * is an abbreviation (titles, initials, U.S., p.m., Jan., ...). Closing quotes and
 * brackets after the stop stay with the sentence they end.
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence's first character in the paragraph text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'maj', 'capt',
    'cpl', 'sgt', 'adm', 'cmdr', 'pres', 'supt', 'det', 'insp', 'atty', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'ave',
    'blvd', 'rd', 'inc', 'co', 'corp', 'ltd', 'llc', 'dept', 'univ', 'no', 'nos', 'vs', 'etc', 'al', 'approx', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
    'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga',
    'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore',
    'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'd.c', 'n.y',
    'n.j', 'l.a', 'i.e', 'e.g', 'ph.d',
  ],
);

/** Abbreviations after which a capitalised word usually does start a new sentence. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'd.c', 'etc', 'inc', 'co', 'corp', 'ltd', 'llc', 'jr', 'sr']);

const CLOSERS = `"'\u201d\u2019)]`;
const OPENERS = `"'\u201c\u2018([`;

function wordBefore(text: string, stop: number): string {
  let i = stop - 1;
  while (i >= 0 && /[A-Za-z0-9.]/.test(text[i]!)) i--;
  return text.slice(i + 1, stop).replace(/^\.+/, '');
}

function isBoundary(text: string, stop: number, next: number): boolean {
  const ch = text[stop]!;
  if (ch !== '.') return true;
  const word = wordBefore(text, stop);
  const lower = word.toLowerCase();
  if (/^[A-Za-z]$/.test(word)) return false; // an initial: "Jane Q. Public"
  if ((lower === 'no' || lower === 'nos') && !/^\d/.test(text.slice(next))) return true; // "No. 3" but "said no."
  if (ABBREVIATIONS.has(lower)) {
    if (!SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return false;
    // "U.S. President" continues; "in the U.S. The next" ends: guess from what follows.
    const rest = text.slice(next);
    const nextWord = /^[\p{L}']+/u.exec(rest)?.[0] ?? '';
    return /^(The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|There|His|Her|Their|Its)$/.test(nextWord);
  }
  return true;
}

/** Splits a paragraph into sentences with their offsets; never loses a character but surrounding space. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    if (j >= text.length) break;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    const nextCh = text[k] ?? '';
    if (!(/[\p{Lu}\d]/u.test(nextCh) || OPENERS.includes(nextCh))) continue;
    if (!isBoundary(text, i, k)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
