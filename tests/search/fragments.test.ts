/**
 * Every link's text fragment quotes its own paragraph verbatim and never stops at an abbreviation, over the bundled
 * corpus and an invented article full of abbreviations.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers.ts';
import type { Article, Citation } from '../../src/corpus/types.ts';
import { cite, firstSentenceish } from '../../src/corpus/citation.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine.ts';
import { syntheticArticle } from '../timeline/helpers/markdownArticle.ts';

const abbreviated: Article = {
  ...syntheticArticle('2019-02-14', [
    'Sen. Jane Roe of Ala. met Gov. Tom Poe in St. Louis on Jan. 5 at 9 a.m. to discuss a U.S. plan with Dr. Ann Lee of Acme Inc. and U.N. staff from Washington, D.C. The talks ran long.',
    '"We told the U.S. Department of Energy that the Feb. 1 deadline was impossible," Rep. Ed Moss said on Tuesday, adding that Lt. Gen. Ray Cole agreed.',
    'On Feb. 12, Mr. Moss said the U.S. would pay for the repairs, and Sen. Roe said the Jan. 5 talks had settled it.',
    'Officials in the U.K. and the U.S. said the work at No. 4 pier, approx. 30 ft. long, began last week. It will take months.',
  ], 'abbreviations'),
  url: 'https://news.example/abbreviations',
};

/** Titles and months never end a sentence; "U.S." and the like do not when lower-case words follow. */
const TITLE_END = /(?:^|\s)(?:Sen|Gov|Rep|Gen|Lt|Dr|Mr|St|Jan|Feb|No|approx)\.$/;
const INITIALS_END = /(?:^|\s)(?:[A-Z]\.){2,}$/;

function citationsOf(answer: Answer): Citation[] {
  switch (answer.kind) {
    case 'search':
    case 'ask':
      return answer.results.map((r) => r.citation);
    case 'who-said':
      return answer.matches.map((m) => m.citation);
    case 'quotes':
      return answer.quotes.map((q) => q.citation);
    case 'timeline':
      return answer.events.flatMap((e) => e.citations);
    default:
      return [];
  }
}

function everyCitation(engine: Engine): Citation[] {
  const answers: Answer[] = [engine.timeline(), engine.quotes()];
  for (const p of engine.people().people.slice(0, 10)) answers.push(engine.quotes(p.name));
  for (const q of engine.quotes().quotes.slice(0, 20)) answers.push(engine.whoSaid(q.quote.split(/\s+/).slice(0, 6).join(' ')));
  for (const word of ['plan', 'repairs', 'talks', 'Russia', 'cyber', 'election', 'meeting', 'said']) answers.push(engine.search(word), engine.ask(`what about the ${word}?`));
  return answers.flatMap(citationsOf);
}

function checkFragments(engine: Engine, articles: Article[]): number {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let checked = 0;
  for (const c of everyCitation(engine)) {
    const directive = c.url?.split('#:~:text=')[1];
    if (!directive) continue;
    const paragraph = byId.get(c.article)!.paragraphs[c.paragraph - 1]!.text;
    const [start, end] = directive.split(',').map((part) => decodeURIComponent(part));
    expect(paragraph, `¶${c.paragraph} ${c.url}`).toContain(start);
    const last = end ?? start!;
    expect(paragraph.indexOf(last, paragraph.indexOf(start!)), `¶${c.paragraph} ${c.url}`).toBeGreaterThanOrEqual(0);
    const stopsAt = paragraph.indexOf(last, paragraph.indexOf(start!)) + last.length;
    expect(last, `¶${c.paragraph} ${c.url}`).not.toMatch(TITLE_END);
    if (/^\s*[a-z0-9]/.test(paragraph.slice(stopsAt))) expect(last, `¶${c.paragraph} ${c.url}`).not.toMatch(INITIALS_END);
    checked++;
  }
  return checked;
}

describe('text fragments', () => {
  it('an abbreviation never ends the linked sentence', () => {
    expect(firstSentenceish(abbreviated.paragraphs[0]!.text)).toMatch(/U\.N\. staff from Washington, D\.C\.$/);
    expect(firstSentenceish('The U.S. president claimed that Russia interfered with the U.S. election last year. He said so twice.')).toBe(
      'The U.S. president claimed that Russia interfered with the U.S. election last year.',
    );
    const link = decodeURIComponent(cite(abbreviated, 3).url!);
    expect(link).toContain('it.'); // the whole first sentence, past "the U.S." and "Sen."
  });

  it('keep the words as written, curly quotes included', () => {
    const curly: Article = { ...abbreviated, paragraphs: [{ n: 1, text: 'The mayor\u2019s \u201cbold\u201d plan won.', kind: 'text' }] };
    expect(decodeURIComponent(cite(curly, 1).url!.split('#:~:text=')[1]!)).toBe('The mayor\u2019s \u201cbold\u201d plan won.');
  });

  it('occur verbatim in their paragraph over an invented article full of abbreviations', () => {
    const engine = Engine.build({ dir: '/nowhere', articles: [abbreviated], problems: [] });
    expect(checkFragments(engine, [abbreviated])).toBeGreaterThan(5);
  });

  it('occur verbatim in their paragraph over the bundled corpus', async () => {
    const corpus = await loadCorpus(path.resolve(import.meta.dirname, '../../corpus'));
    const engine = Engine.build(corpus);
    expect(checkFragments(engine, corpus.articles)).toBeGreaterThan(30);
  });
});
