/** The timeline: dated events in order, each with the words that date it and its citations. */
import type { EventItem, TimelineAnswer } from '../../answers.ts';
import type { EngineStats } from '../../engine.ts';
import { compactSources } from '../../corpus/citation.ts';
import { citationLines, corpusFooter } from './citation.ts';
import { COLOURS } from './colours.ts';
import { ITEM_MAX, type ListView } from './list-view.ts';
import { fitText } from './markdown.ts';

const MAX_CITATIONS = 3;

/**
 * Most events a Discord timeline asks the engine for: 42 pages of 6, more than anyone pages
 * through; the intro says "showing N of M" when the filters pass more.
 */
export const TIMELINE_EVENT_LIMIT = 250;
const CITATION_ROOM = 900;

/** "**2017-01-31** (last Tuesday): what happened" then its citations, within ITEM_MAX. */
export function eventItem(e: EventItem, firstNumber: number): string {
  const date = e.date ?? 'undated';
  const words = e.modifier && !e.expression.toLowerCase().includes(e.modifier.toLowerCase()) ? `${e.modifier} ${e.expression}` : e.expression;
  const said = words && words.toLowerCase() !== date.toLowerCase() ? ` (${fitText(words, 80)})` : '';
  const shown = e.citations.slice(0, MAX_CITATIONS);
  const more = e.citations.length - shown.length;
  const told = (e.sources ?? 1) > 1 ? `\n**${e.sources} sources**: ${fitText(compactSources(e.citations), 120)}` : '';
  const citeText = citationLines(firstNumber, shown, CITATION_ROOM) + (more > 0 ? `\nand ${more} more` : '') + told;
  const head = `**${date}**${said}: `;
  return `${head}${fitText(e.text, ITEM_MAX - head.length - citeText.length - 2)}\n${citeText}`;
}

function filters(answer: TimelineAnswer): string {
  const parts = [answer.about ? `about \u201c${answer.about}\u201d` : '', answer.from ? `from ${answer.from}` : '', answer.to ? `to ${answer.to}` : ''];
  return parts.filter(Boolean).join(', ');
}

export function timelineView(answer: TimelineAnswer, stats: EngineStats): ListView {
  let n = 1;
  const items = answer.events.map((e) => {
    const item = eventItem(e, n);
    n += Math.min(e.citations.length, MAX_CITATIONS);
    return item;
  });
  const f = answer.error ? '' : filters(answer); // a bad bound: the one sentence that says so, under a plain title
  const total = answer.total ?? answer.events.length;
  const shown = total > answer.events.length ? `Showing ${answer.events.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events${answer.offset ? ` (from number ${(answer.offset + 1).toLocaleString('en-US')})` : ''}: narrow with about, from or to.` : '';
  const intro = [answer.notice && items.length ? fitText(answer.notice, 300) : '', items.length ? shown : ''].filter(Boolean).join('\n');
  return {
    title: f ? `Timeline ${f}` : 'Timeline',
    colour: COLOURS.timeline,
    intro,
    items,
    empty: fitText(answer.notice ?? 'No dated events.', ITEM_MAX),
    footer: corpusFooter(stats),
    perPage: 6,
  };
}
