/**
 * Answers a routed free-text intent (src/free-text/route.ts) with the engine, falling back to a plain
 * question when the specific reading finds nothing (a "who is" or "what did X say" that names no
 * one, a quote that nobody said) and to a wider timeline when no event matches a topic. Shared by
 * every adapter that takes free text: Discord mentions and the console.
 */
import type { Answer, QuotesAnswer, TimelineAnswer } from '../answers.ts';
import type { Engine } from '../engine.ts';
import { contentWords, type Intent } from './route.ts';

export interface FreeTextAnswer {
  answer: Answer;
  /** The person the answer is about, for "he"/"she" in a follow-up. */
  person: string | null;
  /** For quotes narrowed to a topic: the topic. */
  about: string | null;
  /** For "who is": show the person card. */
  card: boolean;
  /** A sentence to show before the answer, when it is wider than what was asked. */
  note: string | null;
}

/** The quotes of the answer that share a word with the topic, or all of them when none does. */
function narrow(answer: QuotesAnswer, topic: string): { answer: QuotesAnswer; narrowed: boolean } {
  const words = contentWords(topic).filter((w) => w.length > 2);
  const quotes = answer.quotes.filter((q) => {
    const text = q.quote.toLowerCase();
    return words.some((w) => text.includes(w));
  });
  return quotes.length ? { answer: { ...answer, quotes }, narrowed: true } : { answer, narrowed: false };
}

/**
 * The timeline about a topic; when no event matches it, the events about the names in it
 * (capitalised words), and failing that the whole timeline, with a note saying so.
 */
function timelineAbout(engine: Engine, about: string | null, eventLimit: number | undefined): { answer: TimelineAnswer; note: string | null } {
  const page = eventLimit === undefined ? {} : { limit: eventLimit };
  const answer = engine.timeline({ about, ...page });
  if (!about || answer.events.length) return { answer, note: null };
  const names = about.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (names.length && names.length < about.split(/\s+/).length) {
    const byNames = engine.timeline({ about: names.join(' '), ...page });
    if (byNames.events.length) return { answer: byNames, note: null };
  }
  return { answer: engine.timeline(page), note: `Nothing dated mentions \u201c${about}\u201d, so here is the whole timeline.` };
}

const plain = (answer: Answer, person: string | null = null): FreeTextAnswer => ({ answer, person, about: null, card: false, note: null });

/** `limit`: passages of an answer; `eventLimit`: most timeline events made (a page; all when absent). */
export function answerFreeText(engine: Engine, intent: Exclude<Intent, { kind: 'help' }>, original: string, limit = 9, eventLimit?: number): FreeTextAnswer {
  const ask = () => plain(engine.ask(original, { limit }));
  switch (intent.kind) {
    case 'who-said': {
      const answer = engine.whoSaid(intent.quote);
      if (!answer.matches.length) return ask();
      return plain(answer, answer.matches[0]?.speaker ?? null);
    }
    case 'who-is': {
      const answer = engine.quotes(intent.name);
      if (!answer.person) return ask();
      return { ...plain(answer, answer.person.name), card: true };
    }
    case 'quotes': {
      const all = engine.quotes(intent.speaker);
      if (!all.person && !all.quotes.length) return ask();
      const { answer, narrowed } = intent.about ? narrow(all, intent.about) : { answer: all, narrowed: false };
      return { ...plain(answer, all.person?.name ?? null), about: narrowed ? intent.about : null };
    }
    case 'timeline': {
      const { answer, note } = timelineAbout(engine, intent.about, eventLimit);
      return { ...plain(answer), note };
    }
    case 'ask':
      return plain(engine.ask(intent.question, { limit }));
  }
}
