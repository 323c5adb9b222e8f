/**
 * Answers a routed free-text intent with the engine, as a list view, falling back to a plain
 * question when the specific reading finds nothing (a "who is" or "what did X say" that names no
 * one, a quote that nobody said) and to a wider timeline when no event matches a topic. Also
 * tells what to remember for a follow-up.
 */
import type { QuotesAnswer } from '../answers.ts';
import type { Engine } from '../engine.ts';
import { contentWords, type Intent } from '../intent.ts';
import type { ListView } from './render/list-view.ts';
import { fitText } from './render/markdown.ts';
import { passagesView } from './render/passages.ts';
import { quotesView, whoSaidView } from './render/quotes.ts';
import { timelineView } from './render/timeline.ts';

export interface IntentAnswer {
  view: ListView;
  /** The person the answer is about, for "he"/"she" in a follow-up. */
  person: string | null;
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
 * The timeline about a topic; when no event matches all its words, the events about the names in
 * it (capitalised words), and failing that the whole timeline, saying so.
 */
function timelineAbout(engine: Engine, about: string | null): ListView {
  const answer = engine.timeline({ about });
  if (!about || answer.events.length) return timelineView(answer, engine.stats);
  const names = about.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (names.length && names.length < about.split(/\s+/).length) {
    const byNames = engine.timeline({ about: names.join(' ') });
    if (byNames.events.length) return timelineView(byNames, engine.stats);
  }
  const whole = timelineView(engine.timeline(), engine.stats);
  return { ...whole, intro: [`Nothing dated mentions \u201c${fitText(about, 200)}\u201d, so here is the whole timeline.`, whole.intro].filter(Boolean).join('\n') };
}

function ask(engine: Engine, question: string): IntentAnswer {
  return { view: passagesView(engine.ask(question, { limit: 9 }), engine.stats), person: null };
}

export function answerIntent(engine: Engine, intent: Exclude<Intent, { kind: 'help' }>, original: string): IntentAnswer {
  switch (intent.kind) {
    case 'who-said': {
      const answer = engine.whoSaid(intent.quote);
      if (!answer.matches.length) return ask(engine, original);
      return { view: whoSaidView(answer, engine.stats), person: answer.matches[0]?.speaker ?? null };
    }
    case 'who-is': {
      const answer = engine.quotes(intent.name);
      if (!answer.person) return ask(engine, original);
      return { view: quotesView(answer, engine.stats, { card: true }), person: answer.person.name };
    }
    case 'quotes': {
      const all = engine.quotes(intent.speaker);
      if (!all.person && !all.quotes.length) return ask(engine, original);
      const { answer, narrowed } = intent.about ? narrow(all, intent.about) : { answer: all, narrowed: false };
      return { view: quotesView(answer, engine.stats, { about: narrowed ? intent.about : null }), person: all.person?.name ?? null };
    }
    case 'timeline':
      return { view: timelineAbout(engine, intent.about), person: null };
    case 'ask':
      return ask(engine, intent.question);
  }
}
