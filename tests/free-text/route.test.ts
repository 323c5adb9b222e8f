import { describe, expect, it } from 'vitest';
import { contentWords, routeIntent, stripMentions, topicOf } from '../../src/free-text/route.ts';

const BOT = '<@123456789012345678>';

describe('routeIntent', () => {
  it('routes "who said ..." to who-said, with the mention, quote marks and "that" removed', () => {
    expect(routeIntent(`${BOT} who said "the dumbest idea"?`).intent).toEqual({ kind: 'who-said', quote: 'the dumbest idea' });
    expect(routeIntent('who said that it was pretty close').intent).toEqual({ kind: 'who-said', quote: 'it was pretty close' });
  });

  it('routes other speech verbs ("who called it ...") to who-said without the verb', () => {
    expect(routeIntent(`${BOT} who called it the dumbest idea?`).intent).toEqual({ kind: 'who-said', quote: 'it the dumbest idea' });
    expect(routeIntent('Who mocked the partnership').intent).toEqual({ kind: 'who-said', quote: 'the partnership' });
  });

  it('routes "when ..." and "timeline ..." to the timeline with the topic words', () => {
    expect(routeIntent('when did Trump meet Putin?').intent).toEqual({ kind: 'timeline', about: 'Trump meet Putin' });
    expect(routeIntent('timeline of the G-20 summit').intent).toEqual({ kind: 'timeline', about: 'the G-20 summit' });
    expect(routeIntent('timeline').intent).toEqual({ kind: 'timeline', about: null });
  });

  it('routes "what did X say (about Y)" to quotes', () => {
    expect(routeIntent('what did Rubio say?').intent).toEqual({ kind: 'quotes', speaker: 'Rubio', about: null });
    expect(routeIntent('What did Steven Mnuchin say about the plan').intent).toEqual({ kind: 'quotes', speaker: 'Steven Mnuchin', about: 'the plan' });
  });

  it('routes "who is X" to a person card', () => {
    expect(routeIntent('who is Lindsey Graham?').intent).toEqual({ kind: 'who-is', name: 'Lindsey Graham' });
  });

  it('routes anything else to ask, and an empty mention to help', () => {
    expect(routeIntent('why did the plan fail?').intent).toEqual({ kind: 'ask', question: 'why did the plan fail' });
    expect(routeIntent(BOT).intent).toEqual({ kind: 'help' });
    expect(routeIntent(`${BOT}  help `).intent).toEqual({ kind: 'help' });
  });

  describe('follow-ups', () => {
    const context = { topic: 'dumbest idea', person: 'Lindsey Graham' };

    it('a question with no subject of its own takes the previous topic', () => {
      expect(routeIntent('when was that?', context)).toEqual({ intent: { kind: 'timeline', about: 'dumbest idea' }, followUp: true });
      expect(routeIntent('who said that?', context)).toEqual({ intent: { kind: 'who-said', quote: 'dumbest idea' }, followUp: true });
      expect(routeIntent('tell me more', context)).toEqual({ intent: { kind: 'ask', question: 'dumbest idea' }, followUp: true });
    });

    it('"and what did X say?" asks about X on the previous topic', () => {
      expect(routeIntent('and what did Rubio say?', context)).toEqual({ intent: { kind: 'quotes', speaker: 'Rubio', about: 'dumbest idea' }, followUp: true });
    });

    it('a pronoun stands for the person of the previous answer', () => {
      expect(routeIntent('what else did he say about Russia?', context)).toEqual({ intent: { kind: 'quotes', speaker: 'Lindsey Graham', about: 'Russia' }, followUp: true });
      expect(routeIntent('who is she?', context).intent).toEqual({ kind: 'who-is', name: 'Lindsey Graham' });
    });

    it('a question with its own subject ignores the context', () => {
      expect(routeIntent('when did the summit start?', context)).toEqual({ intent: { kind: 'timeline', about: 'the summit start' }, followUp: false });
      expect(routeIntent('who said the fox was in charge?', context).followUp).toBe(false);
    });

    it('without context a subjectless question gets help or an unfiltered answer', () => {
      expect(routeIntent('who said that?').intent).toEqual({ kind: 'help' });
      expect(routeIntent('when was that?').intent).toEqual({ kind: 'timeline', about: null });
    });
  });
});

describe('topicOf', () => {
  it('keeps only the subject words of what was asked', () => {
    expect(topicOf({ kind: 'who-said', quote: 'it the dumbest idea' })).toBe('dumbest idea');
    expect(topicOf({ kind: 'ask', question: 'what is it?' })).toBeNull();
    expect(topicOf({ kind: 'timeline', about: null })).toBeNull();
  });
});

describe('helpers', () => {
  it('strips user, role and channel mentions', () => {
    expect(stripMentions('<@1234567890123456> hi <@!1234567890123456> <@&1234567890123456> <#1234567890123456>')).toBe('hi');
  });
  it('finds no content words in a pure follow-up', () => {
    expect(contentWords('and when was that?')).toEqual([]);
    expect(contentWords("Graham's idea")).toEqual(['graham', 'idea']);
  });
});
