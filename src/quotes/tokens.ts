/**
 * Tokens of a stretch of paragraph text for the attribution rules: words (with abbreviation dots kept: "Sen.",
 * "U.S.", "J."), punctuation, and one token per quoted span.
 */
import type { QuoteSpan } from './marks.ts';

export interface Token {
  text: string;
  /** Lowercase, curly apostrophes straightened, trailing dot removed ("sen", "u.s"). */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** Index of the quoted span for quote tokens. */
  span?: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The word without its possessive ending ("Hale's" → "Hale"), or null. */
  poss: string | null;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'adm', 'cmdr', 'cpl', 'pvt', 'rev', 'st', 'jr', 'sr', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'n.j', 'inc', 'co',
  'corp', 'ltd', 'no', 'vs', 'sept', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'oct', 'nov', 'dec', 'atty', 'supt',
  'det', 'insp', 'ft', 'mt', 'a.m', 'p.m',
]);

const UNI_ALNUM = /[\p{L}\p{N}]/u;
const UNI_UPPER = /\p{Lu}/u;
/** 0 = unknown, 1 = letter or digit, 2 = other; for characters beyond ASCII, filled lazily. */
const charClass = new Uint8Array(65536);

function isAlnumCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = charClass[c]!;
  if (k === 0) {
    k = UNI_ALNUM.test(String.fromCharCode(c)) ? 1 : 2;
    charClass[c] = k;
  }
  return k === 1;
}

const isUpperCode = (c: number, ch: string): boolean => (c < 128 ? c >= 65 && c <= 90 : UNI_UPPER.test(ch));
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c > 127 && /\s/.test(String.fromCharCode(c)));

const lowerCache = new Map<string, string>();

export function lowerOf(word: string): string {
  let l = lowerCache.get(word);
  if (l !== undefined) return l;
  l = word.toLowerCase();
  if (l.includes('\u2019')) l = l.replace(/\u2019/g, "'");
  if (l.endsWith('.')) l = l.slice(0, -1);
  if (lowerCache.size > 100_000) lowerCache.clear();
  lowerCache.set(word, l);
  return l;
}

/** Tokens of text[from, to) where `spans` are the paragraph's quoted spans (their marks included). */
export function tokenize(text: string, from: number, to: number, spans: QuoteSpan[] = []): Token[] {
  const out: Token[] = [];
  let i = from;
  let si = 0;
  while (i < to) {
    while (si < spans.length && spans[si]!.close < i) si++;
    const sp = spans[si];
    if (sp && sp.open <= i && i <= sp.close) {
      const end = Math.min(text.length, sp.close + 1);
      out.push({ text: text.slice(sp.open, end), lower: '', start: sp.open, end, kind: 'quote', span: si, cap: false, poss: null });
      i = end;
      si++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (isAlnumCode(code)) {
      let end = i + 1;
      let inner = false;
      for (;;) {
        while (end < to && isAlnumCode(text.charCodeAt(end))) end++;
        const n = text.charCodeAt(end);
        if ((n === 46 || n === 39 || n === 0x2019 || n === 45) && end + 1 < to && isAlnumCode(text.charCodeAt(end + 1))) {
          if (n === 46) inner = true;
          end += 2;
          continue;
        }
        break;
      }
      if (text.charCodeAt(end) === 46 && (end - i === 1 && !/\d/.test(text[i]!) || inner || ABBREV.has(text.slice(i, end).toLowerCase()))) end++;
      const t = text.slice(i, end);
      out.push({ text: t, lower: lowerOf(t), start: i, end, kind: 'word', cap: isUpperCode(code, text[i]!), poss: possessiveOf(t) });
      i = end;
      continue;
    }
    const c = text[i]!;
    out.push({ text: c, lower: c, start: i, end: i + 1, kind: 'punct', cap: false, poss: null });
    i++;
  }
  return out;
}

export const isCapitalized = (t: Token | undefined): boolean => !!t && t.cap;

function possessiveOf(w: string): string | null {
  if (!w.includes("'") && !w.includes('\u2019')) return null;
  const m = /^(.+?)['\u2019]s?$/.exec(w);
  if (!m) return null;
  if (/['\u2019]$/.test(w) && !/s['\u2019]$/.test(w)) return null;
  return m[1]!;
}

/** "Hale's" / "Hale’s": the word without its possessive ending, or null when there is none. */
export function possessiveBase(t: Token): string | null {
  return t.poss;
}
