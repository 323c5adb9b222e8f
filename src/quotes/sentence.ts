/** One sentence of a paragraph as the passes see it, and who the subject of each of its verbs of saying is. */
import { findVerbs, isNPToken, isWord, npAfter, npBefore, sentenceSubject } from './grammar.ts';
import { DOCUMENT_WORDS, GENERIC_SUBJECTS, SPEECH_VERBS, startsWithVerb, VERB_FILLERS } from './lexicon.ts';
import { isPersonNoun } from './names.ts';
import { isCapitalized, possessiveBase } from './tokens.ts';
import { describe, isSpeaker } from './speakers.ts';
import type { VerbHit } from './grammar.ts';
import type { QuoteSpan } from './marks.ts';
import type { SpeakerRef, SpeakerResolver } from './speakers.ts';
import type { Token } from './tokens.ts';

export interface SentenceCtx {
  paragraph: number;
  /** The paragraph's text. */
  text: string;
  /** Tokens of the sentence; each quoted span is one 'quote' token. */
  toks: Token[];
  spans: QuoteSpan[];
  verbs: VerbHit[];
  resolver: SpeakerResolver;
}

export function makeSentence(paragraph: number, text: string, toks: Token[], spans: QuoteSpan[], resolver: SpeakerResolver): SentenceCtx {
  return { paragraph, text, toks, spans, verbs: findVerbs(toks), resolver };
}

/** The speaker of a verb of saying, by its form. */
export function verbSpeaker(s: SentenceCtx, hit: VerbHit): SpeakerRef {
  const { toks, resolver, paragraph } = s;
  const phrase = (r: [number, number] | null): SpeakerRef => (r ? resolver.phrase(paragraph, toks, r[0], r[1]) : { kind: 'none' });
  const subject = (): SpeakerRef => {
    const r = sentenceSubject(toks, hit.idx, t => resolver.mentionAt(paragraph, t.start) !== null);
    const ref = phrase(r);
    // "Another diplomat, former special envoy Tom Reyes, shifted …": the name in the appositive.
    if (r && ref.kind === 'group') return appositiveName(s, r[1]) ?? ref;
    return ref;
  };
  switch (hit.form) {
    case 'according': {
      const ref = phrase(npAfter(toks, hit.idx + 2));
      // A group keeps its fuller description ("two people briefed on the talks").
      if (ref.kind === 'group') return accordingPeople(s, hit.idx + 2) ?? ref;
      return isSpeaker(ref) ? ref : accordingPeople(s, hit.idx + 2) ?? ref;
    }
    case 'relative': {
      let w = hit.idx - 1;
      while (w > 0 && toks[w]!.lower !== 'who' && toks[w]!.lower !== 'which') w--;
      // ", who said": the antecedent stands right before the comma.
      return phrase(npBefore(toks, toks[w - 1]?.text === ',' ? w - 1 : w));
    }
    case 'participle':
    case 'infinitive':
      return subject();
    case 'finite': {
      if (hit.inverted && hit.np) {
        // "said another witness ..., former White House Ohio adviser Ana Ruiz."
        const named = resolver.hasMention(paragraph, toks[hit.np[0]]!.start, toks[hit.np[1]]!.end) ? null : appositiveName(s, hit.np[1]);
        const ref = named ?? phrase(hit.np);
        // "said one, a retired nurse who asked not to be named": the description in apposition speaks.
        if (!isSpeaker(ref) && toks[hit.np[1] + 1]?.text === ',') {
          const d = npAfter(toks, hit.np[1] + 2);
          const described = d ? phrase(d) : null;
          if (described && isSpeaker(described)) return described;
        }
        return ref;
      }
      const np = npBefore(toks, hit.idx);
      let ref = np ? phrase(np) : null;
      // "The Ashford fire chief, Mara Quinn, has argued": a description, then the name in apposition.
      // "Hale's attorney, Raymond Ochoa, said": the name in apposition wins over a person the description alone would
      // point to (another attorney named earlier), when the apposition is that name.
      const described = ref?.kind === 'person' && !resolver.hasMention(paragraph, toks[np![0]]!.start, toks[np![1]]!.end);
      if (np && (ref?.kind !== 'person' || described) && toks[np[1] + 1]?.text === ',') {
        let c = hit.idx - 1;
        while (c > np[1] && VERB_FILLERS.has(toks[c]!.lower)) c--;
        const m = toks[c]?.text === ',' && c > np[1] + 2 ? resolver.lastMentionIn(paragraph, toks[np[1] + 2]!.start, toks[c - 1]!.end) : null;
        if (m && (!described || m.end === toks[c - 1]!.end)) ref = { kind: 'person', entity: resolver.people.final(m.entity) };
      }
      if (ref && isSpeaker(ref)) return ref;
      // "Her predecessor, John Marsh, said": whatever the words before it, a name alone between two commas right
      // before the verb is its subject.
      if (!np) {
        let c = hit.idx - 1;
        while (c > 0 && VERB_FILLERS.has(toks[c]!.lower)) c--;
        let o = c - 1;
        while (o > 0 && c - o <= 6 && toks[o]!.kind === 'word') o--;
        const m = toks[c]?.text === ',' && toks[o]?.text === ',' && o < c - 1 && isWord(toks[o - 1]) ? resolver.lastMentionIn(paragraph, toks[o + 1]!.start, toks[c - 1]!.end) : null;
        if (m && m.end === toks[c - 1]!.end) return { kind: 'person', entity: resolver.people.final(m.entity) };
      }
      // "Residents who live near the plant say …", "Officials at the county health department said …".
      const modified = modifiedSubject(s, hit.idx);
      if (modified) return modified;
      if (ref) return ref;
      // "… and slammed the hearings": a verb coordinated with an earlier one shares its subject; after any other
      // word ("the police department tweeted") the subject is no person.
      let p = hit.idx - 1;
      while (p > 0 && VERB_FILLERS.has(toks[p]!.lower)) p--;
      return /^(and|but|or|,)$/.test(toks[p]?.lower ?? '') ? subject() : { kind: 'none' };
    }
  }
}

/**
 * The person or group a sentence opens with, as the subject of its verb: "The mayor summed it up with a joke",
 * "Lee's anger grew" (a possessive subject introduces its owner). None when the sentence opens otherwise.
 */
export function openingSpeaker(s: SentenceCtx, limit: number): SpeakerRef {
  const { toks, resolver, paragraph } = s;
  let a = 0;
  while (a < limit && isWord(toks[a]) && /^(but|and|so|then|yet|still)$/.test(toks[a]!.lower)) a++;
  const r = npAfter(toks, a);
  if (!r || r[1] + 1 >= limit) return { kind: 'none' };
  const last = toks[r[1]]!;
  if (possessiveBase(last)) {
    // "Lee's anger grew": the owner, when a noun and a verb follow.
    const m = resolver.mentionAt(paragraph, (resolver.lastMentionAny(paragraph, toks[r[0]]!.start, last.end) ?? { start: -1 }).start);
    const noun = toks[r[1] + 1];
    if (!m || !isWord(noun) || isCapitalized(noun) || !isWord(toks[r[1] + 2]) || isCapitalized(toks[r[1] + 2])) return { kind: 'none' };
    return { kind: 'person', entity: resolver.people.final(m.entity) };
  }
  const next = toks[r[1] + 1];
  if (!isWord(next) || isCapitalized(next) || !(startsWithVerb(next.text) || VERB_FILLERS.has(next.lower))) return { kind: 'none' };
  const ref = resolver.phrase(paragraph, toks, r[0], r[1]);
  return isSpeaker(ref) ? ref : { kind: 'none' };
}

/** The person named in an appositive right after a description: "another witness, former adviser Ana Ruiz". */
function appositiveName(s: SentenceCtx, end: number): SpeakerRef | null {
  const { toks, resolver, paragraph } = s;
  let c = end + 1;
  while (c < toks.length && c - end < 8 && toks[c]!.kind === 'word') c++;
  if (toks[c]?.text !== ',') return null;
  end = c - 1;
  let k = end + 2;
  while (k < toks.length && toks[k]!.text !== ',' && toks[k]!.text !== '.' && toks[k]!.kind !== 'quote') k++;
  if (k === end + 2) return null;
  const m = resolver.lastMentionIn(paragraph, toks[end + 2]!.start, toks[k - 1]!.end);
  return m ? { kind: 'person', entity: resolver.people.final(m.entity) } : null;
}

const SUBJECT_MODIFIER = /^(who|in|at|from|near|across|of|on|around|outside|inside|along|with|throughout|for|living|working)$/;
const LEAD = /^(but|and|yet|so|still|now|meanwhile|however|instead)$/;

/** A group subject followed by a relative clause or a place before its verb, as a speaker; null when there is none. */
function modifiedSubject(s: SentenceCtx, v: number): SpeakerRef | null {
  const { toks, resolver, paragraph } = s;
  let c = v - 1;
  while (c >= 0 && toks[c]!.kind === 'word' && v - c <= 16) c--;
  if (c >= 0 && toks[c]!.text !== ',' && toks[c]!.text !== ';' && toks[c]!.text !== '\u2014') return null;
  let a = c + 1;
  while (a < v && LEAD.test(toks[a]!.lower)) a++;
  let h = a;
  while (h < v && isNPToken(toks[h]) && !SUBJECT_MODIFIER.test(toks[h]!.lower)) h++;
  // The phrase may open with modifiers that are no NP words ("Local business owners"): read up to the person noun.
  if (h === a || !isPersonNoun(toks[h - 1]!.lower)) {
    h = a;
    while (h < v && h - a < 4 && isWord(toks[h]) && !isPersonNoun(toks[h]!.lower) && !SUBJECT_MODIFIER.test(toks[h]!.lower) && !startsWithVerb(toks[h]!.text)) h++;
    while (h < v && isPersonNoun(toks[h]!.lower) && !SUBJECT_MODIFIER.test(toks[h]!.lower)) h++;
    if (h === a || !isPersonNoun(toks[h - 1]!.lower)) return null;
  }
  const head = toks[h - 1]!;
  if (h >= v) return null;
  const gap = toks.slice(h, v);
  const first = gap[0]!;
  // "Two people familiar with the matter said", "a person briefed on the talks said": anonymous sources.
  if (/^(people|person)$/.test(head.lower) && /^(familiar|close|briefed)$/.test(first.lower) && gap.length <= 8) {
    if (gap.slice(1).some(t => VERB_FILLERS.has(t.lower) || startsWithVerb(t.text) || SPEECH_VERBS.has(t.lower))) return null;
    let end = v - 1;
    while (end > h && VERB_FILLERS.has(toks[end]!.lower)) end--;
    return { kind: 'group', text: describe(toks, a, end), plural: head.lower === 'people' };
  }
  if (GENERIC_SUBJECTS.has(head.lower)) return null;
  if (!SUBJECT_MODIFIER.test(first.lower)) return null;
  if (gap.some(t => SPEECH_VERBS.has(t.lower) && t !== first)) return null;
  let end = h - 1;
  if (first.lower !== 'who') {
    // A place or a body ("in the valley", "at the county health department"): part of the description, no verb
    // inside; a relative clause may follow it ("The mother of a woman who took the pills has said").
    const who = gap.findIndex(t => t.lower === 'who');
    const place = who > 0 ? gap.slice(0, who) : gap;
    if (place.some(t => VERB_FILLERS.has(t.lower) || startsWithVerb(t.text))) return null;
    end = who > 0 ? h + who - 1 : v - 1;
    while (end > h && VERB_FILLERS.has(toks[end]!.lower)) end--;
  }
  const ref = resolver.phrase(paragraph, toks, a, end);
  return isSpeaker(ref) ? ref : null;
}

/** "according to a hospital spokesperson", "according to fire officials": people, not a report or a document. */
function accordingPeople(s: SentenceCtx, from: number): SpeakerRef | null {
  const { toks, resolver, paragraph } = s;
  let e = from;
  while (e < toks.length && e - from < 10 && isWord(toks[e]) && !/^(who|which|that)$/.test(toks[e]!.lower)) e++;
  let head = -1;
  for (let k = from; k < e; k++) {
    const t = toks[k]!;
    if (DOCUMENT_WORDS.has(t.lower) || startsWithVerb(t.text)) break;
    if (isPersonNoun(t.lower) && !GENERIC_SUBJECTS.has(t.lower)) head = k;
    // "two people briefed on the talks", "a person familiar with the matter": anonymous sources.
    else if (/^(people|person)$/.test(t.lower) && /^(familiar|close|briefed)$/.test(toks[k + 1]?.lower ?? '')) {
      let end = k + 1;
      while (end + 1 < e && !startsWithVerb(toks[end + 1]!.text)) end++;
      return { kind: 'group', text: describe(toks, from, end), plural: t.lower === 'people' };
    }
    else if (head >= 0 && !/^(for|at|of|with)$/.test(t.lower) && !isNPToken(t)) break;
  }
  if (head < 0) return null;
  // Keep a following "for the mayor" / "at the hospital" in the description.
  let end = head;
  if (/^(for|at|of|with)$/.test(toks[head + 1]?.lower ?? '') && e <= head + 7) end = e - 1;
  const ref = resolver.phrase(paragraph, toks, from, end);
  return isSpeaker(ref) ? ref : null;
}
