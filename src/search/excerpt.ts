/**
 * Excerpts: the best-matching sentence or two of a paragraph, trimmed at word boundaries to a
 * length, with the ranges of the matched words (marks) for renderers to highlight.
 */
import type { Marks } from '../answers.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { tokenize } from '../text/terms.ts';

export interface Excerpt {
  excerpt: string;
  marks: Marks;
  /** The single best sentence, untrimmed. */
  sentence: string;
}

export const DEFAULT_EXCERPT_LENGTH = 300;
const ELLIPSIS = '\u2026';

function matches(term: string | null, wanted: Set<string>): boolean {
  return term !== null && wanted.has(term);
}

function markRanges(text: string, wanted: Set<string>, offset: number, from: number, to: number): Marks {
  const marks: Marks = [];
  for (const t of tokenize(text.slice(from, to))) {
    if (matches(t.term, wanted)) marks.push([t.start + offset, t.end + offset]);
  }
  return marks;
}

function sentenceScore(s: Sentence, wanted: Set<string>): number {
  const seen = new Set<string>();
  let hits = 0;
  for (const t of tokenize(s.text)) {
    if (matches(t.term, wanted)) {
      hits++;
      seen.add(t.term!);
    }
  }
  return seen.size * 10 + Math.min(hits, 5);
}

/** Cuts `text` to at most `max` characters around `focus`, at word boundaries, with ellipses. */
function window(text: string, focus: number, max: number): { start: number; end: number } {
  if (text.length <= max) return { start: 0, end: text.length };
  let start = Math.max(0, Math.min(focus - Math.floor(max / 3), text.length - max));
  let end = Math.min(text.length, start + max - 2);
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    start = sp >= 0 && sp < focus ? sp + 1 : start;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    end = sp > start ? sp : end;
  }
  return { start, end };
}

/** The excerpt of `text` for a query whose index terms are `wanted`. */
export function makeExcerpt(text: string, wanted: Set<string>, maxLength = DEFAULT_EXCERPT_LENGTH): Excerpt {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return { excerpt: '', marks: [], sentence: '' };
  let best = 0;
  let bestScore = -1;
  sentences.forEach((s, i) => {
    const sc = sentenceScore(s, wanted);
    if (sc > bestScore) {
      bestScore = sc;
      best = i;
    }
  });
  const first = sentences[best]!;
  let from = first.start;
  let to = first.end;
  // Widen to a neighbour while it fits: the following sentence, else the one before.
  const next = sentences[best + 1];
  const prev = sentences[best - 1];
  if (next && next.end - from <= maxLength && to - from < maxLength / 2) to = next.end;
  else if (prev && to - prev.start <= maxLength && to - from < maxLength / 2) from = prev.start;

  const span = text.slice(from, to);
  const marksInSpan = markRanges(text, wanted, 0, from, to);
  const focus = marksInSpan[0]?.[0] ?? 0;
  const w = window(span, focus, maxLength);
  // Whole sentences need no ellipsis; a cut inside them does.
  const lead = w.start > 0 ? ELLIPSIS : '';
  const excerpt = `${lead}${span.slice(w.start, w.end)}${w.end < span.length ? ELLIPSIS : ''}`;
  const shift = lead.length - w.start;
  const marks: Marks = marksInSpan
    .filter(([s, e]) => s >= w.start && e <= w.end)
    .map(([s, e]) => [s + shift, e + shift] as [number, number]);
  return { excerpt, marks, sentence: first.text };
}
