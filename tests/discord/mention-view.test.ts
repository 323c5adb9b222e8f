/** How a routed mention is answered when its specific reading finds nothing: wider timelines, plain questions. */
import { describe, expect, it } from 'vitest';
import type { EventItem, QuotesAnswer, SearchAnswer, TimelineAnswer, WhoSaidAnswer } from '../../src/answers.ts';
import type { Engine } from '../../src/engine.ts';
import { mentionView } from '../../src/discord/mention-view.ts';

const stats = { articles: 1, paragraphs: 3, quotes: 1, people: 1, events: 2 };
const citation = { article: 'a', title: 'A', source: null, url: null, published: null, paragraph: 1 };
const event = (date: string): EventItem => ({ date, precision: 'day', expression: date, modifier: null, text: `On ${date}.`, citations: [citation], sources: 1 });

/** An engine whose timeline knows events about "Alpha Gamma" only, and whose other answers are empty. */
const engine = {
  stats,
  timeline: ({ about = null }: { about?: string | null } = {}): TimelineAnswer => {
    const events = about === null ? [event('2020-01-01'), event('2020-02-02')] : about === 'Alpha Gamma' ? [event('2020-02-02')] : [];
    return { kind: 'timeline', about, from: null, to: null, events, ...(events.length ? {} : { notice: 'No dated event matches these filters.' }) };
  },
  ask: (question: string): SearchAnswer => ({ kind: 'ask', query: question, results: [], notice: 'asked' }),
  quotes: (speaker: string): QuotesAnswer => ({ kind: 'quotes', query: speaker, person: null, quotes: [], notice: 'nobody' }),
  whoSaid: (text: string): WhoSaidAnswer => ({ kind: 'who-said', query: text, matches: [] }),
} as unknown as Engine;

describe('mentionView', () => {
  it('a timeline topic that matches nothing as a whole is narrowed to the names in it', () => {
    const { view } = mentionView(engine, { kind: 'timeline', about: 'Alpha beta Gamma' }, 'when did Alpha beta Gamma');
    expect(view.title).toBe('Timeline about \u201cAlpha Gamma\u201d');
    expect(view.items).toHaveLength(1);
  });

  it('and when the names match nothing either, the whole timeline is shown, saying so', () => {
    const { view } = mentionView(engine, { kind: 'timeline', about: 'nothing here' }, 'when was nothing here');
    expect(view.title).toBe('Timeline');
    expect(view.intro).toContain('Nothing dated mentions \u201cnothing here\u201d, so here is the whole timeline.');
    expect(view.items).toHaveLength(2);
  });

  it('a quote nobody said, or a speaker nobody is, is asked as a plain question', () => {
    expect(mentionView(engine, { kind: 'who-said', quote: 'zzz' }, 'who said zzz').view.title).toBe('who said zzz');
    expect(mentionView(engine, { kind: 'quotes', speaker: 'the mayor', about: null }, 'what did the mayor say').view.title).toBe('what did the mayor say');
    expect(mentionView(engine, { kind: 'who-is', name: 'the mayor' }, 'who is the mayor').view.title).toBe('who is the mayor');
  });
});
