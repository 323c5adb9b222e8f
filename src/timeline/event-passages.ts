/**
 * The words an event answer shows and links: its excerpt with every cut marked by "…", and for each place that tells
 * the event the passage of that place's own paragraph (a merged event is told in other words elsewhere, and a link to
 * a paragraph must quote that paragraph). Both are worked out from the paragraph texts, so a restored index gives the
 * same answers as a fresh build.
 */
import { splitSentences } from '../text/sentences.ts';
import { contentWords } from './merge.ts';

const ELLIPSIS = '\u2026';

/**
 * `excerpt` with "…" before it when it starts inside a sentence of `paragraph` and after it when it stops inside one.
 * An excerpt not found in the paragraph is returned as it is.
 */
export function markCuts(excerpt: string, paragraph: string | undefined): string {
  if (!paragraph || !excerpt) return excerpt;
  const at = paragraph.indexOf(excerpt);
  if (at < 0) return excerpt;
  const end = at + excerpt.length;
  const sentences = splitSentences(paragraph);
  const startsSentence = sentences.some((s) => s.start === at);
  const endsSentence = sentences.some((s) => s.end === end) || end === paragraph.trimEnd().length;
  return `${startsSentence ? '' : ELLIPSIS}${excerpt}${endsSentence ? '' : ELLIPSIS}`;
}

/**
 * The passage of `paragraph` that tells the event whose excerpt is `excerpt` and whose date words are `expression`:
 * the excerpt itself when the paragraph holds it, otherwise the sentence that shares most content words with it
 * (sentences holding the date words first). Always a verbatim slice of the paragraph; null for an empty paragraph.
 */
export function passageIn(paragraph: string, excerpt: string, expression: string): string | null {
  if (paragraph.includes(excerpt)) return excerpt;
  const sentences = splitSentences(paragraph);
  if (!sentences.length) return null;
  const wanted = contentWords(excerpt);
  const date = expression.toLowerCase();
  let best = sentences[0]!;
  let bestScore = -1;
  for (const s of sentences) {
    let shared = 0;
    for (const w of contentWords(s.text)) if (wanted.has(w)) shared++;
    const score = (s.text.toLowerCase().includes(date) ? 1000 : 0) + shared;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best.text;
}
