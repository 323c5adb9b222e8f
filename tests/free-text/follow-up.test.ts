/** "when was that?" after an answer with a passage is about that passage: its article, paragraph and date. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationMemory } from '../../src/discord/conversation.ts';
import { mentionView } from '../../src/discord/mention-view.ts';
import { Engine } from '../../src/engine.ts';
import { routeIntent } from '../../src/free-text/route.ts';
import { CorpusStore } from '../../src/store.ts';
import { parseConsoleLine } from '../../src/terminal/console-commands.ts';
import { answerCommand, type ConsoleMemory } from '../../src/terminal/console.ts';
import { article, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { syntheticArticle } from '../timeline/helpers/markdownArticle.ts';

afterAll(removeTempCorpora);

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old harbour depot.',
  'Harbour master Oskar Velloni said the plan was "the silliest scheme this council has ever approved."',
  'The depot first opened in 1961 and was rebuilt last year.',
  'Mayor Jane Roe said on Friday that the site would become a park.',
];
const place = { article: 'synthetic', paragraph: 2, passage: 'the silliest scheme this council has ever approved.' };

describe('routing a follow-up', () => {
  it('"when was that?" with a remembered passage asks for its date, not a timeline', () => {
    expect(routeIntent('when was that?', { topic: 'silliest scheme', person: 'Oskar Velloni', place }).intent).toEqual({ kind: 'date-of', place });
    expect(routeIntent('when was that?', { topic: 'silliest scheme', person: null }).intent).toEqual({ kind: 'timeline', about: 'silliest scheme' });
    expect(routeIntent('when did the depot open?', { topic: 'x', person: null, place }).intent).toEqual({ kind: 'timeline', about: 'the depot open' });
  });
});

describe('the date of a passage', () => {
  const engine = Engine.build({ dir: '/nowhere', articles: [syntheticArticle('2022-06-10', PARAGRAPHS)], problems: [] });

  it('is the events its paragraph dates', () => {
    const answer = engine.dateOf('synthetic', 4);
    expect(answer.events.map((e) => e.date)).toEqual(['2022-06-10']);
    expect(answer.events.every((e) => e.citations.every((c) => c.paragraph === 4))).toBe(true);
  });

  it('is the publication date, said so, when the paragraph dates nothing', () => {
    const answer = engine.dateOf('synthetic', 2, place.passage);
    expect(answer.events).toHaveLength(1);
    expect(answer.events[0]).toMatchObject({ date: '2022-06-10', expression: 'publication date' });
    expect(answer.events[0]!.citations[0]!.paragraph).toBe(2);
    expect(answer.notice).toMatch(/¶2 of .* gives no date of its own: it was published on 2022-06-10\./);
  });
});

describe('follow-ups in the console and in a Discord thread', () => {
  let store: CorpusStore;
  beforeAll(async () => {
    store = await CorpusStore.open(tempCorpus({ 'a.md': article('Depot', PARAGRAPHS, { published: '2022-06-10' }) }));
  });

  it('console: who said, then "when was that?", answers with that paragraph and its date only', async () => {
    const memory: ConsoleMemory = { context: null };
    const first = (await answerCommand(store, parseConsoleLine('who said the silliest scheme?'), false, memory))!;
    expect(first).toMatch(/Oskar Velloni/);
    const when = (await answerCommand(store, parseConsoleLine('when was that?'), false, memory))!;
    expect(when).toMatch(/¶2 of .* gives no date of its own: it was published on 2022-06-10\./);
    expect(when).toMatch(/2022-06-10/);
    expect(when).not.toMatch(/¶[134]\b/);
    expect(when).not.toMatch(/1961|whole timeline/);
  });

  it('Discord: the thread remembers the passage of a who-said answer and the follow-up dates it', () => {
    const engine = store.engine;
    const memory = new ConversationMemory();
    const first = routeIntent('who said the silliest scheme?', null);
    const answered = mentionView(engine, first.intent as Exclude<typeof first.intent, { kind: 'help' }>, 'who said the silliest scheme?');
    expect(answered.place?.paragraph).toBe(2);
    memory.remember('thread-1', 'msg-1', { topic: 'silliest scheme', person: answered.person, place: answered.place }, null);
    const next = routeIntent('when was that?', memory.lastIn('thread-1'));
    expect(next.intent.kind).toBe('date-of');
    const view = mentionView(engine, next.intent as Exclude<typeof next.intent, { kind: 'help' }>, 'when was that?').view;
    expect(view.items).toHaveLength(1);
    expect(view.items[0]).toMatch(/2022-06-10/);
    expect(view.items[0]).toMatch(/¶2/);
  });
});
