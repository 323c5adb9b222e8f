/**
 * The Discord view of a free-text question (a mention): the routed question answered by
 * src/free-text/answer.ts and shown as a list view; also tells what to remember for a follow-up.
 */
import { answerFreeText } from '../free-text/answer.ts';
import type { Engine } from '../engine.ts';
import type { Intent } from '../free-text/route.ts';
import type { ListView } from './render/list-view.ts';
import { fitText } from './render/markdown.ts';
import { passagesView } from './render/passages.ts';
import { quotesView, whoSaidView } from './render/quotes.ts';
import { TIMELINE_EVENT_LIMIT, timelineView } from './render/timeline.ts';

export interface MentionView {
  view: ListView;
  /** The person the answer is about, for "he"/"she" in a follow-up. */
  person: string | null;
}

export function mentionView(engine: Engine, intent: Exclude<Intent, { kind: 'help' }>, original: string): MentionView {
  const { answer, person, about, card, note } = answerFreeText(engine, intent, original, 9, TIMELINE_EVENT_LIMIT);
  let view: ListView;
  switch (answer.kind) {
    case 'who-said':
      view = whoSaidView(answer, engine.stats);
      break;
    case 'quotes':
      view = quotesView(answer, engine.stats, card ? { card: true } : { about });
      break;
    case 'timeline':
      view = timelineView(answer, engine.stats);
      break;
    case 'search':
    case 'ask':
      view = passagesView(answer, engine.stats);
      break;
    default:
      throw new Error(`no view for a ${answer.kind} answer to a mention`);
  }
  if (note) view = { ...view, intro: [fitText(note, 300), view.intro].filter(Boolean).join('\n') };
  return { view, person };
}
