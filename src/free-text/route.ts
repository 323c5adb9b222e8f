/**
 * Routing of typed free text (a mention, a console line): what a question asks for ("who said ...",
 * "when ...", "what did X say ...", otherwise a plain question). Pure and engine-agnostic, so the Discord mentions and the console
 * can share it. A follow-up with no subject of its own ("when was that?", "and what did she say?")
 * leans on the context of the previous answer, when one is given.
 */

export type Intent =
  | { kind: 'help' }
  | { kind: 'who-said'; quote: string }
  | { kind: 'who-is'; name: string }
  | { kind: 'quotes'; speaker: string; about: string | null }
  | { kind: 'timeline'; about: string | null }
  | { kind: 'ask'; question: string };

/** What the previous answer was about: its topic words and the person it was about, if any. */
export interface IntentContext {
  topic: string | null;
  person: string | null;
}

export interface RoutedIntent {
  intent: Intent;
  /** True when part of the intent came from the context rather than the text. */
  followUp: boolean;
}

/** Words that carry no subject: question words, auxiliaries, pronouns, fillers. */
const FILLER = new Set(
  (
    'a an the and or but so then also too again else more other ' +
    'what whats when where which who whom whose why how ' +
    'is are was were be been being am do does did done has have had will would can could should shall may might must ' +
    'it its this that these those there here he him his she her hers they them their theirs we us our you your i me my mine ' +
    'about of on in at to for from with by as into over ' +
    'tell say said says explain show give know mean meant happen happened happens ' +
    'please ok okay thanks thank yes no any anything something some one ones exactly really actually just ever'
  ).split(' '),
);

const PRONOUNS = new Set(['he', 'him', 'she', 'her', 'they', 'them', 'that person', 'this person']);

const SPEECH_VERBS =
  'said|says|say|called|calls|call|described|describes|wrote|writes|tweeted|tweets|posted|posts|claimed|claims|' +
  'mocked|mocks|compared|compares|likened|told|tells|denied|denies|warned|warns|argued|argues|stated|states|asked|asks';

const WHO_SAID = new RegExp(`^who\\s+(?:${SPEECH_VERBS})\\b\\s*(.*)$`, 'i');
const WHO_IS = /^who\s+(?:is|was|are|were|'s)\s+(.+)$/i;
const WHAT_DID =
  /^what\s+(?:else\s+)?(?:did|does|do|has|had|have|would|will)\s+(.+?)\s+(?:say|said|tweet|tweeted|write|wrote|post|posted|think|thought|claim|claimed|tell|told|argue|argued)(?:\s+(?:about|on|of|regarding|concerning)\s+(.+))?$/i;
const WHEN = /^(?:when|timeline)\b\s*(.*)$/i;
const LEADING_FILLER = /^(?:(?:and|so|but|also|ok|okay|well|hey|then|please)\b[\s,]*)+/i;

/** Mention syntax (<@id>, <@!id>, <@&id>, <#id>) removed and white space collapsed. */
export function stripMentions(text: string): string {
  return text
    .replace(/<@[!&]?\d+>|<#\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text that could name a subject (not question words, pronouns or fillers). */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w));
}

function hasSubject(text: string): boolean {
  return contentWords(text).length > 0;
}

/** The text without quote marks around it and final punctuation. */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/[?!.\s]+$/u, '')
    .replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/gu, '')
    .trim();
}

/** Auxiliaries and time fillers dropped from the front and the end of a timeline topic. */
function timelineTopic(rest: string): string {
  return unwrap(rest)
    .replace(/^(?:of|for|about|on)\s+/i, '')
    .replace(/^(?:did|does|do|was|were|is|are|has|have|had|will|would)\s+/i, '')
    .replace(/\s+(?:happen|happened|happens|take place|took place|occur|occurred)$/i, '')
    .trim();
}

/** Routes a question to an intent; `context` fills in what a follow-up leaves out. */
export function routeIntent(raw: string, context: IntentContext | null = null): RoutedIntent {
  const text = unwrap(stripMentions(raw).replace(LEADING_FILLER, ''));
  const own = (intent: Intent): RoutedIntent => ({ intent, followUp: false });
  const lean = (intent: Intent): RoutedIntent => ({ intent, followUp: true });
  if (!text || /^(?:help|hi|hello|hey|\?)$/i.test(text)) return own({ kind: 'help' });

  const whoSaid = WHO_SAID.exec(text);
  if (whoSaid) {
    const quote = unwrap((whoSaid[1] ?? '').replace(/^that\s+/i, ''));
    if (hasSubject(quote)) return own({ kind: 'who-said', quote });
    if (context?.topic) return lean({ kind: 'who-said', quote: context.topic });
    return own({ kind: 'help' });
  }

  const whatDid = WHAT_DID.exec(text);
  if (whatDid) {
    let speaker = unwrap(whatDid[1] ?? '');
    let followUp = false;
    if (PRONOUNS.has(speaker.toLowerCase()) || !hasSubject(speaker)) {
      if (!context?.person) return own({ kind: 'ask', question: text });
      speaker = context.person;
      followUp = true;
    }
    const ownAbout = whatDid[2] ? unwrap(whatDid[2]) : '';
    if (ownAbout && hasSubject(ownAbout)) return { intent: { kind: 'quotes', speaker, about: ownAbout }, followUp };
    if (context?.topic) return lean({ kind: 'quotes', speaker, about: context.topic });
    return { intent: { kind: 'quotes', speaker, about: null }, followUp };
  }

  const whoIs = WHO_IS.exec(text);
  if (whoIs) {
    const name = unwrap(whoIs[1] ?? '');
    if (PRONOUNS.has(name.toLowerCase()) || !hasSubject(name)) {
      return context?.person ? lean({ kind: 'who-is', name: context.person }) : own({ kind: 'help' });
    }
    return own({ kind: 'who-is', name });
  }

  const when = WHEN.exec(text);
  if (when) {
    const about = timelineTopic(when[1] ?? '');
    if (hasSubject(about)) return own({ kind: 'timeline', about });
    if (context?.topic) return lean({ kind: 'timeline', about: context.topic });
    return own({ kind: 'timeline', about: null });
  }

  if (hasSubject(text)) return own({ kind: 'ask', question: text });
  if (context?.topic) return lean({ kind: 'ask', question: context.topic });
  return own({ kind: 'help' });
}

/** The topic an intent is about (its subject words), to remember for the next follow-up; null keeps the old one. */
export function topicOf(intent: Intent): string | null {
  const subject = (text: string | null) => {
    const words = text ? contentWords(text) : [];
    return words.length ? words.join(' ') : null;
  };
  switch (intent.kind) {
    case 'who-said':
      return subject(intent.quote);
    case 'quotes':
    case 'timeline':
      return subject(intent.about);
    case 'ask':
      return subject(intent.question);
    default:
      return null;
  }
}
