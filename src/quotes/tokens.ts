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
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'adm', 'cmdr', 'cpl', 'pvt', 'rev', 'st', 'jr', 'sr', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'n.j', 'inc', 'co',
  'corp', 'ltd', 'no', 'vs', 'sept', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'oct', 'nov', 'dec', 'atty', 'supt',
  'det', 'insp', 'ft', 'mt', 'a.m', 'p.m',
]);

const WORD = /[\p{L}\p{N}]+(?:[.'\u2019-][\p{L}\p{N}]+)*/uy;

export function lowerOf(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'").replace(/\.$/, '');
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
      out.push({ text: text.slice(sp.open, end), lower: '', start: sp.open, end, kind: 'quote', span: si });
      i = end;
      si++;
      continue;
    }
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let end = i + m[0].length;
      const w = m[0];
      const lw = w.toLowerCase();
      if (text[end] === '.' && (/^\p{L}$/u.test(w) || ABBREV.has(lw) || /\./.test(w))) end++;
      const t = text.slice(i, end);
      out.push({ text: t, lower: lowerOf(t), start: i, end, kind: 'word' });
      i = end;
      continue;
    }
    out.push({ text: c, lower: c, start: i, end: i + 1, kind: 'punct' });
    i++;
  }
  return out;
}

export const isCapitalized = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** "Trump's" / "Trump’s": the word without its possessive ending, or null when there is none. */
export function possessiveBase(t: Token): string | null {
  const m = /^(.+?)['\u2019]s?$/.exec(t.text);
  if (!m) return null;
  if (/['\u2019]$/.test(t.text) && !/s['\u2019]$/.test(t.text)) return null;
  return m[1]!;
}
