/** One sentence of a paragraph as the passes see it, and who the subject of each of its verbs of saying is. */
import { findVerbs, npAfter, npBefore, sentenceSubject } from './grammar.ts';
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
    // "Another diplomat, former special envoy Kurt Volker, shifted …": the name in the appositive.
    if (r && ref.kind === 'group' && toks[r[1] + 1]?.text === ',') {
      const appo = npAfter(toks, r[1] + 2);
      const named = appo ? phrase(appo) : null;
      if (named?.kind === 'person') return named;
    }
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
        const ref = phrase(hit.np);
        if (ref.kind === 'person') return ref;
        // "said another witness ..., former White House Russia adviser Fiona Hill."
        if (toks[hit.np[1] + 1]?.text === ',') {
          const appo = npAfter(toks, hit.np[1] + 2);
          if (appo) {
            const r2 = phrase(appo);
            if (r2.kind === 'person') return r2;
          }
        }
        return ref;
      }
      const np = npBefore(toks, hit.idx);
      const ref = phrase(np);
      if (ref.kind !== 'none') return ref;
      return np ? ref : subject();
    }
  }
}
