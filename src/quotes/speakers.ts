/**
 * From a speaker phrase to a speaker: a named person (via the article's name mentions), a pronoun resolved to the
 * nearest compatible speaker, a description tied to a named person ("the agency spokesperson", "the mayor's son"),
 * an unnamed group ("Acme Power officials"), an organisation or document (not a person's words), or nobody.
 */
import { DOCUMENT_WORDS, GENERIC_SUBJECTS, NP_WORDS, PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_PLURAL } from './lexicon.ts';
import { isPersonNoun, looksLikeOrg } from './names.ts';
import type { ArticlePeople, Entity, Mention } from './people.ts';
import { isCapitalized, possessiveBase } from './tokens.ts';
import type { Token } from './tokens.ts';

export type SpeakerRef =
  | { kind: 'person'; entity: Entity }
  | { kind: 'group'; text: string; plural: boolean }
  | { kind: 'org'; text?: string }
  | { kind: 'none' };

interface HistoryEntry {
  paragraph: number;
  pos: number;
  ref: SpeakerRef;
}

const NONE: SpeakerRef = { kind: 'none' };
const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its', 'this', 'that']);
/** "another witness", "other officials": someone other than the person described before. */
const OTHER = new Set(['another', 'other', 'others']);
const QUANTIFIERS = /^(many|some|several|most|few|other|both|dozens|hundreds|thousands|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)$/;

export const isSpeaker = (r: SpeakerRef): boolean => r.kind === 'person' || r.kind === 'group';

export class SpeakerResolver {
  private history: HistoryEntry[] = [];
  private byParagraph = new Map<number, Mention[]>();
  /** Sentence start offsets per paragraph, for "the subject of the latest sentence". */
  private sentenceStarts = new Map<number, number[]>();

  constructor(readonly people: ArticlePeople) {
    for (const m of people.mentions) {
      const list = this.byParagraph.get(m.paragraph) ?? [];
      list.push(m);
      this.byParagraph.set(m.paragraph, list);
    }
  }

  setSentences(paragraph: number, starts: number[]): void {
    this.sentenceStarts.set(paragraph, starts);
  }

  mentionAt(paragraph: number, start: number): Mention | null {
    return (this.byParagraph.get(paragraph) ?? []).find(m => m.start === start) ?? null;
  }

  hasMention(paragraph: number, from: number, to: number): boolean {
    return this.lastMentionIn(paragraph, from, to) !== null;
  }

  /** The last non-possessive name mention inside [from, to) of a paragraph. */
  lastMentionIn(paragraph: number, from: number, to: number): Mention | null {
    const ms = (this.byParagraph.get(paragraph) ?? []).filter(m => m.start >= from && m.end <= to && !m.possessive);
    return ms[ms.length - 1] ?? null;
  }

  /** The last name mention inside [from, to) of a paragraph, possessive or not. */
  lastMentionAny(paragraph: number, from: number, to: number): Mention | null {
    const ms = (this.byParagraph.get(paragraph) ?? []).filter(m => m.start >= from && m.end <= to);
    return ms[ms.length - 1] ?? null;
  }

  /** Quoted spans of a paragraph: names inside them are spoken of, not antecedents of "he" or "she". */
  setQuoted(paragraph: number, spans: Array<{ start: number; end: number }>): void {
    this.quoted.set(paragraph, spans);
  }

  private isQuoted(m: Mention): boolean {
    return (this.quoted.get(m.paragraph) ?? []).some(q => m.start >= q.start && m.end <= q.end);
  }

  private quoted = new Map<number, Array<{ start: number; end: number }>>();

  /** Remember who spoke where, for pronouns and for quotes that continue. */
  record(paragraph: number, pos: number, ref: SpeakerRef): void {
    if (isSpeaker(ref)) this.history.push({ paragraph, pos, ref });
  }

  /**
   * Who a paragraph that is only a quotation continues when the paragraph before it quotes nobody: the latest speaker
   * recorded there (a reported clause), else the one person it names ("But for Tane and his family the losses are
   * personal." then "“It is very emotional.”"); none when it names several or nobody.
   */
  narrativeSpeaker(paragraph: number): SpeakerRef {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i]!;
      if (h.paragraph === paragraph) return h.ref;
      if (h.paragraph < paragraph) break;
    }
    const ents = new Set((this.byParagraph.get(paragraph) ?? []).map(m => this.people.final(m.entity)));
    const [only] = ents;
    return ents.size === 1 && only ? { kind: 'person', entity: only } : NONE;
  }

  /** The speaker a phrase (token range of a sentence) names. */
  phrase(paragraph: number, toks: Token[], a: number, b: number): SpeakerRef {
    const first = toks[a]!;
    if (a === b) {
      const l = first.lower;
      if (PRONOUNS_MALE.has(l)) return this.pronoun(paragraph, first.start, 'm');
      if (PRONOUNS_FEMALE.has(l)) return this.pronoun(paragraph, first.start, 'f');
      if (PRONOUNS_PLURAL.has(l)) return this.pronoun(paragraph, first.start, 'p');
      if (GENERIC_SUBJECTS.has(l) || l === 'it' || l === 'there') return NONE;
    }
    const from = first.start;
    const to = toks[b]!.end;
    const mentions = (this.byParagraph.get(paragraph) ?? []).filter(m => m.end > from && m.start < to);
    let head = -1;
    for (let k = a; k <= b; k++) {
      const t = toks[k]!;
      if (!isCapitalized(t) && isPersonNoun(t.lower)) {
        head = k;
        break;
      }
      if (isCapitalized(t) && k === a && isPersonNoun(t.lower) && !mentions.some(m => m.start === t.start)) {
        head = k;
        break;
      }
    }
    const named = mentions.filter(m => !m.possessive);
    const lastNamed = named[named.length - 1];
    if (lastNamed && !(head >= 0 && toks[head]!.start > lastNamed.end)) return { kind: 'person', entity: this.people.final(lastNamed.entity) };
    if (head >= 0) {
      const h = toks[head]!.lower;
      // "people say" is nobody in particular; "many people", "two people", "other people" are a group.
      if (GENERIC_SUBJECTS.has(h) && !(h === 'people' && toks.slice(a, head).some(t => QUANTIFIERS.test(t.lower)))) return NONE;
      const plural = /[^s]s$/.test(h) || /^(people|men|women|staff|police|personnel)$/.test(h);
      const text = describe(toks, a, b);
      if (!plural && !toks.slice(a, head).some(t => OTHER.has(t.lower))) {
        const modifiers = toks.slice(a, head).filter(t => !NP_WORDS.has(t.lower) && !possessiveBase(t) && !DEFINITE.has(t.lower)).map(t => t.lower.replace(/\.$/, ''));
        const definite = DEFINITE.has(first.lower) || !!possessiveBase(first) || isCapitalized(first) && mentions.length > 0;
        const cands = this.people.byRole(h, modifiers.map(m => (m.includes('.') ? m + '.' : m)).filter(m => m !== h))
          .sort((x, y) => this.lastBefore(y, paragraph, from) - this.lastBefore(x, paragraph, from));
        const pick = definite ? cands[0] : cands.length === 1 ? cands[0] : undefined;
        if (pick) return { kind: 'person', entity: this.people.final(pick) };
      }
      return { kind: 'group', text, plural };
    }
    const words = toks.slice(a, b + 1);
    const last = words[words.length - 1]!;
    if (PRONOUNS_PLURAL.has(last.lower)) {
      // "Many of them", "some of them": the group spoken of before.
      const r = this.pronoun(paragraph, first.start, 'p');
      return r.kind !== 'none' ? r : { kind: 'group', text: describe(toks, a, b), plural: true };
    }
    // An organisation, a publication or a document: its words are no person's, but they are credited to it.
    const org: SpeakerRef = { kind: 'org', text: describe(toks, a, b) };
    if (DOCUMENT_WORDS.has(last.lower) || looksLikeOrg(words.filter(t => isCapitalized(t)).map(t => t.text))) return org;
    if (words.some(t => isCapitalized(t))) return org; // a capitalised name that is no person: a publication or a body
    return NONE;
  }

  private lastBefore(e: Entity, paragraph: number, pos: number): number {
    const limit = paragraph * 1e6 + pos;
    let best = -1;
    for (const m of this.people.mentions) {
      const p = m.paragraph * 1e6 + m.start;
      if (this.people.final(m.entity) === e && p <= limit && p > best) best = p;
    }
    return best;
  }

  /** He/she/they: the latest compatible speaker in this paragraph, else the subject of its latest sentence, else
   * the latest speaker of the previous paragraphs, else the subject of their latest sentence. */
  pronoun(paragraph: number, pos: number, g: 'm' | 'f' | 'p'): SpeakerRef {
    const ok = (r: SpeakerRef): boolean => {
      if (r.kind === 'person') return g !== 'p' && (r.entity.gender === null || r.entity.gender === g);
      if (r.kind === 'group') return g === 'p' ? r.plural : !r.plural;
      return false;
    };
    const okEntity = (e: Entity) => g !== 'p' && (e.gender === null || e.gender === g);
    for (let back = 0; back <= 3; back++) {
      const p = paragraph - back;
      for (let i = this.history.length - 1; i >= 0; i--) {
        const h = this.history[i]!;
        if (h.paragraph !== p) continue;
        if (back === 0 && h.pos > pos) continue;
        if (ok(h.ref)) return h.ref;
      }
      if (back > 1) continue;
      const ms = (this.byParagraph.get(p) ?? []).filter(m => (back > 0 || m.start < pos) && okEntity(this.people.final(m.entity)) && !this.isQuoted(m));
      if (ms.length) {
        const starts = this.sentenceStarts.get(p) ?? [0];
        const lastM = ms[ms.length - 1]!;
        const sStart = Math.max(...starts.filter(s => s <= lastM.start));
        const inSentence = ms.filter(m => m.start >= sStart);
        const subj = inSentence.find(m => !m.possessive) ?? inSentence[0]!;
        return { kind: 'person', entity: this.people.final(subj.entity) };
      }
    }
    return NONE;
  }
}

/** A description as a speaker label: common-noun descriptions in lowercase ("officials"), names kept. */
export function describe(toks: Token[], a: number, b: number): string {
  const words = toks.slice(a, b + 1);
  let text = words.map((t, i) => (i > 0 && !/^[,'\u2019]/.test(t.text) ? ' ' : '') + t.text).join('');
  const first = words[0]!;
  if (isCapitalized(first) && (NP_WORDS.has(first.lower) || isPersonNoun(first.lower))) text = text[0]!.toLowerCase() + text.slice(1);
  return text;
}
