/** Who-said matches, a person's quotes and a person card: speaker, quoted words, citation. */
import type { PersonItem, QuoteItem, QuotesAnswer, WhoSaidAnswer } from '../../answers.ts';
import type { EngineStats } from '../../engine.ts';
import { compactSources } from '../../corpus/citation.ts';
import { citationLines, citationLinks, corpusFooter } from './citation.ts';
import { COLOURS } from './colours.ts';
import { ITEM_MAX, type ListView } from './list-view.ts';
import { fitText } from './markdown.ts';

const CITATION_ROOM = 800;
const KIND_NOTE: Record<QuoteItem['kind'], string> = { direct: '', post: ' (post)', indirect: ' (paraphrase)' };

/**
 * "**Speaker** (kind): “quoted words”" then the citation, within ITEM_MAX. A statement reported in several places adds
 * its sources compactly ("CNBC, Example Wire +2") with a numbered link to each place, and the wordings when they differ.
 */
export function quoteItem(n: number, q: QuoteItem): string {
  const cite = citationLines(n, [q.citation], CITATION_ROOM);
  const who = q.speaker ? `**${fitText(q.speaker, 120)}**` : '*Unattributed*';
  const head = `${who}${KIND_NOTE[q.kind]}: `;
  const extra: string[] = [];
  const places = q.citations ?? [q.citation];
  if (places.length > 1) extra.push(`${q.sources > 1 ? `**${q.sources} sources**: ${fitText(compactSources(places), 120)}` : `${places.length} places`} \u00b7 ${citationLinks(places, 420)}`);
  if (q.variants) extra.push(sourcesDiffer(q.variants, places, 360));
  const tail = extra.length ? `\n${extra.join('\n')}` : '';
  const room = ITEM_MAX - head.length - cite.length - tail.length - 4;
  return `${head}\u201c${fitText(q.quote, room)}\u201d\n${cite}${tail}`;
}

/** "*Sources differ:* “wording” [1][3] · “other wording” [2]" within `max` characters. */
export function sourcesDiffer(variants: NonNullable<QuoteItem['variants']>, places: QuoteItem['citations'], max: number): string {
  const each = Math.max(40, Math.floor((max - 20) / variants.length) - 12);
  const parts: string[] = [];
  let used = 20;
  for (const v of variants) {
    const part = `\u201c${fitText(v.quote, each)}\u201d ${v.citations.map((c) => `[${places.indexOf(c) + 1}]`).join('')}`;
    if (used + part.length + 3 > max) break;
    parts.push(part);
    used += part.length + 3;
  }
  const rest = variants.length - parts.length;
  return `*Sources differ:* ${parts.join(' \u00b7 ')}${rest > 0 ? ` +${rest} more` : ''}`;
}

export function whoSaidView(answer: WhoSaidAnswer, stats: EngineStats): ListView {
  const top = answer.matches[0];
  const intro = [top?.speaker ? `Said by **${fitText(top.speaker, 200)}**.` : '', answer.notice && top ? fitText(answer.notice, 300) : '']
    .filter(Boolean)
    .join('\n');
  return {
    title: `Who said \u201c${answer.query}\u201d?`,
    colour: COLOURS.whoSaid,
    intro,
    items: answer.matches.map((m, i) => quoteItem(i + 1, m)),
    empty: fitText(answer.notice ?? 'Nobody in the corpus said that.', ITEM_MAX),
    footer: corpusFooter(stats),
    perPage: 4,
  };
}

/** Roles, aliases and counts of a person, as the intro of their card. */
export function personSummary(p: PersonItem): string {
  const lines = [
    p.roles.length ? `**Roles:** ${fitText(p.roles.join('; '), 500)}` : '',
    p.aliases.length ? `**Also called:** ${fitText(p.aliases.join(', '), 400)}` : '',
    `**Quoted** ${p.quotes} time${p.quotes === 1 ? '' : 's'} \u00b7 **mentioned** ${p.mentions} time${p.mentions === 1 ? '' : 's'}`,
  ];
  return lines.filter(Boolean).join('\n');
}

/** A person's quotes; `card` adds their roles and counts (for /who is). `about` tells which topic they were narrowed to. */
export function quotesView(answer: QuotesAnswer, stats: EngineStats, options: { card?: boolean; about?: string | null } = {}): ListView {
  const p = answer.person;
  const title = p ? (options.card ? p.name : `Quotes of ${p.name}`) : answer.query ? `Quotes: ${answer.query}` : 'All quotes';
  const intro = [
    p && options.card ? personSummary(p) : '',
    options.about ? `On \u201c${fitText(options.about, 200)}\u201d:` : '',
    answer.notice && answer.quotes.length ? fitText(answer.notice, 300) : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    title,
    colour: options.card ? COLOURS.person : COLOURS.quotes,
    intro,
    items: answer.quotes.map((q, i) => quoteItem(i + 1, q)),
    empty: fitText(answer.notice ?? 'No quotes.', ITEM_MAX),
    footer: corpusFooter(stats),
    perPage: 5,
  };
}
