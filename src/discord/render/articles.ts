/** The corpus: one line per article (title, source, date, paragraphs) and the files that could not be loaded. */
import type { ArticleItem, ArticlesAnswer } from '../../answers.ts';
import type { LoadProblem } from '../../corpus/types.ts';
import type { EngineStats } from '../../engine.ts';
import { corpusFooter, linkTarget } from './citation.ts';
import { COLOURS } from './colours.ts';
import type { ListView } from './list-view.ts';
import { fitText } from './markdown.ts';

export function articleItem(a: ArticleItem): string {
  const url = linkTarget(a.url);
  const title = fitText(a.title, 250).replace(/\[/g, '(').replace(/\]/g, ')');
  const meta = [a.source ? fitText(a.source, 80) : null, a.published, `${a.paragraphs} paragraph${a.paragraphs === 1 ? '' : 's'}`, fitText(a.id, 120)];
  const dup = a.duplicateOf ? `\n*Near-duplicate of ${fitText(a.duplicateOf, 120)}: not counted as another source.*` : '';
  return `**${url ? `[${title}](${url})` : title}**\n${meta.filter(Boolean).join(' \u00b7 ')}${dup}`;
}

export function problemItem(p: LoadProblem): string {
  return `\u26a0\ufe0f ${fitText(p.file, 200)}: ${fitText(p.reason, 600)}`;
}

export function articlesView(answer: ArticlesAnswer, stats: EngineStats): ListView {
  const dups = answer.articles.filter((a) => a.duplicateOf).length;
  const duplicates = dups ? `${dups} article${dups === 1 ? ' is a near-duplicate' : 's are near-duplicates'} of another: ${answer.articles.length - dups} independent source${answer.articles.length - dups === 1 ? '' : 's'}.` : '';
  const problems = answer.problems.length ? `${answer.problems.length} file${answer.problems.length === 1 ? '' : 's'} could not be loaded (listed after the articles).` : '';
  return {
    title: `Articles (${answer.articles.length})`,
    colour: COLOURS.articles,
    intro: [answer.notice ? fitText(answer.notice, 300) : '', duplicates, problems].filter(Boolean).join('\n'),
    items: [...answer.articles.map(articleItem), ...answer.problems.map(problemItem)],
    empty: 'No articles.',
    footer: corpusFooter(stats),
    perPage: 8,
  };
}
