/**
 * Article bodies to numbered paragraphs: blank-line separated blocks, numbered from 1.
 * A block made only of list items gives one paragraph per item; a Markdown heading is a subhead.
 */
import type { Paragraph, ParagraphKind } from './types.ts';

const LIST_ITEM = /^\s*(?:[-*+\u2022\u25aa\u25cf]|\d{1,3}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;

/** Collapses white space and reduces Markdown links to their text. */
export function cleanInline(text: string): string {
  // most paragraphs hold no link or image: their two patterns are not run over them
  const unlinked = text.includes('](') ? text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]+)\]\((?:https?:|mailto:|\/)[^)]*\)/g, '$1') : text;
  return unlinked.replace(/\s+/g, ' ').trim();
}

/** A block of lines (already without blank lines) as one or more paragraphs. */
export function blockToParagraphs(lines: string[]): Array<{ text: string; kind: ParagraphKind }> {
  const nonEmpty = lines.filter((l) => l.trim());
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1 && HEADING.test(nonEmpty[0]!)) {
    return [{ text: cleanInline(nonEmpty[0]!.replace(HEADING, '').replace(/\s+#+\s*$/, '')), kind: 'subhead' }];
  }
  if (nonEmpty.every((l) => LIST_ITEM.test(l))) {
    return nonEmpty.map((l) => ({ text: cleanInline(l.replace(LIST_ITEM, '')), kind: 'bullet' as const })).filter((p) => p.text);
  }
  const text = cleanInline(nonEmpty.join(' '));
  return text ? [{ text, kind: 'text' }] : [];
}

/** Splits a body into blocks at blank lines. */
export function splitBlocks(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((b) => b.split('\n'))
    .filter((b) => b.some((l) => l.trim()));
}

/** Numbers paragraphs from 1 in order. */
export function numberParagraphs(items: Array<{ text: string; kind: ParagraphKind }>): Paragraph[] {
  return items.map((p, i) => ({ n: i + 1, text: p.text, kind: p.kind }));
}

/** A Markdown body to numbered paragraphs. */
export function markdownParagraphs(body: string): Paragraph[] {
  return numberParagraphs(splitBlocks(body).flatMap(blockToParagraphs));
}
