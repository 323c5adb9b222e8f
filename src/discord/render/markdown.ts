/**
 * Corpus and user text made safe for Discord markdown: formatting characters escaped, mention
 * syntax defused (allowed_mentions already stops pings; this keeps the text from looking like
 * one), and the only formatting left is the highlighting we add.
 */
import { escapeMarkdown } from 'discord.js';
import type { Marks } from '../../answers.ts';
import { trimText } from './limits.ts';

const ZWSP = '\u200b';

/** Text with its markdown escaped and mention syntax broken up by a zero-width space. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/@(everyone|here)\b/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZWSP}$1$2>`);
}

/** Sorted, merged ranges clipped to [0, length), with white space at their edges left outside. */
function normaliseMarks(text: string, marks: Marks): Marks {
  const clipped = marks
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Marks = [];
  for (const [s, e] of clipped) {
    const last = merged[merged.length - 1];
    // Overlapping ranges, or ranges only white space apart, become one bold run.
    if (last && (s <= last[1] || !text.slice(last[1], s).trim())) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged
    .map(([s, e]) => {
      while (s < e && /\s/.test(text.charAt(s))) s++;
      while (e > s && /\s/.test(text.charAt(e - 1))) e--;
      return [s, e] as [number, number];
    })
    .filter(([s, e]) => e > s);
}

/** Escaped text with the marked ranges in bold. */
export function highlight(text: string, marks: Marks): string {
  let out = '';
  let at = 0;
  for (const [s, e] of normaliseMarks(text, marks)) {
    out += escapeText(text.slice(at, s)) + `**${escapeText(text.slice(s, e))}**`;
    at = e;
  }
  return out + escapeText(text.slice(at));
}

/**
 * Plain text trimmed (at a sentence or word boundary) so that, escaped and highlighted, it fits
 * in `max` characters. Marks past the cut are dropped with the text they cover.
 */
export function fitMarked(text: string, marks: Marks, max: number): string {
  let room = max;
  for (let attempt = 0; attempt < 12 && room > 0; attempt++) {
    const kept = trimText(text, room);
    const body = kept === text ? text : kept.replace(/\s?\u2026$/, '');
    const out = highlight(body, marks) + kept.slice(body.length);
    if (out.length <= max) return out;
    room = Math.min(room - 1, Math.floor((room * max) / out.length));
  }
  return '';
}

/** Plain text escaped and trimmed to fit in `max` characters. */
export function fitText(text: string, max: number): string {
  return fitMarked(text, [], max);
}
