/** What an add or remove reports, as plain lines (terminal) and as the CLI's JSON contract. */
import type { AddResult, RemoveResult } from './ingest.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "4 quotes (1 by people already in the corpus), 3 people (…), 2 dated events (…)". */
export function foundLine(r: AddResult): string {
  return [
    `${plural(r.quotes, 'quote')}${r.quotesJoined ? ` (${r.quotesJoined} by people already in the corpus)` : ''}`,
    `${plural(r.people, 'person', 'people')}${r.peopleJoined ? ` (${r.peopleJoined} already in the corpus)` : ''}`,
    `${plural(r.events, 'dated event')}${r.eventsJoined ? ` (${r.eventsJoined} joining events already in the corpus)` : ''}`,
  ].join(', ');
}

export function addLines(r: AddResult): string[] {
  return [
    `Added "${r.title}" (${r.id}) as ${r.file}.`,
    [r.source ?? 'no source', r.published ?? 'no date', r.authors.length ? `by ${r.authors.join(', ')}` : null, plural(r.paragraphs, 'paragraph')].filter(Boolean).join(' · '),
    ...(r.url ? [r.url] : []),
    `Found ${foundLine(r)}.`,
    `The corpus now has ${plural(r.reload.after.articles, 'article')}; it answers from the new one already (${r.ms} ms).`,
    ...r.warnings.map((w) => `warning: ${w}`),
  ];
}

export function removeLines(r: RemoveResult): string[] {
  return [`Removed "${r.title}" (${r.id}); ${r.file} was deleted.`, `The corpus now has ${plural(r.reload.after.articles, 'article')}.`];
}

/** The CLI's `add --json` document. */
export function addJson(r: AddResult): { added: Record<string, unknown>; warnings: string[] } {
  return {
    added: { id: r.id, title: r.title, source: r.source, url: r.url, published: r.published, authors: r.authors, paragraphs: r.paragraphs, file: r.file },
    warnings: r.warnings,
  };
}

export function removeJson(r: RemoveResult): { removed: Record<string, unknown> } {
  return { removed: { id: r.id, title: r.title, file: r.file } };
}
