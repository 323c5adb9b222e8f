import { describe, expect, it } from 'vitest';
import type { QuotesAnswer, SearchAnswer, TimelineAnswer, WhoSaidAnswer } from '../../src/answers.ts';
import type { Citation } from '../../src/corpus/types.ts';
import type { EngineStats } from '../../src/engine.ts';
import { articlesView } from '../../src/discord/render/articles.ts';
import { citationLine, citationLines, corpusFooter } from '../../src/discord/render/citation.ts';
import { renderPages } from '../../src/discord/render/list-view.ts';
import { passagesView } from '../../src/discord/render/passages.ts';
import { quotesView, whoSaidView } from '../../src/discord/render/quotes.ts';
import { listWithin, reloadEmbed } from '../../src/discord/render/reload.ts';
import { timelineView } from '../../src/discord/render/timeline.ts';

const stats: EngineStats = { articles: 2, paragraphs: 40, quotes: 7, people: 3, events: 5 };
const cite = (paragraph: number, extra: Partial<Citation> = {}): Citation => ({
  article: 'a',
  title: 'A Story',
  source: 'Wire',
  url: `https://example.com/story#:~:text=Some%20words`,
  published: '2020-01-31',
  paragraph,
  ...extra,
});

describe('citations', () => {
  it('numbers and links "[n] Title, Source, date, ¶p"', () => {
    expect(citationLine(1, cite(4))).toBe('[1] [A Story, Wire, 2020-01-31, \u00b64](https://example.com/story#:~:text=Some%20words)');
  });

  it('drops missing parts and the link when there is no URL', () => {
    expect(citationLine(2, cite(7, { url: null, source: null, published: null }))).toBe('[2] A Story, \u00b67');
  });

  it('keeps brackets and parentheses from breaking the link', () => {
    const line = citationLine(3, cite(1, { title: 'Odd [title] (x)', url: 'https://example.com/a_(b)' }));
    expect(line).toBe('[3] [Odd (title) (x), Wire, 2020-01-31, \u00b61](https://example.com/a_%28b%29)');
  });

  it('never links a non-http URL', () => {
    expect(citationLine(1, cite(1, { url: 'javascript:alert(1)' }))).not.toContain('](');
  });

  it('citationLines drops links, then counts the rest, to stay within its room', () => {
    const long = cite(1, { title: 'T'.repeat(500), url: `https://example.com/${'p/'.repeat(280)}` });
    const one = citationLines(1, [long], 300);
    expect(one.length).toBeLessThanOrEqual(300);
    expect(one).toMatch(/^\[1\] T+\u2026, Wire, 2020-01-31, ¶1$/);
    const many = citationLines(1, [long, long, long, long], 400);
    expect(many.length).toBeLessThanOrEqual(400);
    expect(many).toMatch(/\nand \d more$/);
    expect(citationLines(4, [cite(2), cite(3)], 1000)).toBe(`${citationLine(4, cite(2))}\n${citationLine(5, cite(3))}`);
  });

  it('the footer gives the corpus size', () => {
    expect(corpusFooter(stats)).toBe('2 articles \u00b7 40 paragraphs \u00b7 7 quotes \u00b7 5 events');
  });
});

describe('answers', () => {
  it('search: excerpts quoted, query words in bold, markdown escaped, each with its citation', () => {
    const answer: SearchAnswer = {
      kind: 'search',
      query: 'plan',
      results: [{ excerpt: 'The *plan* was a plan for @everyone.', marks: [[5, 9], [17, 21]], score: 1, citation: cite(3) }],
    };
    const [page] = renderPages(passagesView(answer, stats));
    expect(page!.title).toBe('Search: plan');
    expect(page!.description).toContain('> The \\***plan**\\* was a **plan** for @\u200beveryone.');
    expect(page!.description).toContain('[1] [A Story, Wire, 2020-01-31, \u00b63]');
    expect(page!.footer?.text).toBe(corpusFooter(stats));
  });

  it('ask: the best sentence first, in bold, referring to [1]', () => {
    const answer: SearchAnswer = { kind: 'ask', query: 'why', answer: 'Because of the plan.', results: [{ excerpt: 'Because of the plan.', marks: [], score: 1, citation: cite(2) }] };
    const [page] = renderPages(passagesView(answer, stats));
    expect(page!.description!.startsWith('**Because of the plan.** [1]')).toBe(true);
  });

  it('a notice stands alone when nothing matched', () => {
    const answer: SearchAnswer = { kind: 'search', query: 'zzz', results: [], notice: 'Nothing in the corpus matches "zzz".' };
    expect(renderPages(passagesView(answer, stats))[0]!.description).toBe('Nothing in the corpus matches "zzz".');
  });

  it('who-said names the speaker of the best match and cites it', () => {
    const answer: WhoSaidAnswer = {
      kind: 'who-said',
      query: 'close',
      matches: [
        { speaker: 'Ann Example', quote: 'It was close', kind: 'direct', citation: cite(13), citations: [cite(13)], sources: 1, score: 0.9 },
        { speaker: null, quote: 'Not that close', kind: 'indirect', citation: cite(14), citations: [cite(14)], sources: 1, score: 0.4 },
      ],
    };
    const [page] = renderPages(whoSaidView(answer, stats));
    expect(page!.description).toContain('Said by **Ann Example**.');
    expect(page!.description).toContain('**Ann Example**: \u201cIt was close\u201d\n[1] [A Story, Wire, 2020-01-31, \u00b613]');
    expect(page!.description).toContain('*Unattributed* (paraphrase): \u201cNot that close\u201d\n[2]');
  });

  it('a person card gives roles, aliases and counts above the quotes', () => {
    const answer: QuotesAnswer = {
      kind: 'quotes',
      query: 'Example',
      person: { name: 'Ann Example', aliases: ['Example'], roles: ['Senator'], quotes: 1, mentions: 3 },
      quotes: [{ speaker: 'Ann Example', quote: 'Hello', kind: 'post', citation: cite(5), citations: [cite(5)], sources: 1 }],
    };
    const [page] = renderPages(quotesView(answer, stats, { card: true }));
    expect(page!.title).toBe('Ann Example');
    expect(page!.description).toContain('**Roles:** Senator');
    expect(page!.description).toContain('**Quoted** 1 time \u00b7 **mentioned** 3 times');
    expect(page!.description).toContain('**Ann Example** (post): \u201cHello\u201d');
  });

  it('the timeline keeps the engine order, with dates and the words that gave them', () => {
    const event = (date: string, expression: string, p: number) => ({ date, precision: 'day' as const, expression, modifier: null, text: `Event of ${date}.`, citations: [cite(p)], sources: 1 });
    const answer: TimelineAnswer = { kind: 'timeline', about: null, from: null, to: null, events: [event('2019', 'last year', 1), event('2020-01-30', 'on Thursday', 2)] };
    const d = renderPages(timelineView(answer, stats))[0]!.description!;
    expect(d.indexOf('**2019** (last year): Event of 2019.')).toBeLessThan(d.indexOf('**2020-01-30** (on Thursday)'));
    expect(d).toContain('[2] [A Story');
  });

  it('a page of a longer timeline says how many events it shows of how many', () => {
    const event = (date: string, p: number) => ({ date, precision: 'day' as const, expression: date, modifier: null, text: `Event of ${date}.`, citations: [cite(p)], sources: 1 });
    const paged: TimelineAnswer = { kind: 'timeline', about: null, from: null, to: null, events: [event('2019-01-01', 1), event('2019-01-02', 2)], total: 12_345, offset: 0 };
    expect(renderPages(timelineView(paged, stats))[0]!.description).toContain('Showing 2 of 12,345 events');
    const whole: TimelineAnswer = { ...paged, total: 2 };
    expect(renderPages(timelineView(whole, stats))[0]!.description).not.toContain('Showing');
  });

  it("an event's modifier is shown once, before its date words", () => {
    const event = (modifier: string, expression: string) => ({ date: '2020-01-30', precision: 'day' as const, expression, modifier, text: 'It happened.', citations: [cite(1)], sources: 1 });
    const d = renderPages(timelineView({ kind: 'timeline', about: null, from: null, to: null, events: [event('late', 'late Thursday'), event('night', 'Thursday')] }, stats))[0]!.description!;
    expect(d).toContain('**2020-01-30** (late Thursday): It happened.');
    expect(d).toContain('**2020-01-30** (night Thursday): It happened.');
  });

  it('items stay within their size even with long titles and links on every citation', () => {
    const long = cite(9, { title: 'Headline '.repeat(60), url: `https://example.com/${'segment/'.repeat(70)}` });
    const event = { date: '2020', precision: 'year' as const, expression: 'in 2020', modifier: null, text: 'word '.repeat(3000), citations: [long, long, long, long, long], sources: 1 };
    const timeline = renderPages(timelineView({ kind: 'timeline', about: null, from: null, to: null, events: [event, event, event] }, stats));
    const quotes = renderPages(quotesView({ kind: 'quotes', query: null, person: null, quotes: Array.from({ length: 6 }, () => ({ speaker: 'X', quote: 'word '.repeat(3000), kind: 'direct' as const, citation: long, citations: [long], sources: 1 })) }, stats));
    for (const page of [...timeline, ...quotes]) {
      expect(page.description!.length).toBeLessThanOrEqual(4096);
      expect(page.description).toMatch(/\[\d+\] /);
    }
    expect(timeline[0]!.description).toContain('more');
  });

  it('articles list titles, sources, dates, paragraph counts and problems', () => {
    const view = articlesView(
      { kind: 'articles', articles: [{ id: 'a', title: 'A Story', source: 'Wire', url: null, published: '2020-01-31', paragraphs: 12 }], problems: [{ file: 'bad.md', reason: 'empty file' }] },
      stats,
    );
    const d = renderPages(view)[0]!.description!;
    expect(d).toContain('**A Story**\nWire \u00b7 2020-01-31 \u00b7 12 paragraphs');
    expect(d).toContain('bad.md: empty file');
  });
});

describe('reload report', () => {
  const base = { added: [], changed: [], removed: [], problems: [], before: stats, after: stats, ms: 12 };
  it('says what changed, counts before and after, problems by file and the time', () => {
    const e = reloadEmbed({ ...base, ok: true, added: ['b'], after: { ...stats, articles: 3, paragraphs: 52 }, problems: [{ file: 'x.md', reason: 'empty file' }] }, stats, new Map([['b', 'B Story']]));
    expect(e.title).toBe('Corpus reloaded');
    expect(e.description).toContain('**Added (1):** B Story');
    expect(e.description).toContain('Articles 2 \u2192 3 (+1)');
    expect(e.description).toContain('paragraphs 40 \u2192 52 (+12)');
    expect(e.description).toContain('x.md: empty file');
    expect(e.description).toContain('Took 12 ms.');
  });
  it('says when the corpus in use is kept', () => {
    const e = reloadEmbed({ ...base, ok: false, message: 'The corpus folder was not reloaded: no file in it could be loaded. The corpus in use is kept.' }, stats);
    expect(e.title).toBe('Corpus not reloaded');
    expect(e.description).toContain('The corpus in use is kept.');
  });
  it('listWithin stays within its room and counts the rest', () => {
    const out = listWithin(Array.from({ length: 500 }, (_, i) => `article-${i}`), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toMatch(/and \d+ more$/);
  });
});
