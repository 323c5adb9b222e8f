/**
 * Answers a routed free-text intent (src/intent.ts) with the engine, falling back to a plain
 * question when the specific reading finds nothing (a "who is" that names no one, a quote that
 * nobody said). Shared by every adapter that takes free text: Discord mentions and the console.
 */
import type { Answer, QuotesAnswer } from './answers.ts';
import type { Engine } from './engine.ts';
import { contentWords, type Intent } from './intent.ts';

export interface IntentAnswer {
  answer: Answer;
  /** The person the answer is about, for "he"/"she" in a follow-up. */
  person: string | null;
  /** For quotes narrowed to a topic: the topic. */
  about: string | null;
  /** For "who is": show the person card. */
  card: boolean;
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

const plain = (answer: Answer, person: string | null = null): IntentAnswer => ({ answer, person, about: null, card: false });

export function answerIntent(engine: Engine, intent: Exclude<Intent, { kind: 'help' }>, original: string, limit = 9): IntentAnswer {
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
      return { answer, person: answer.person.name, about: null, card: true };
    }
    case 'quotes': {
      const all = engine.quotes(intent.speaker);
      const { answer, narrowed } = intent.about ? narrow(all, intent.about) : { answer: all, narrowed: false };
      return { answer, person: all.person?.name ?? null, about: narrowed ? intent.about : null, card: false };
    }
    case 'timeline':
      return plain(engine.timeline({ about: intent.about }));
    case 'ask':
      return plain(engine.ask(intent.question, { limit }));
  }
}
