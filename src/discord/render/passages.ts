/** Search and ask answers: matching passages with the query's words in bold and numbered citations. */
import type { Marks, SearchAnswer } from '../../answers.ts';
import type { Citation } from '../../corpus/types.ts';
import type { EngineStats } from '../../engine.ts';
import { compactSources } from '../../corpus/citation.ts';
import { citationLines, citationLinks, corpusFooter } from './citation.ts';
import { COLOURS } from './colours.ts';
import { INTRO_MAX, ITEM_MAX, type ListView } from './list-view.ts';
import { fitMarked, fitText } from './markdown.ts';

const CITATION_ROOM = 800;

/** "> excerpt" then its citation, within ITEM_MAX. */
export function passageItem(n: number, excerpt: string, marks: Marks, citation: Citation, also: Citation[] = []): string {
  const copies = also.length ? `\nAlso in ${fitText(compactSources(also), 120)}: ${citationLinks(also, 360)}` : '';
  const cite = citationLines(n, [citation], CITATION_ROOM) + copies;
  return `> ${fitMarked(excerpt, marks, ITEM_MAX - cite.length - 4)}\n${cite}`;
}

export function passagesView(answer: SearchAnswer, stats: EngineStats): ListView {
  const isAsk = answer.kind === 'ask';
  const items = answer.results.map((r, i) => passageItem(i + 1, r.excerpt, r.marks, r.citation, r.also));
  const intro = [
    answer.answer ? `**${fitText(answer.answer, INTRO_MAX - 200)}** [1]` : '',
    answer.notice && items.length ? fitText(answer.notice, 180) : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    title: isAsk ? answer.query : `Search: ${answer.query}`,
    colour: isAsk ? COLOURS.ask : COLOURS.search,
    intro,
    items,
    empty: fitText(answer.notice ?? 'Nothing matches.', ITEM_MAX),
    footer: corpusFooter(stats),
    perPage: 3,
  };
}
