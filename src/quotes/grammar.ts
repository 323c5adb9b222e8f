/**
 * Shallow grammar over the tokens of one sentence: where the verbs of saying are, which noun phrase is the subject
 * of each (before it, after it when inverted, the sentence subject for "saying"/"to say"), and where the clause it
 * reports begins and ends. No parser: word lists and punctuation only, so it runs in microseconds per sentence.
 */
import {
  CLAUSE_VERBS, GENERIC_SUBJECTS, NOT_NAME_WORDS, NP_WORDS, OBJECT_VERBS, PREPOSITIONS, SPEECH_VERBS, startsWithVerb,
  THAT_GAP_WORDS, TIME_WORDS, VERB_FILLERS,
} from './lexicon.ts';
import { isPersonNoun } from './names.ts';
import { isCapitalized, possessiveBase } from './tokens.ts';
import type { Token } from './tokens.ts';

export type VerbForm = 'finite' | 'participle' | 'infinitive' | 'according' | 'relative';

export interface VerbHit {
  idx: number;
  form: VerbForm;
  /** "said Reyes" / ", said the officials": the speaker follows the verb. */
  inverted: boolean;
  /** Token range of the speaker phrase, when found. */
  np: [number, number] | null;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'there', 'you']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'of', 'another', 'every', 'no']);
const AUX_AFTER_THAT = new Set(['had', 'has', 'was', 'is', 'would', 'will', 'could', 'did', 'does', 'can', 'should', 'might', 'may', 'were', 'are']);
/** Nouns that look like verbs of saying ("a report", "his claims", "the call"). */
const NOUN_LIKE = new Set(['report', 'reports', 'post', 'posts', 'call', 'calls', 'claim', 'claims', 'charge', 'charges', 'state', 'states', 'answer', 'promise', 'promises', 'counter', 'brand', 'label', 'labels', 'tweet', 'tweets', 'notes', 'note', 'quote', 'remarks', 'warning', 'saying', 'statement', 'caution', 'reply', 'answer', 'pledge', 'vow', 'posted', 'stress']);
/** Verbs that report a clause only with "that" (without it they take a noun: "announced the plan"). */
const NEEDS_THAT = /^(announce|confirm|acknowledge|admit|reveal|state|predict|recall|maintain|contend|assert|reiterate|agree|concede|complain|stress|emphasize|explain|report|post|promise|caution|reaffirm|deny|estimate|indicate|signal|disclose|pointed)/;
const INTRO_WORDS = new Set(['after', 'before', 'in', 'on', 'at', 'during', 'earlier', 'later', 'last', 'since', 'when', 'while', 'as', 'for', 'afterward', 'afterwards', 'asked', 'speaking', 'following', 'despite', 'although', 'though', 'because', 'if', 'once', 'with', 'without', 'from', 'to', 'according', 'until', 'under', 'over', 'by']);
const LEAD_CONJ = new Set(['but', 'and', 'yet', 'so', 'still', 'then', 'also', 'however', 'meanwhile', 'instead', 'now', 'indeed']);

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** "R-Idaho", "D-N.Y.", "I-Vt.": a legislator's party and state, a role and never a name. */
export const isPartyState = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^[RDI]-\p{Lu}/u.test(t.text);

/** A word that reads as a finite verb or an auxiliary ("would", "had", "rose"): the sign that a clause is under way. */
const verbLike = (t: Token | undefined): boolean => isWord(t) && !isCapitalized(t) && startsWithVerb(t.text);

const PASSIVE = /^(is|are|was|were|be|been|being)$/;
const CRITICISM = /^(accus|urg|hail|decr|condemn|denounc|dismiss|blast)/;
const MODALS = /^(would|will|could|should|may|might|can|must)$/;

const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'la', 'le', 'di', 'du', 'ter', 'dos', 'das']);

export function isNPToken(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (PARTICLES.has(t.text)) return true;
  if (isCapitalized(t)) return !/^(Said|Says|Told|Added)$/.test(t.text);
  return NP_WORDS.has(t.lower) || isPersonNoun(t.lower) || !!possessiveBase(t) || /^\d{1,3}$/.test(t.text) || t.lower.endsWith('-in-law');
}

/** Verbs of saying in a sentence, with their form (finite, participle, "to say", "according to", "who said"). */
export function findVerbs(toks: Token[]): VerbHit[] {
  const out: VerbHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isWord(t)) continue;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      out.push({ idx: i, form: 'according', inverted: true, np: null });
      continue;
    }
    if (!SPEECH_VERBS.has(t.lower)) continue;
    // "is being dismissed as …", "was accused of …": a passive verb of criticism has no speaker for a subject.
    if (CRITICISM.test(t.lower) && PASSIVE.test(toks[i - 1]?.lower ?? '')) continue;
    // "pointed out that": only with its particle.
    if (t.lower === 'pointed' && toks[i + 1]?.lower !== 'out') continue;
    const prev = toks[i - 1];
    if (prev && isWord(prev) && (DETERMINERS.has(prev.lower) || possessiveBase(prev)) && prev.lower !== 'that') continue;
    if (NOUN_LIKE.has(t.lower) && prev && (isCapitalized(prev) && i > 1 && !possessiveBase(prev) && /^(Times|Post|News|Journal|Press)$/.test(prev.text) || isWord(prev) && /^(new|recent|latest|first|second|final|official|annual)$/.test(prev.lower))) continue;
    const next = toks[i + 1];
    if (/^(call|calls|called|calling)$/.test(t.lower) && next && /^(for|on|off|up|in|out|back)$/.test(next.lower)) continue;
    if (t.lower === 'thought' || t.lower === 'think' || t.lower === 'thinks') {
      if (!(next && (next.lower === 'that' || SUBJECT_PRONOUNS.has(next.lower)))) continue;
    }
    let form: VerbForm = 'finite';
    if (t.lower.endsWith('ing')) form = 'participle';
    else if (prev?.lower === 'to') form = 'infinitive';
    else if (prev?.lower === 'who' || prev?.lower === 'which' || (VERB_FILLERS.has(prev?.lower ?? '') && toks[i - 2]?.lower === 'who')) form = 'relative';
    let inverted = false;
    // "…, the source told Reuters": the phrase after "told" is whom it was told to, never the speaker.
    if (form === 'finite' && !/^(tell|tells|told)$/.test(t.lower) && (i === 0 || prev?.kind === 'quote' || prev?.text === ',' || prev?.text === '—')) {
      const np = npAfter(toks, i + 1);
      if (np) {
        const after = toks[np[1] + 1];
        const closed = !after || after.text === ',' || after.text === '.' || after.text === ';' || after.text === '(' || after.text === '—' || TIME_WORDS.has(after.lower) || after.lower === 'as' || after.lower === 'in' || after.lower === 'on' ||
          // "said chief inspector Rolf Brandt from the county police", "said a company spokesperson when reached by phone"
          isWord(after) && /^(from|of|at|with|for|when|who|whose|while|after|via|to)$/.test(after.lower) && toks.slice(np[0], np[1] + 1).some(x => isCapitalized(x) || isPersonNoun(x.lower));
        if (closed && !possessiveBase(toks[np[1]]!)) {
          inverted = true;
          out.push({ idx: i, form, inverted, np });
          continue;
        }
      }
    }
    out.push({ idx: i, form, inverted, np: null });
  }
  return out;
}

/** The noun phrase that ends right before toks[idx], skipping "also"/"has" and an appositive between commas. */
export function npBefore(toks: Token[], idx: number, floor = 0): [number, number] | null {
  let j = idx - 1;
  while (j >= floor && isWord(toks[j]) && VERB_FILLERS.has(toks[j]!.lower)) j--;
  if (j >= floor && toks[j]!.text === ')') {
    while (j >= floor && toks[j]!.text !== '(') j--;
    j--;
  }
  if (j >= floor && toks[j]!.text === ',') {
    let k = j - 1;
    while (k >= floor && toks[k]!.text !== ',' && toks[k]!.kind !== 'quote' && toks[k]!.text !== '.') k--;
    if (k < floor || toks[k]!.text !== ',') return null;
    j = k - 1;
    if (j >= floor && toks[j]!.text === ')') {
      while (j >= floor && toks[j]!.text !== '(') j--;
      j--;
    }
    // "Sen. Jane Roe, R-Idaho, a member of …,": a party-state designation or an age before the appositive.
    if ((isPartyState(toks[j]) || /^\d{1,3}$/.test(toks[j]?.text ?? '')) && toks[j - 1]?.text === ',' && j - 2 >= floor) j -= 2;
  }
  if (j >= floor && isPartyState(toks[j]) && toks[j - 1]?.text === ',' && j - 2 >= floor) j -= 2;
  if (j < floor) return null;
  const t = toks[j]!;
  if (isWord(t) && SUBJECT_PRONOUNS.has(t.lower)) return [j, j];
  if (!isNPToken(t)) return null;
  let a = j;
  while (a - 1 >= floor && isNPToken(toks[a - 1]) && j - a < 10) a--;
  // "the fire marshal", "Local business owners": common nouns before a person noun modify it, when a determiner,
  // a capitalised word, a comma or the sentence start comes before them.
  // A phrase that opens with a determiner ("a poster") is whole: "On one forum a poster" is no phrase.
  if (!isCapitalized(t) && isPersonNoun(t.lower) && !(DETERMINERS.has(toks[a]!.lower) && toks[a]!.lower !== 'of')) {
    let b = a - 1;
    while (b >= floor && a - 1 - b < 3 && isWord(toks[b]) && !isCapitalized(toks[b]) && !NOT_NAME_WORDS.has(toks[b]!.lower) && !SPEECH_VERBS.has(toks[b]!.lower) && !verbLike(toks[b]) && !/(ly|ing)$/.test(toks[b]!.lower) && !PREPOSITIONS.has(toks[b]!.lower) && !isNPToken(toks[b])) b--;
    if (b < a - 1) {
      let c = b;
      while (c >= floor && isNPToken(toks[c]) && a - c < 10) c--;
      if (c < b || c < floor || toks[c]!.kind === 'punct') a = c + 1;
    }
  }
  // Sentence-initial conjunctions and intro words are not part of the phrase.
  while (a < j && isWord(toks[a]) && (LEAD_CONJ.has(toks[a]!.lower) || NOT_NAME_WORDS.has(toks[a]!.lower) && !DETERMINERS.has(toks[a]!.lower))) a++;
  return [a, j];
}

/** The noun phrase that starts at toks[idx] ("the officials", "Ana Ruiz"), up to 10 tokens. */
export function npAfter(toks: Token[], idx: number): [number, number] | null {
  const t = toks[idx];
  if (!isWord(t)) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'there') return [idx, idx];
  // "harbour master Anke Vogelsang", "a company spokesperson": lowercase modifiers that lead to a name or a person noun
  const lead = descriptiveLead(toks, idx);
  if (lead === idx && (!isNPToken(t) || t.lower === 'of' || t.lower === 'for')) return null;
  let b = Math.max(idx, lead - 1);
  while (b + 1 < toks.length && (isNPToken(toks[b + 1]) || descriptiveLead(toks, b + 1) > b + 1) && b - idx < 10) b++;
  // A phrase does not end on "of"/"for".
  while (b > idx && /^(of|for|at)$/.test(toks[b]!.lower)) b--;
  // "said Berg of the mayor": a name, then the person spoken of (lowercase); "Roe of the Brookings Institution" stays.
  for (let o = idx + 1; o < b; o++) {
    if (toks[o]!.lower !== 'of') continue;
    if (toks.slice(idx, o).some(x => isCapitalized(x)) && !toks.slice(o + 1, b + 1).some(x => isCapitalized(x))) b = o - 1;
    break;
  }
  return [idx, b];
}

/**
 * Where a run of one or two plain lowercase modifiers ("harbour master", "company") ends, when a capitalised name or a
 * person noun follows it ("harbour master Anke Vogelsang", "a company spokesperson"); `idx` itself when there is none.
 */
function descriptiveLead(toks: Token[], idx: number): number {
  let k = idx;
  while (k < idx + 2 && isWord(toks[k]) && !isCapitalized(toks[k]) && !isNPToken(toks[k]) && !PREPOSITIONS.has(toks[k]!.lower) &&
    !NOT_NAME_WORDS.has(toks[k]!.lower) && !SPEECH_VERBS.has(toks[k]!.lower) && !verbLike(toks[k]) && !/(ly|ing)$/.test(toks[k]!.lower) && !VERB_FILLERS.has(toks[k]!.lower)) k++;
  if (k === idx) return idx;
  const n = toks[k];
  return isWord(n) && (isCapitalized(n) && !possessiveBase(n) || isPersonNoun(n.lower) && !GENERIC_SUBJECTS.has(n.lower)) ? k : idx;
}

/** The subject of the sentence before toks[limit]: the first person-like phrase after any introductory phrase. */
export function sentenceSubject(toks: Token[], limit: number, isMentionStart: (t: Token) => boolean): [number, number] | null {
  let s = 0;
  while (s < limit && isWord(toks[s]) && LEAD_CONJ.has(toks[s]!.lower)) s++;
  if (s < limit && isWord(toks[s]) && INTRO_WORDS.has(toks[s]!.lower)) {
    let c = s;
    while (c < limit && toks[c]!.text !== ',') c++;
    // "Last week X revealed …, saying": a comma right before the verb closes no introduction.
    if (c < limit - 1) s = c + 1;
  }
  return subjectFrom(toks, s, limit, isMentionStart);
}

function subjectFrom(toks: Token[], s: number, limit: number, isMentionStart: (t: Token) => boolean): [number, number] | null {
  for (let p = s; p < limit; p++) {
    const t = toks[p]!;
    if (t.kind === 'quote') continue;
    if (!isWord(t)) continue;
    const pron = SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'there';
    if (!(pron || isMentionStart(t) || isPersonNoun(t.lower) && !GENERIC_SUBJECTS.has(t.lower))) continue;
    if (pron) return [p, p];
    let a = p;
    while (a - 1 >= s && isNPToken(toks[a - 1])) a--;
    let b = p;
    while (b + 1 < limit && isNPToken(toks[b + 1]) && b - a < 12) b++;
    while (b > p && /^(of|for|at)$/.test(toks[b]!.lower)) b--;
    return [a, b];
  }
  return null;
}

/** Where the clause reported by a forward verb ("said (that) ...", "told reporters that ...") begins, or -1. */
export function clauseStart(toks: Token[], hit: VerbHit): number {
  const v = hit.idx;
  let k = v + 1;
  const verb = toks[v]!.lower;
  if (!CLAUSE_VERBS.has(verb)) return -1;
  if (verb === 'pointed') k++; // "pointed out that"
  // "would add parking attendants", "will note the date": after a modal, only "that" makes such a verb report a clause.
  if (MODALS.test(toks[v - 1]?.text ?? '') && !/^(say|tell)$/.test(verb) && toks[k]?.lower !== 'that') return -1;
  // "said, however, that": a parenthetical adverb between commas.
  if (toks[k]?.text === ',' && isWord(toks[k + 1]) && /^(however|though|too|also|nonetheless|nevertheless|moreover|meanwhile|instead|again|repeatedly)$/.test(toks[k + 1]!.lower) && toks[k + 2]?.text === ',') k += 3;
  // "said in a statement that", "told reporters after the hearing that": look ahead for "that".
  // A gap that opens with a preposition or a time word ("in a blog post", "at a town hall on Monday") is an adjunct.
  const adjunct = isWord(toks[k]) && (PREPOSITIONS.has(toks[k]!.lower) || TIME_WORDS.has(toks[k]!.lower));
  for (let j = k; j < Math.min(toks.length, k + 14); j++) {
    const t = toks[j]!;
    if (isWord(t) && t.lower === 'that') {
      // "told reporters the cost was high and that …": an addressee holds no verb; the clause began before "that".
      const gapOk = toks.slice(k, j).every(g => g.kind === 'quote' || isWord(g) && (THAT_GAP_WORDS.has(g.lower) || isCapitalized(g) || OBJECT_VERBS.has(verb) && !verbLike(g) && !/^(and|or|but)$/.test(g.lower) || adjunct && !SPEECH_VERBS.has(g.lower) && !verbLike(g)));
      if (gapOk) {
        k = AUX_AFTER_THAT.has(toks[j + 1]?.lower ?? '') ? j : j + 1;
        return validStart(toks, k, true) ? k : -1;
      }
      break;
    }
    if (t.kind === 'punct') break;
  }
  if (OBJECT_VERBS.has(verb)) {
    // "told lawmakers it was", "told visiting Ohio officials they would": skip the object up to a subject pronoun.
    if (toks[k] && /^(him|her|them|me|us)$/.test(toks[k]!.lower)) k++;
    else {
      let j = k;
      while (j < toks.length && j - k < 6 && isWord(toks[j]) && !SUBJECT_PRONOUNS.has(toks[j]!.lower)) j++;
      if (isWord(toks[j]) && SUBJECT_PRONOUNS.has(toks[j]!.lower)) k = j;
      else {
        // "told reporters the cost was too high", "told the Ledger on Monday the road …": a short addressee, then
        // a clause whose verb follows within a few words.
        const c = afterAddressee(toks, k);
        if (c < 0) return -1;
        k = c;
      }
    }
    return validStart(toks, k) ? k : -1;
  }
  if (NEEDS_THAT.test(verb)) return -1; // "confirmed the closure": a noun, not a clause
  // "said Monday", "said on Tuesday": time words; "wrote on social media:" is no time.
  while (isWord(toks[k]) && TIME_WORDS.has(toks[k]!.lower) && toks[k]!.lower !== 'this' && toks[k]!.lower !== 'last' && (toks[k]!.lower !== 'on' || TIME_WORDS.has(toks[k + 1]?.lower ?? '') || isCapitalized(toks[k + 1]))) k++;
  // "wrote on Facebook: “…”": a colon introduces a quotation, not a reported clause.
  for (let j = k; j < Math.min(toks.length - 1, k + 6); j++) {
    if (!isWord(toks[j]) && toks[j]!.text !== ':') break;
    if (toks[j]!.text === ':' && toks[j + 1]?.kind === 'quote') return -1;
  }
  return validStart(toks, k) ? k : -1;
}

/** Where a clause begins after the addressee of "told" ("reporters", "the Daily Ledger"), or -1. */
function afterAddressee(toks: Token[], k: number): number {
  let j = k;
  if (isWord(toks[j]) && /^(the|a|an|his|her|their|its)$/.test(toks[j]!.lower)) j++;
  const from = j;
  while (j < toks.length && j - from < 5 && isWord(toks[j]) && (isCapitalized(toks[j]) || isPersonNoun(toks[j]!.lower) || /^(reporters|news|local|state|national|radio|television|tv)$/.test(toks[j]!.lower))) j++;
  if (j === from) return -1;
  const head = toks[j - 1]!;
  if (!isCapitalized(head) && !isPersonNoun(head.lower)) return -1;
  while (isWord(toks[j]) && (TIME_WORDS.has(toks[j]!.lower) || toks[j]!.lower === 'on' && isCapitalized(toks[j + 1]))) j++;
  const n = toks[j];
  if (!isWord(n) || PREPOSITIONS.has(n.lower) || SPEECH_VERBS.has(n.lower) || /^(and|or|but|to|about|of|that|what|how|why|when|where|who|if|whether)$/.test(n.lower)) return -1;
  for (let v = j + 1; v < Math.min(toks.length, j + 8); v++) {
    const t = toks[v]!;
    if (!isWord(t)) return -1;
    if (verbLike(t)) return j;
  }
  return -1;
}

/** Words that open no reported clause: "said nothing", "said yes", "which supporters say will …". */
const NO_CLAUSE_START = new Set(['nothing', 'yes', 'goodbye', 'hello', 'thanks', ...AUX_AFTER_THAT, 'will', 'have', 'be']);

function validStart(toks: Token[], k: number, afterThat = false): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.kind === 'punct') return false;
  if (t.kind === 'quote') return true;
  if (NO_CLAUSE_START.has(t.lower)) return false;
  // "said that in May the …", "said at least ten people …": after "that", or before a quantity, a preposition opens the clause.
  const quantity = t.lower === 'at' && /^(least|most)$/.test(toks[k + 1]?.lower ?? '');
  // "said as many as ten …" opens a clause; "said as she stacked the loaves" is a time, not what was said.
  const asMany = t.lower === 'as' && /^(many|much|few|little|long|far|high|low|recently|early|late|soon)$/.test(toks[k + 1]?.lower ?? '');
  if (PREPOSITIONS.has(t.lower) && !asMany && !afterThat && !quantity) return false;
  if (SPEECH_VERBS.has(t.lower) && !isCapitalized(t)) return false;
  return true;
}

/** Is the verb at `v` an attribution that closes its sentence ("..., Mr. Okafor said." / "..., said Tom Reyes, who")? */
export function closesSentence(toks: Token[], v: number): boolean {
  let k = v + 1;
  while (isWord(toks[k]) && (TIME_WORDS.has(toks[k]!.lower) || toks[k]!.lower === 'on' || toks[k]!.lower === 'in' && toks[k + 1]?.lower === 'a')) k++;
  // "…, Roe said in a statement." / "…, Roe told the Daily Ledger." / "…, Roe wrote on social media Tuesday."
  const objectVerb = OBJECT_VERBS.has(toks[v]?.lower ?? '');
  if (isWord(toks[k]) && (objectVerb || /^(in|at|during|after|before|via|to|from|outside|on|with|by)$/.test(toks[k]!.lower))) {
    let e = k;
    while (e < toks.length && e - k < 9 && isWord(toks[e]) && !verbLike(toks[e]) && !SPEECH_VERBS.has(toks[e]!.lower) && !/^(that|who|which|and|but|or)$/.test(toks[e]!.lower)) e++;
    const end = toks[e];
    if (e > k && (!end || end.text === '.' || end.text === '!' || end.text === '?' || end.text === ';')) k = e;
  }
  const t = toks[k];
  if (!t || t.text === '.' || t.text === '!' || t.text === '?') return true;
  if (t.text === ',' && isWord(toks[k + 1]) && /^(who|which|adding|noting|saying|explaining|according|as|citing)$/.test(toks[k + 1]!.lower)) return true;
  if (t.text === ',' && toks[k + 1]?.kind === 'quote') return true;
  if (t.text === ';') return true;
  return false;
}

/** Index of the token that ends a forward clause started at `from` (exclusive). */
export function clauseEnd(toks: Token[], from: number, isAttributedQuote: (t: Token) => boolean): number {
  for (let k = from; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === ';') return k;
    if (t.text === '.' && k === toks.length - 1) return k;
    // "said A, and noted that B" / "said A and added that B": the second verb reports its own clause.
    if (k > from + 1 && isWord(t) && (t.lower === 'and' || t.lower === 'but') && coordinatedSpeech(toks, k + 1)) return toks[k - 1]!.text === ',' ? k - 1 : k;
    if (t.text !== ',') continue;
    const n = toks[k + 1];
    if (!n) return k;
    // "…, but traditional knowledge is being dismissed": a contrast with no attribution of its own is still reported.
    if (isWord(n) && n.lower === 'but' && !toks.slice(k + 2).some((x, i) => x.kind === 'quote' || isWord(x) && (SPEECH_VERBS.has(x.lower) && !PASSIVE.test(toks[k + 1 + i]!.lower) || x.lower === 'according'))) continue;
    if (isWord(n) && /^(but|according|while|whereas|although|though|which|whom)$/.test(n.lower)) return k;
    if (isWord(n) && PREPOSITIONS.has(n.lower) && /^(which|whom)$/.test(toks[k + 2]?.lower ?? '')) return k;
    if (n.kind === 'quote' && isAttributedQuote(n)) return k;
    // ", Reyes testified." / ", he said." / ", said Tom Reyes"
    if (isWord(n) && SPEECH_VERBS.has(n.lower) && closesSentenceAfterNP(toks, k + 2)) return k;
    const np = npAfter(toks, k + 1);
    if (np) {
      let v = np[1] + 1;
      while (isWord(toks[v]) && VERB_FILLERS.has(toks[v]!.lower)) v++;
      if (isWord(toks[v]) && SPEECH_VERBS.has(toks[v]!.lower) && closesSentence(toks, v)) return k;
    }
  }
  return toks.length;
}

/** A speech verb (after "also", "later" …) that opens a coordinated predicate: "and noted that", "and added". */
function coordinatedSpeech(toks: Token[], k: number): boolean {
  let modal = false;
  while (isWord(toks[k]) && VERB_FILLERS.has(toks[k]!.lower) && !/^(has|have|had|was|were|is|are)$/.test(toks[k]!.lower)) modal ||= MODALS.test(toks[k++]!.text);
  // "… and would add parking attendants": a plan, not a second report.
  if (modal && toks[k + 1]?.lower !== 'that') return false;
  const t = toks[k];
  return isWord(t) && !isCapitalized(t) && CLAUSE_VERBS.has(t.lower) && !t.lower.endsWith('ing') && !t.lower.endsWith('s') || isWord(t) && /^(says|adds|notes|tells|warns|insists|argues|writes)$/.test(t.lower);
}

function closesSentenceAfterNP(toks: Token[], idx: number): boolean {
  const np = npAfter(toks, idx);
  if (!np) return false;
  const t = toks[np[1] + 1];
  return !t || t.text === '.' || t.text === ',' || t.text === ';';
}
