/**
 * The story brief as one embed: outlets and dates, the most-quoted people, the top events and the top quotes by
 * number of sources. Every line that states something carries numbered links to the places that say it; the lists
 * are short, and what is left is counted in the footer ("+12 events: /timeline").
 */
import type { QuoteItem, StoryAnswer } from '../../answers.ts';
import { compactSources } from '../../corpus/citation.ts';
import type { Citation } from '../../corpus/types.ts';
import type { EngineStats } from '../../engine.ts';
import { citationLinks, corpusFooter, linkTarget } from './citation.ts';
import { COLOURS } from './colours.ts';
import { ITEM_MAX, type ListView } from './list-view.ts';
import { escapeText, fitText } from './markdown.ts';
import { sourcesDiffer } from './quotes.ts';

/** "[Name](link)" or the plain name. */
function linked(text: string, c: Citation | null | undefined): string {
  const url = c ? linkTarget(c.url) : null;
  const label = escapeText(text).replace(/[[\]]/g, '');
  return url ? `[${label}](${url})` : label;
}

function sourcesOf(citations: Citation[], sources: number): string {
  return sources > 1 ? `${sources} sources: ${fitText(compactSources(citations), 80)}` : fitText(compactSources(citations), 80);
}

function quoteLine(q: QuoteItem): string {
  const who = q.speaker ? `**${fitText(q.speaker, 80)}**` : '*Unattributed*';
  const words = q.kind === 'indirect' ? fitText(q.quote, 220) : `\u201c${fitText(q.quote, 220)}\u201d`;
  const line = `\u2022 ${who}: ${words} \u2014 ${sourcesOf(q.citations, q.sources)} ${citationLinks(q.citations, 300, 1)}`;
  return q.variants ? `${line}\n  ${sourcesDiffer(q.variants, q.citations, 200)}` : line;
}

/** Keeps whole lines of a section within `max` characters; `shown` counts them. */
function section(title: string, lines: string[], max: number): { text: string; shown: number } {
  const out = [`**${title}**`];
  let used = out[0]!.length;
  for (const line of lines) {
    if (used + line.length + 1 > max) break;
    out.push(line);
    used += line.length + 1;
  }
  return { text: out.length > 1 ? out.join('\n') : '', shown: out.length - 1 };
}

export function storyView(answer: StoryAnswer, stats: EngineStats): ListView {
  const items: string[] = [];
  let intro = '';
  const hidden = { people: answer.more?.people ?? 0, events: answer.more?.events ?? 0, quotes: answer.more?.quotes ?? 0 };
  if (answer.articles > 0) {
    const cited = answer.cited;
    const outlets = answer.sources.slice(0, 3).map((s) => escapeText(fitText(s, 60)));
    const more = answer.sources.length - outlets.length;
    const span = answer.span.from
      ? answer.span.from === answer.span.to
        ? `published ${linked(answer.span.from, cited?.from)}`
        : `published ${linked(answer.span.from, cited?.from)} to ${linked(answer.span.to ?? '', cited?.to)}`
      : '';
    intro = [`**${answer.articles} article${answer.articles === 1 ? '' : 's'}**`, outlets.length ? `from ${outlets.join(', ')}${more > 0 ? ` +${more}` : ''}` : '', span].filter(Boolean).join(' ');
    // Each person cites the places of their most reported statement.
    const people = answer.people.map((p, i) => `\u2022 **${fitText(p.name, 80)}**: ${p.quotes} statement${p.quotes === 1 ? '' : 's'} in ${p.sources} source${p.sources === 1 ? '' : 's'} ${citationLinks(cited?.people[i] ?? [], 200, 1)}`);
    const events = answer.events.map((e) => `\u2022 **${e.date ?? 'undated'}**: ${fitText(e.text, 160)} \u2014 ${sourcesOf(e.citations, e.sources)} ${citationLinks(e.citations, 300, 1)}`);
    const quotes = answer.quotes.map(quoteLine);
    const parts = { events: section('Top events', events, 1250), quotes: section('Top quotes', quotes, 1650), people: section('Most quoted', people, 800) };
    for (const k of ['events', 'quotes', 'people'] as const) {
      if (parts[k].text) items.push(parts[k].text);
      hidden[k] += answer[k].length - parts[k].shown;
    }
  }
  const more = [hidden.events ? `+${hidden.events} events: /timeline` : '', hidden.quotes ? `+${hidden.quotes} quotes: /quotes` : '', hidden.people ? `+${hidden.people} people: /who is` : ''].filter(Boolean).join(' \u00b7 ');
  return {
    title: 'The story in brief',
    colour: COLOURS.story,
    intro,
    items,
    empty: fitText(answer.notice ?? 'Nothing to tell yet.', ITEM_MAX),
    footer: [more, corpusFooter(stats)].filter(Boolean).join(' \u00b7 '),
    perPage: 3,
  };
}
