/** One sentence of a paragraph as the passes see it, and who the subject of each of its verbs of saying is. */
import { findVerbs, npAfter, npBefore, sentenceSubject } from './grammar.ts';
import { VERB_FILLERS } from './lexicon.ts';
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
    case 'according':
      return phrase(npAfter(toks, hit.idx + 2));
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
        return named ?? phrase(hit.np);
      }
      const np = npBefore(toks, hit.idx);
      if (np) return phrase(np);
      // "… and slammed the hearings": a verb coordinated with an earlier one shares its subject; after any other
      // word ("the police department tweeted") the subject is no person.
      let p = hit.idx - 1;
      while (p > 0 && VERB_FILLERS.has(toks[p]!.lower)) p--;
      return /^(and|but|or|,)$/.test(toks[p]?.lower ?? '') ? subject() : { kind: 'none' };
    }
  }
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
