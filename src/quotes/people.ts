/**
 * The people of one article: every name run is resolved to an entity — full names by their given and family name,
 * surnames and titled forms ("Hale", "Sen. Hale", "Mr. Okafor") to the person of that surname mentioned most
 * recently — with the titles and descriptions met on the way kept as roles.
 */
import { anchorRole, rolePronoun } from './roles.ts';
import { FIRST_NAMES } from './lexicon.ts';
import { findNameRuns, genderOfFullName } from './names.ts';
import type { Gender, NameRun } from './names.ts';
import type { Token } from './tokens.ts';

export interface Entity {
  id: number;
  /** Fullest name words seen ("John", "Q.", "Public"). */
  words: string[];
  aliases: Set<string>;
  roles: string[];
  gender: Gender;
  mentions: number;
  /** Position (paragraph * 1e6 + offset) of the latest mention resolved so far. */
  lastPos: number;
  handle: string | null;
}

export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  entity: Entity;
  possessive: boolean;
}

const SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV)$/;
/** Description heads that stand for a title noun ("the congressman" for a "Rep."). */
const HEAD_NOUNS: Record<string, string> = { congressman: 'representative', congresswoman: 'representative', spokeswoman: 'spokesperson', spokesman: 'spokesperson' };
/** Abbreviated titles as the nouns a later description uses ("Sen." → "the senator"). */
const TITLE_NOUNS: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'col.': 'colonel',
  'lt.': 'lieutenant', 'capt.': 'captain', 'sgt.': 'sergeant', 'adm.': 'admiral', 'dr.': 'doctor', 'prof.': 'professor',
  'atty.': 'attorney', 'supt.': 'superintendent', 'det.': 'detective', 'rev.': 'reverend',
};
const clean = (w: string) => w.replace(/\.$/, '').toLowerCase();

export function hasSuffix(words: string[]): boolean {
  return SUFFIX.test(words[words.length - 1] ?? '');
}

export function surnameOf(words: string[]): string {
  const core = hasSuffix(words) ? words.slice(0, -1) : words;
  return clean(core[core.length - 1] ?? '');
}

/** Given name + family name (+ generation): "John Public" and "John Q. Public" share it. */
export function nameKey(words: string[]): string {
  const core = hasSuffix(words) ? words.slice(0, -1) : words;
  const gen = hasSuffix(words) ? '|' + clean(words[words.length - 1]!) : '';
  if (core.length === 1) return clean(core[0]!) + gen;
  return clean(core[0]!) + '|' + clean(core[core.length - 1]!) + gen;
}

/** East Asian order ("Moon Jae-in", "Xi Jinping"): the first word is the family name. */
function familyNameFirst(words: string[]): boolean {
  if (words.length < 2 || hasSuffix(words)) return false;
  const last = words[words.length - 1]!;
  return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last) || (!FIRST_NAMES.has(clean(words[0]!)) && words.length === 3 && words.every(w => /^\p{Lu}\p{Ll}{1,5}$/u.test(w)));
}

export class ArticlePeople {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private byKey = new Map<string, Entity>();
  /** Entities by every word that may stand alone for them (surname; family name first in East Asian order). */
  private bySurname = new Map<string, Entity[]>();

  private indexSurnames(e: Entity): void {
    for (const w of new Set([surnameOf(e.words), clean(e.words[0]!)])) {
      const list = this.bySurname.get(w) ?? [];
      if (!list.includes(e)) list.push(e);
      this.bySurname.set(w, list);
    }
  }

  /** Registers a post's display name as a person (no recency: posts are their own speakers). */
  addPostAuthor(name: string, handle: string | null, paragraph: number): Entity {
    const words = name.split(/\s+/).filter(Boolean);
    const gender = genderOfFullName(words);
    const e = this.entityFor(words, null) ?? this.create(words, gender);
    if (words.length > e.words.length) {
      e.aliases.add(e.words.join(' '));
      e.words = words;
      this.indexSurnames(e);
    }
    e.gender ??= gender;
    e.mentions++;
    if (handle) {
      e.handle = handle;
      e.aliases.add('@' + handle);
    }
    e.lastPos = Math.max(e.lastPos, paragraph * 1e6);
    return e;
  }

  /** Reads the names of a paragraph's narrative tokens and resolves each to an entity, in order. */
  scanParagraph(paragraph: number, tokens: Token[], text: string, accept: (run: NameRun) => boolean): void {
    for (const run of findNameRuns(tokens, text)) {
      if (run.evidence === 0 && run.words.length > 1) continue;
      if (!accept(run)) continue;
      const pos = paragraph * 1e6 + run.start;
      let e = this.resolveWords(run.words, pos);
      if (!e) {
        if (run.evidence < 2) {
          // "Whale whisperer Hori Tane was seven …": a full name with no sure sign of a person yet; it becomes one when
          // its surname alone is later used of a person ("Tane, 75," / "says Tane").
          if (run.evidence === 1 && run.words.length > 1 && !hasSuffix(run.words)) this.pending.set(surnameOf(run.words), { run, paragraph, text });
          continue;
        }
        const earlier = run.words.length === 1 ? this.pending.get(clean(run.words[0]!)) : undefined;
        if (earlier) {
          this.pending.delete(clean(run.words[0]!));
          e = this.create(earlier.run.words, earlier.run.gender);
          const at = earlier.paragraph * 1e6 + earlier.run.start;
          this.note(e, earlier.run, at, earlier.text);
          this.mentions.push({ paragraph: earlier.paragraph, start: earlier.run.start, end: earlier.run.end, entity: e, possessive: earlier.run.possessive });
          this.unordered = true;
        } else e = this.create(run.words, run.gender);
      } else if (run.words.length > e.words.length && nameKey(run.words) === nameKey(e.words)) {
        e.aliases.add(e.words.join(' '));
        e.words = run.words;
        this.indexSurnames(e);
      }
      this.note(e, run, pos, text);
      this.mentions.push({ paragraph, start: run.start, end: run.end, entity: e, possessive: run.possessive });
    }
  }

  /** Full names not yet known as people, by surname (the latest of each). */
  private pending = new Map<string, { run: NameRun; paragraph: number; text: string }>();
  /** A mention was added behind later ones: finish() puts them back in text order. */
  private unordered = false;

  /** Later full names absorb surname-only entities created before them ("Mr. Okafor" ... "Peter Okafor"). */
  finish(): void {
    if (this.unordered) this.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    for (const e of [...this.entities]) {
      if (e.words.length !== 1) continue;
      const full = this.entities.filter(o => o !== e && o.words.length > 1 && surnameOf(o.words) === clean(e.words[0]!));
      if (full.length !== 1) continue;
      const into = full[0]!;
      for (const a of e.aliases) into.aliases.add(a);
      into.aliases.add(e.words[0]!);
      for (const r of e.roles) if (!into.roles.includes(r)) into.roles.push(r);
      into.mentions += e.mentions;
      into.gender ??= e.gender;
      for (const m of this.mentions) if (m.entity === e) m.entity = into;
      this.entities.splice(this.entities.indexOf(e), 1);
      this.redirect.set(e, into);
    }
  }

  private redirect = new Map<Entity, Entity>();

  /** The entity an entity was merged into, or itself. */
  final(e: Entity): Entity {
    return this.redirect.get(e) ?? e;
  }

  /** The entity a name form refers to at a position: full names by key, surnames by recency. */
  resolveWords(words: string[], pos: number): Entity | null {
    if (words.length > 1) {
      const e = this.byKey.get(nameKey(words));
      if (e) return e;
      // "Te Aroha" after "Te Aroha Mere Walker": the leading words of one longer name are that person.
      const lower = words.map(clean);
      const longer = this.entities.filter(o => o.words.length > words.length && !hasSuffix(o.words) && lower.every((w, i) => clean(o.words[i]!) === w));
      if (longer.length === 1) return longer[0]!;
      // "Jae-in Moon"-style variants are rare; an unknown two-word name whose surname is known and whose first
      // word is not a given name is that person ("President Moon" was stripped of its title already).
      return null;
    }
    const w = clean(words[0]!);
    let cands = (this.bySurname.get(w) ?? []).filter(e => surnameOf(e.words) === w || (familyNameFirst(e.words) && clean(e.words[0]!) === w));
    if (cands.length === 0) return null;
    const plain = cands.filter(e => !hasSuffix(e.words));
    if (plain.length) cands = plain;
    const before = cands.filter(e => e.lastPos <= pos);
    let pool = before.length ? before : cands;
    // Two people of one surname: the bare surname stands for the one the article already calls by it, not for the
    // son or wife it calls by a given name.
    const called = pool.filter(e => [...e.aliases].some(a => clean(a) === w));
    if (called.length > 0 && called.length < pool.length) pool = called;
    return pool.reduce((a, b) => (b.lastPos > a.lastPos ? b : a));
  }

  /** Entities whose roles mention a description's head noun, most recently mentioned first. */
  byRole(head: string, modifiers: string[]): Entity[] {
    const h = HEAD_NOUNS[head.toLowerCase()] ?? head.toLowerCase();
    return this.entities
      .filter(e => e.roles.some(r => {
        const rw = r.toLowerCase().split(/[\s,]+/).map(w => TITLE_NOUNS[w] ?? HEAD_NOUNS[w] ?? w);
        return rw.some(w => w === h || w.split('-').pop() === h) && modifiers.every(m => rw.includes(m));
      }))
      .sort((a, b) => b.lastPos - a.lastPos);
  }

  private entityFor(words: string[], _g: Gender): Entity | null {
    return this.byKey.get(nameKey(words)) ?? null;
  }

  private create(words: string[], gender: Gender): Entity {
    const e: Entity = { id: this.entities.length, words, aliases: new Set(), roles: [], gender, mentions: 0, lastPos: -1, handle: null };
    this.entities.push(e);
    this.byKey.set(nameKey(words), e);
    this.indexSurnames(e);
    return e;
  }

  /**
   * A role relative to a pronoun ("his son") with the person the pronoun stands for: the most recently named other
   * person of that gender ("son of Jane Roe"); null when there is none. Other roles as they are.
   */
  private anchored(role: string, e: Entity, pos: number): string | null {
    const rel = rolePronoun(role);
    if (!rel) return role;
    const gender = rel.pronoun === 'his' ? 'm' : rel.pronoun === 'her' ? 'f' : null;
    let anchor: Entity | null = null;
    for (const o of this.entities) {
      if (o === e || o.lastPos < 0 || o.lastPos > pos || (gender && o.gender && o.gender !== gender)) continue;
      if (!anchor || o.lastPos > anchor.lastPos) anchor = o;
    }
    return anchor ? anchorRole(role, anchor.words.join(' ')) : null;
  }

  private note(e: Entity, run: NameRun, pos: number, text: string): void {
    e.mentions++;
    e.lastPos = Math.max(e.lastPos, pos);
    e.aliases.add(text.slice(run.start, run.end));
    if (run.titledForm) e.aliases.add(run.titledForm);
    for (const role of run.roles) {
      const r = this.anchored(role, e, pos);
      if (r && !e.roles.includes(r)) e.roles.push(r);
    }
    e.gender ??= run.gender;
    if (run.words.length > 1) this.byKey.set(nameKey(run.words), e);
  }
}
