/**
 * Finding people by any form of their name: canonical name, alias, surname, titled form ("Sen. Hale"),
 * case-insensitive; and prefix suggestions over every name word and alias (binary search over a sorted list).
 */
import { editDistance, typoBudget } from '../text/closest.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import type { Person } from './types.ts';

const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
/** The form without full stops and commas, so "Roe Jr" finds "Roe Jr." and "Jane Roe, Jr.". */
const bare = (s: string) => s.replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

/** "U.S. Sen. Jane Hale" → "jane hale". */
export function stripTitles(name: string): string {
  const words = norm(name).split(' ');
  let i = 0;
  while (i < words.length - 1 && (TITLE_HEADS.has(words[i]!.replace(/\.$/, '')) || TITLE_MODIFIERS.has(words[i]!) || TITLE_MODIFIERS.has(words[i]!.replace(/\.$/, '')))) i++;
  return words.slice(i).join(' ');
}

export class PeopleLookup {
  /** Exact forms (rank 0 = canonical, 1 = alias, 2 = surname or stripped form). */
  private forms = new Map<string, { person: Person; rank: number }[]>();
  private prefixes: { key: string; person: Person }[] = [];

  /** `fill` false: an empty lookup over `people`, for build() to fill. */
  constructor(private readonly people: Person[], fill = true) {
    if (!fill) return;
    for (const p of people) this.addPerson(p);
    this.prefixes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The same lookup, made with a pause every few milliseconds (a reload makes it before its engine serves). */
  static async build(people: Person[], pause: () => Promise<void>): Promise<PeopleLookup> {
    const lookup = new PeopleLookup(people, false);
    let deadline = performance.now() + 5;
    for (let i = 0; i < people.length; i++) {
      lookup.addPerson(people[i]!);
      if ((i & 63) === 63 && performance.now() > deadline) {
        await pause();
        deadline = performance.now() + 5;
      }
    }
    lookup.prefixes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return lookup;
  }

  private addPerson(p: Person): void {
    {
      this.addForm(norm(p.name), p, 0);
      this.addForm(stripTitles(p.name), p, 0);
      for (const a of p.aliases) {
        this.addForm(norm(a), p, 1);
        this.addForm(stripTitles(a), p, 1);
      }
      const words = norm(p.name).split(' ');
      if (words.length > 1) this.addForm(words[words.length - 1]!, p, 2);
      const keys = new Set<string>([norm(p.name), ...p.aliases.map(norm), ...words, ...p.aliases.flatMap(a => norm(a).split(' '))]);
      for (const k of keys) if (k) this.prefixes.push({ key: k.replace(/^@/, ''), person: p }, ...(k.startsWith('@') ? [{ key: k, person: p }] : []));
    }
  }

  find(name: string): Person | null {
    const keys = [norm(name), stripTitles(name)].flatMap((k) => [k, bare(k)]);
    let best: { person: Person; rank: number } | null = null;
    for (const k of keys) {
      for (const c of this.forms.get(k) ?? []) {
        if (!best || c.rank < best.rank || (c.rank === best.rank && c.person.quotes > best.person.quotes)) best = c;
      }
    }
    return best?.person ?? null;
  }

  /**
   * The person a name with a typo or two refers to ("Lavorv", "Jane Rooe"): the exact look-up first, then the name
   * form (full name, alias, surname) nearest to it within the typo budget of the command suggestions
   * (src/text/closest.ts), the better-known person on a tie. Null when nothing is that near.
   */
  findLoosely(name: string): Person | null {
    const exact = this.find(name);
    if (exact) return exact;
    const query = bare(stripTitles(name));
    if (query.replace(/\s/g, '').length < 4) return null;
    const budget = typoBudget(query.length);
    let best: { person: Person; rank: number; d: number } | null = null;
    for (const [form, list] of this.forms) {
      if (Math.abs(form.length - query.length) > budget) continue;
      const d = editDistance(query, form);
      if (d > budget) continue;
      for (const c of list) {
        if (!best || d < best.d || (d === best.d && (c.rank < best.rank || (c.rank === best.rank && c.person.quotes > best.person.quotes)))) best = { ...c, d };
      }
    }
    return best?.person ?? null;
  }

  suggest(prefix: string, limit: number): Person[] {
    const p = norm(prefix);
    if (!p) return this.people.slice(0, limit);
    let lo = 0;
    let hi = this.prefixes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.prefixes[mid]!.key < p) lo = mid + 1;
      else hi = mid;
    }
    const seen = new Set<Person>();
    for (let i = lo; i < this.prefixes.length && this.prefixes[i]!.key.startsWith(p); i++) seen.add(this.prefixes[i]!.person);
    return [...seen].sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, limit);
  }

  private addForm(key: string, person: Person, rank: number): void {
    for (const k of new Set([key, bare(key)])) {
      if (!k) continue;
      const list = this.forms.get(k) ?? [];
      if (!list.some(x => x.person === person)) list.push({ person, rank });
      this.forms.set(k, list);
    }
  }
}
