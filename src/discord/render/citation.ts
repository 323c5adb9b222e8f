/** Numbered citations as Discord markdown: "[1] Title, Source, date, ¶n", linked to the passage when the article has a URL. */
import type { Citation } from '../../corpus/types.ts';
import type { EngineStats } from '../../engine.ts';
import { trimText } from './limits.ts';
import { escapeText } from './markdown.ts';

const TITLE_MAX = 120;
const URL_MAX = 600;

/** "Title, Source, 2017-01-31, ¶4" as plain text, the title shortened when long. */
export function citationLabel(c: Citation): string {
  return [trimText(c.title, TITLE_MAX), c.source ? trimText(c.source, 60) : null, c.published, `\u00b6${c.paragraph}`].filter(Boolean).join(', ');
}

/** A URL safe inside a markdown link, or null when it is not a plain http(s) link of sensible length. */
export function linkTarget(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url) || url.length > URL_MAX) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20').replace(/>/g, '%3E');
}

/** "[n] [Title, Source, date, ¶p](link)", or without the link when there is none or `link` is false. */
export function citationLine(n: number, c: Citation, link = true): string {
  // Brackets in the label would end the link text early; parentheses read the same.
  const label = escapeText(citationLabel(c).replace(/\[/g, '(').replace(/\]/g, ')'));
  const url = link ? linkTarget(c.url) : null;
  return `[${n}] ${url ? `[${label}](${url})` : label}`;
}

/** The citation lines of a passage numbered from `first`, within `max` characters: links dropped, then later citations counted. */
export function citationLines(first: number, citations: Citation[], max: number): string {
  const lines: string[] = [];
  let used = 0;
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    const more = citations.length - i - 1;
    const reserve = more > 0 ? 20 : 0;
    const linked = citationLine(first + i, c);
    const line = used + linked.length + 1 + reserve <= max ? linked : citationLine(first + i, c, false);
    if (used + line.length + 1 + reserve > max) {
      lines.push(`and ${citations.length - i} more`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** The corpus size line every answer carries in its footer. */
export function corpusFooter(stats: EngineStats): string {
  return [plural(stats.articles, 'article'), plural(stats.paragraphs, 'paragraph'), plural(stats.quotes, 'quote'), plural(stats.events, 'event')].join(' \u00b7 ');
}

/**
 * Numbered links to each place, compactly: "[1](link) [2](link) [3](link) +4 more" within `max` characters. A place
 * without a link is named instead ("2: Example Wire ¶5"), so every number still leads somewhere.
 */
export function citationLinks(citations: readonly Citation[], max = 400, show = 6): string {
  const parts: string[] = [];
  let used = 0;
  for (let i = 0; i < citations.length && i < show; i++) {
    const c = citations[i]!;
    const url = linkTarget(c.url);
    const label = escapeText(`${c.source ?? trimText(c.title, 40)} \u00b6${c.paragraph}`).replace(/[[\]]/g, '');
    const part = url ? `[${i + 1}](${url})` : `${i + 1}: ${label}`;
    if (parts.length && used + part.length + 12 > max) break;
    parts.push(part);
    used += part.length + 1;
  }
  const rest = citations.length - parts.length;
  return parts.join(' ') + (rest > 0 ? ` +${rest} more` : '');
}
