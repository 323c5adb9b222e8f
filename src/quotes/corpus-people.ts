/**
 * People across a corpus: the entities of each article merged when their names agree (same given and family name,
 * middle initials aside; a bare surname joins the one full name of the corpus with that surname).
 */
import { cleanRoles } from './roles.ts';
import type { Entity } from './people.ts';
import { nameKey, surnameOf } from './people.ts';
import type { Person } from './types.ts';

/** What the merge reads of an article's entity (an Entity, or the same fields as a worker thread posted them). */
export type MergedEntity = Pick<Entity, 'words' | 'aliases' | 'roles' | 'mentions'>;

interface Acc {
  person: Person;
  words: string[];
  aliases: Set<string>;
  roles: Set<string>;
  articles: Set<string>;
}

export class PeopleMerger {
  private byKey = new Map<string, Acc>();
  private singles: { entity: MergedEntity; article: string }[] = [];
  private assigned = new Map<MergedEntity, Acc>();

  add(entity: MergedEntity, article: string): void {
    if (entity.words.length === 1) {
      this.singles.push({ entity, article });
      return;
    }
    const key = entity.words.every(w => /^\p{Ll}/u.test(w)) ? 'raw:' + entity.words.join(' ').toLowerCase() : nameKey(entity.words);
    this.absorb(key, entity, article);
  }

  /** Call once every article was added: places the surname-only entities. */
  finish(): void {
    const bySurname = new Map<string, Acc[]>();
    for (const acc of this.byKey.values()) {
      const s = surnameOf(acc.words);
      bySurname.set(s, [...(bySurname.get(s) ?? []), acc]);
    }
    for (const { entity, article } of this.singles) {
      const s = entity.words[0]!.toLowerCase().replace(/\.$/, '');
      const full = bySurname.get(s) ?? [];
      if (full.length === 1) this.absorb(null, entity, article, full[0]!);
      else this.absorb('single:' + s, entity, article);
    }
  }

  nameOf(entity: MergedEntity): string | null {
    return this.assigned.get(entity)?.person.name ?? null;
  }

  countQuote(entity: MergedEntity): void {
    const acc = this.assigned.get(entity);
    if (acc) acc.person.quotes++;
  }

  people(): Person[] {
    const out: Person[] = [];
    for (const acc of new Set(this.byKey.values())) {
      acc.aliases.delete(acc.person.name);
      acc.person.aliases = [...acc.aliases].sort();
      acc.person.roles = cleanRoles(acc.roles);
      acc.person.articles = [...acc.articles];
      out.push(acc.person);
    }
    return out.sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  private absorb(key: string | null, e: MergedEntity, article: string, into?: Acc): void {
    let acc = into ?? (key ? this.byKey.get(key) : undefined);
    if (!acc) {
      acc = { person: { name: e.words.join(' '), aliases: [], roles: [], quotes: 0, mentions: 0, articles: [] }, words: e.words, aliases: new Set(), roles: new Set(), articles: new Set() };
      this.byKey.set(key!, acc);
    }
    if (e.words.length > acc.words.length) {
      acc.aliases.add(acc.person.name);
      acc.words = e.words;
      acc.person.name = e.words.join(' ');
    } else if (e.words.join(' ') !== acc.person.name) {
      acc.aliases.add(e.words.join(' '));
    }
    for (const a of e.aliases) acc.aliases.add(a);
    if (e.words.length > 1 && /^\p{Lu}/u.test(e.words[0]!)) acc.aliases.add(surnameForm(e.words));
    for (const r of e.roles) acc.roles.add(r);
    acc.person.mentions += e.mentions;
    acc.articles.add(article);
    this.assigned.set(e, acc);
  }
}

/** The surname as written ("Hale"; "Public Jr." for a junior). */
function surnameForm(words: string[]): string {
  const last = words[words.length - 1]!;
  if (/^(Jr\.?|Sr\.?|II|III|IV)$/.test(last) && words.length > 2) return `${words[words.length - 2]} ${last}`;
  const before = words[words.length - 2];
  if (before && /^\p{Ll}/u.test(before)) return `${before} ${last}`; // "de Soto"
  return last;
}
