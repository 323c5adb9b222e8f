/**
 * Timeline date bounds: an impossible date, a word instead of a date, or "from" after "to" is the asker's mistake.
 * The engine returns it as a typed error with one sentence; the console and Discord show that sentence and nothing
 * after it (no empty "Timeline from …:" header).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineStats } from '../../src/engine.ts';
import { Engine } from '../../src/engine.ts';
import { renderPages } from '../../src/discord/render/list-view.ts';
import { timelineView } from '../../src/discord/render/timeline.ts';
import { CorpusStore } from '../../src/store.ts';
import { parseConsoleLine } from '../../src/terminal/console-commands.ts';
import { answerCommand } from '../../src/terminal/console.ts';
import { article, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

afterAll(removeTempCorpora);

const engine = Engine.build({
  dir: '/nowhere',
  articles: [syntheticArticle('2021-03-12', ['The depot closed on Friday.', 'The mayor resigned last year.'])],
  problems: [],
});

const BAD: Array<[string, { from?: string; to?: string }, RegExp]> = [
  ['a month 13', { from: '2017-13-01' }, /"from" date "2017-13-01" has no month 13/],
  ['a day the month lacks', { to: '2021-02-30' }, /"to" date "2021-02-30" does not exist/],
  ['a word', { from: 'yesterday' }, /"from" date "yesterday" is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD/],
  ['from after to', { from: '2021-03-10', to: '2021-03-01' }, /"from" date \(2021-03-10\) is after the "to" date \(2021-03-01\)/],
];

const ONE_SENTENCE = /^[^\n]+[.!]$/;

describe('timeline date bounds', () => {
  it.each(BAD)('the engine answers %s with a typed argument error and no events', (_, bounds, message) => {
    const answer = engine.timeline({ ...bounds, limit: 10 });
    expect(answer.error?.message).toMatch(message);
    expect(answer.error?.message).toMatch(ONE_SENTENCE);
    expect(answer.error?.argument).toBe(bounds.from ? 'from' : 'to');
    expect(answer.notice).toBe(answer.error?.message);
    expect(answer.events).toEqual([]);
  });

  it('takes real dates, leap days and partial dates', () => {
    for (const bounds of [{ from: '2020-02-29' }, { from: '2021-03', to: '2021-03-31' }, { from: '2020', to: '2021' }]) {
      expect(engine.timeline(bounds).error).toBeUndefined();
    }
    expect(engine.timeline({ from: '2021-03', to: '2021-03-31' }).events.length).toBeGreaterThan(0);
  });

  it.each(BAD)('Discord shows %s as its sentence alone, under a plain title', (_, bounds, message) => {
    const stats: EngineStats = { articles: 1, paragraphs: 2, quotes: 0, people: 0, events: 2 };
    const pages = renderPages(timelineView(engine.timeline({ ...bounds, limit: 10 }), stats));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.title).toBe('Timeline');
    expect(pages[0]!.description).toMatch(message);
    expect(pages[0]!.description).toMatch(ONE_SENTENCE);
  });

  describe('in the console', () => {
    let store: CorpusStore;
    beforeAll(async () => {
      store = await CorpusStore.open(tempCorpus({ 'a.md': article('Depot', ['The depot closed on Friday.'], { published: '2021-03-12' }) }));
    });

    it.each([
      ['/timeline --from 2017-13-01', /has no month 13/],
      ['/timeline --from yesterday', /is not a date/],
      ['/timeline depot --from 2021-03-10 --to 2021-03-01', /is after the "to" date/],
    ])('%s prints one sentence and nothing after it', async (line, message) => {
      const out = (await answerCommand(store, parseConsoleLine(line), false))!;
      expect(out).toMatch(message);
      expect(out).toMatch(ONE_SENTENCE);
      expect(out).not.toMatch(/Timeline/);
    });
  });
});
