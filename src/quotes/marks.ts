/**
 * Quotation marks: pairs the opening and closing marks of a paragraph into top-level quoted spans. Straight and
 * curly double marks pair with each other (articles mix them); single marks inside a double quote are nested and
 * belong to it; apostrophes and inch signs (5’6”) are not marks. A double quote left open runs to the paragraph end.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph length when the quote is left open. */
  close: number;
  /** The quoted words without the marks (surrounding spaces trimmed). */
  start: number;
  end: number;
  /** The paragraph ends inside this quote. */
  unclosed: boolean;
  /** Single marks (‘…’) used as the outer quote. */
  single: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Top-level quoted spans of a paragraph, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  const marks = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
  for (let mm = marks.exec(text); mm; mm = marks.exec(text)) {
    const i = mm.index;
    const c = mm[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (openAt < 0) {
      // Only an opening mark may start a quote; a lone closing curly mark is an inch sign or a typo.
      if (c === '\u201d' || c === '\u00bb') continue;
      if (c === '"' && isWordChar(prev) && !isSpace(next)) continue; // 5'6" or a stray mark inside a word
      if (c === '"' && isSpace(next) && isWordChar(prev)) continue; // closing-looking straight mark with nothing open
      openAt = i;
    } else {
      if (c === '\u201c' && isSpace(prev) && !isSpace(next)) {
        // A new opening mark while a quote is open: the previous one was never closed (a typo); restart here.
        openAt = i;
        continue;
      }
      const [s, e] = trimmed(text, openAt + 1, i);
      if (e > s) spans.push({ open: openAt, close: i, start: s, end: e, unclosed: false, single: false });
      openAt = -1;
    }
  }
  if (openAt >= 0) {
    const [s, e] = trimmed(text, openAt + 1, text.length);
    if (e > s) spans.push({ open: openAt, close: text.length, start: s, end: e, unclosed: true, single: false });
  }
  if (spans.length === 0) return findSingleQuoteSpans(text);
  return spans;
}

/** Curly single marks used as outer quotes (headline style), only when a paragraph has no double marks. */
function findSingleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  if (!text.includes('\u2018')) return spans;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\u2018') continue;
    if (!isSpace(text[i - 1]) && !/[([—–-]/.test(text[i - 1]!)) continue;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] !== '\u2019') continue;
      if (isWordChar(text[j + 1])) continue; // an apostrophe: don’t
      if (/s/i.test(text[j - 1]!) && text[j + 1] === ' ' && !/[.,!?]/.test(text[j - 2] ?? '')) {
        // "parents’ rights": a plural possessive unless a closing mark is the only reading left
        if (text.indexOf('\u2019', j + 1) >= 0) continue;
      }
      const [s, e] = trimmed(text, i + 1, j);
      if (e > s) spans.push({ open: i, close: j, start: s, end: e, unclosed: false, single: true });
      i = j;
      break;
    }
  }
  return spans;
}

/**
 * The paragraph with every quoted span (marks included) replaced by "Q" letters, offsets kept. A quote that ends
 * a sentence keeps a full stop in its last position so that sentence splitting still sees the boundary.
 */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  let out = '';
  let pos = 0;
  for (const sp of spans) {
    out += text.slice(pos, sp.open);
    const to = Math.min(text.length, sp.close + 1);
    const len = to - sp.open;
    const inner = text.slice(sp.start, sp.end).replace(/['"\u2018\u2019\u201c\u201d]+$/, '');
    // "?" and "!" often stay inside the sentence of the attribution (“Why?” she asked); a full stop ends it.
    if (/[.…]$/.test(inner) && len > 1) out += 'Q'.repeat(len - 1) + '.';
    else out += 'Q'.repeat(len);
    pos = to;
  }
  out += text.slice(pos);
  return out;
}
