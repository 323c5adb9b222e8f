/**
 * Raw scraped text (.txt): the first line is the title; page noise is dropped before the
 * body is split into paragraphs: the repeated headline, section labels such as "Key Points",
 * and short caption lines that the page repeats.
 */
import { blockToParagraphs, numberParagraphs } from './paragraphs.ts';
import type { Paragraph } from './types.ts';

const SECTION_LABELS = /^(key points|highlights|key takeaways|in brief|summary|related|watch|advertisement)$/i;
const BULLET = /^\s*[\u2022\u25aa\u25cf*-]\s+/;

/** A line that ends no sentence and is short: a caption, headline or label rather than prose. */
function isLabelLike(line: string): boolean {
  const t = line.trim();
  return t.length <= 120 && !/[.!?:"\u201d\u2019)]$/.test(t);
}

export interface ParsedText {
  title: string;
  paragraphs: Paragraph[];
}

export function parseText(source: string): ParsedText | { error: string } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return { error: 'the file has no text' };
  const title = lines[first]!.trim().replace(/\s+/g, ' ');
  const rest = lines.slice(first + 1);

  const counts = new Map<string, number>();
  for (const l of rest) {
    const t = l.trim();
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const isNoise = (l: string): boolean => {
    const t = l.trim().replace(/\s+/g, ' ');
    if (!t) return false;
    if (t === title || SECTION_LABELS.test(t)) return true;
    return (counts.get(l.trim()) ?? 0) > 1 && isLabelLike(t);
  };

  // Blocks: runs of non-blank, non-noise lines; a noise line also ends a block; bullet lines stand alone.
  const blocks: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push(current);
    current = [];
  };
  for (const l of rest) {
    if (!l.trim() || isNoise(l)) {
      flush();
      continue;
    }
    if (BULLET.test(l)) {
      flush();
      blocks.push([l.replace(BULLET, '- ')]);
      continue;
    }
    current.push(l);
  }
  flush();
  const paragraphs = numberParagraphs(blocks.flatMap(blockToParagraphs));
  if (paragraphs.length === 0) return { error: 'the file has a title line but no body text' };
  return { title, paragraphs };
}
