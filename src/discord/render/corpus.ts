/** Embeds for /corpus: what an add found, what a remove deleted, and a refusal's one sentence. */
import type { APIEmbed } from 'discord.js';
import type { AddResult, RemoveResult } from '../../ingest/ingest.ts';
import { foundLine } from '../../ingest/report.ts';
import { COLOURS } from './colours.ts';
import { LIMITS, trimText } from './limits.ts';
import { escapeText } from './markdown.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function addedEmbed(r: AddResult): APIEmbed {
  const title = escapeText(trimText(r.title, 200));
  const lines = [
    r.url ? `**[${title}](${r.url})**` : `**${title}**`,
    [r.source ? escapeText(r.source) : 'no source', r.published ?? 'no date', r.authors.length ? `by ${escapeText(r.authors.join(', '))}` : null, plural(r.paragraphs, 'paragraph')].filter(Boolean).join(' · '),
    '',
    `Found ${foundLine(r)}.`,
    `It can be asked about now: the corpus has ${plural(r.reload.after.articles, 'article')}.`,
    ...(r.warnings.length ? ['', ...r.warnings.map((w) => `⚠️ ${escapeText(w).replace(/\\`/g, '`')}`)] : []),
  ];
  return {
    color: COLOURS.reloaded,
    title: 'Article added',
    description: trimText(lines.join('\n'), LIMITS.embedDescription),
    footer: { text: trimText(`id ${r.id} · ${r.file} · ${r.ms} ms`, LIMITS.footer) },
  };
}

export function removedEmbed(r: RemoveResult): APIEmbed {
  return {
    color: COLOURS.reloaded,
    title: 'Article removed',
    description: trimText(`**${escapeText(r.title)}** (${escapeText(r.id)}) was deleted; the corpus has ${plural(r.reload.after.articles, 'article')}.`, LIMITS.embedDescription),
  };
}

export function refusedEmbed(message: string): APIEmbed {
  return { color: COLOURS.error, description: trimText(escapeText(message), LIMITS.embedDescription) };
}
