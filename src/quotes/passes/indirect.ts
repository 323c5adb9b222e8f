/**
 * Pass 3 — indirect speech: the clause a verb of saying reports, without "that", the attribution and the final
 * full stop. Forward (`X said (that) …`, `X told reporters …`, `saying …`), trailing (`…, X said.`,
 * `…, according to X.`) and parenthetical (`…, X said, …`) attributions. A clause whose own verb sits inside
 * quotation marks (`said Hale "didn't fight hard enough"`) is left to the direct quotes.
 */
import { clauseEnd, clauseStart, closesSentence, npBefore } from '../grammar.ts';
import type { VerbHit } from '../grammar.ts';
import { CLAUSE_VERBS, SPEECH_VERBS, startsWithVerb, VERB_FILLERS } from '../lexicon.ts';
import { verbSpeaker } from '../sentence.ts';
import type { SentenceCtx } from '../sentence.ts';
import type { SpeakerRef } from '../speakers.ts';
import { possessiveBase } from '../tokens.ts';
import type { Token } from '../tokens.ts';

export interface Clause {
  start: number;
  end: number;
  ref: SpeakerRef;
}

const SMALL_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'an', 'this', 'that', 'has', 'had', 'have', 'was', 'is', 'were', 'would', 'will', 'could']);

export function reportedClauses(s: SentenceCtx, attributedQuote: (t: Token) => boolean): Clause[] {
  const { toks, verbs } = s;
  const out: Clause[] = [];
  const forward = new Set<VerbHit>();
  for (const hit of verbs) {
    const range = clauseOf(s, hit, attributedQuote, forward);
    if (!range) continue;
    const ref = verbSpeaker(s, hit);
    if (ref.kind !== 'person' && ref.kind !== 'group') continue;
    const ranges = splitOnAndThat(toks, range[0], range[1]);
    // "The money is spent, Roe said, and more is needed": the clause before the attribution is reported too.
    const first = ranges[0]!;
    if (hit.form === 'finite' && toks[first[0] - 1]?.text === ',' && /^(and|but)$/.test(toks[first[0]]?.lower ?? '')) {
      first[0]++;
      const np = npBefore(toks, hit.idx);
      const comma = np ? np[0] - 1 : -1;
      if (comma > 2 && toks[comma]?.text === ',' && toks.slice(0, comma).some(t => t.kind === 'word' && !t.cap && startsWithVerb(t.text))) ranges.unshift([0, comma]);
    }
    for (const [a, b] of ranges) {
      const c = toClause(s, a, b, ref);
      if (c) out.push(c);
    }
  }
  return out;
}

function clauseOf(s: SentenceCtx, hit: VerbHit, attributedQuote: (t: Token) => boolean, forward: Set<VerbHit>): [number, number] | null {
  const { toks } = s;
  const v = hit.idx;
  const coveredBefore = (comma: number) => [...forward].some(h => h.idx < comma);
  if (hit.form === 'according') {
    if (v <= 1) {
      let c = v + 2;
      while (c < toks.length && toks[c]!.text !== ',') c++;
      if (c >= toks.length - 1) return null;
      return [c + 1, clauseEnd(toks, c + 1, attributedQuote)];
    }
    if (toks[v - 1]?.text === ',' && !coveredBefore(v - 1)) return [0, v - 1];
    return null;
  }
  if (!CLAUSE_VERBS.has(toks[v]!.lower)) return null;
  // "have not said whether", "declined to say whether": nothing is reported.
  if (negated(toks, v)) return null;
  if (hit.inverted) {
    // ", said Tom Reyes, who works …": the clause is what comes before.
    if (toks[v - 1]?.text === ',' && !coveredBefore(v - 1)) return [0, v - 1];
    // "… a slow process, “because …,” said Ana Ruiz": the narrative before the quote is reported too.
    if (toks[v - 1]?.kind === 'quote' && toks[v - 2]?.text === ',' && v - 2 > 0 && !coveredBefore(v - 2)) return [0, v - 2];
    return null;
  }
  if (hit.form === 'finite') {
    const np = npBefore(toks, v);
    if (np && toks[np[0] - 1]?.text === ',' && np[0] - 1 > 0) {
      const comma = np[0] - 1;
      if (toks[comma - 1]?.kind === 'quote') return null;
      if (closesSentence(toks, v)) return coveredBefore(comma) ? null : [0, comma];
      if (toks[v + 1]?.text === ',') return [v + 2, clauseEnd(toks, v + 2, attributedQuote)]; // "…, the officials said, the utility …"
    }
  }
  // `it's also an assurance "that people are watching," he said`: a clause whose verb stands outside the marks,
  // ending in a quotation, is reported speech too (the quoted words are a direct quote as well).
  if (hit.form === 'finite') {
    const np = npBefore(toks, v);
    const q = np ? np[0] - 1 : -1;
    if (q > 1 && toks[q]!.kind === 'quote' && /,\s*$/.test(s.text.slice(s.spans[toks[q]!.span!]!.start, s.spans[toks[q]!.span!]!.end)) && closesSentence(toks, v) && verbBeforeQuote(toks, q)) return [0, q + 1];
  }
  const k = clauseStart(toks, hit);
  if (k < 0) return null;
  if (hit.form === 'finite' || hit.form === 'relative') forward.add(hit);
  let end = clauseEnd(toks, k, attributedQuote);
  if (hit.form === 'relative') {
    // "Roe, who said last year that she would retire, is running again": the relative clause ends at its comma.
    let w = v - 1;
    while (w > 0 && toks[w]!.lower !== 'who') w--;
    if (toks[w - 1]?.text === ',') {
      let c = k;
      while (c < end && toks[c]!.text !== ',') c++;
      if (c < end && !/^(and|but)$/.test(toks[c + 1]?.lower ?? '')) end = c;
    }
  }
  return [k, end];
}

/** Narrative words before the quote at `q` hold a finite verb of their own ("They were “…”", "it’s also “…”"). */
function verbBeforeQuote(toks: Token[], q: number): boolean {
  const words = toks.slice(0, q);
  if (words.length < 2 || words.some(t => t.kind === 'quote' || SPEECH_VERBS.has(t.lower))) return false;
  return words.some(t => t.kind === 'word' && !/^\p{Lu}/u.test(t.text) && startsWithVerb(t.text) || /^\p{L}+['\u2019](s|re|m)$/u.test(t.text) && /^(it|he|she|they|we|i|that|there|this)['\u2019]/i.test(t.text));
}

const NEGATIONS = /^(not|never|didn't|hasn't|haven't|hadn't|won't|wouldn't|doesn't|don't|can't|cannot|couldn't|isn't|wasn't|weren't|aren't)$/;

function negated(toks: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return false;
    if (NEGATIONS.test(t.lower)) return true;
    if (t.lower === 'to') return /^(declined|refused|declines|refuses|declining|refusing|not)$/.test(toks[k - 1]?.lower ?? '') || NEGATIONS.test(toks[k - 1]?.lower ?? '');
    if (!VERB_FILLERS.has(t.lower)) return false;
  }
  return false;
}

/** "he would not … and that his party would decide …": two clauses. */
function splitOnAndThat(toks: Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  for (let k = a + 1; k < b - 1; k++) {
    if (toks[k]!.lower === 'that' && toks[k - 1]!.lower === 'and') {
      let end = k - 1;
      if (toks[end - 1]?.text === ',') end--;
      out.push([from, end]);
      from = k + 1;
    }
  }
  out.push([from, b]);
  return out;
}

function toClause(s: SentenceCtx, a: number, b: number, ref: SpeakerRef): Clause | null {
  const { toks, text } = s;
  while (b > a && /^[,.;:—]$/.test(toks[b - 1]!.text)) b--;
  if (b - a < 3) return null;
  const body = toks.slice(a, b);
  if (body.every(t => t.kind === 'quote' || t.kind === 'punct')) return null;
  // The clause's verb sits inside the marks: `he "came from …"`, `Hale has "did not …"`.
  const q = body.findIndex(t => t.kind === 'quote');
  const lastWord = body.map(t => t.kind !== 'punct').lastIndexOf(true);
  if (q >= 0 && q <= 2) {
    const lead = body.slice(0, q);
    const quoted = s.text.slice(s.spans[body[q]!.span!]!.start);
    // "she had “no regrets”": "had" is the clause's own verb when the quotation opens with a noun phrase.
    const ownVerb = lead.some(t => t.kind === 'word' && /^(was|were|is|are)$/.test(t.lower)) && !startsWithVerb(quoted) ||
      /^(has|had|have)$/.test(lead[lead.length - 1]?.lower ?? '') && /^(no|a|an|the|some|any|nothing|every|all|his|her|their|its|our|my|this|these|those|enough|little|much|many|\d+)\b/i.test(quoted);
    const verbInside = !ownVerb && (q === lastWord || startsWithVerb(s.text.slice(s.spans[body[q]!.span!]!.start)));
    if (verbInside && lead.every(t => SMALL_SUBJECT.has(t.lower) || t.cap && !possessiveBase(t))) return null;
  }
  if (q > 0 && q === lastWord && !possessiveBase(body[q - 1]!) && startsWithVerb(s.text.slice(s.spans[body[q]!.span!]!.start))) return null;
  const start = toks[a]!.start;
  let end = toks[b - 1]!.end;
  while (end > start && /[\s,.;:]/.test(text[end - 1]!) && !/["\u201d\u2019]/.test(text[end - 1]!)) end--;
  return { start, end, ref };
}
