/**
 * The roles shown for a person: titles and descriptions met beside the name, kept only when they name a position
 * ("Transport director", "candidate") or an affiliation ("a Republican representing Ohio"), once each whatever
 * their case or article ("the transport director" is "Transport director"; "President" is in "U.S. President").
 * A description relative to a pronoun ("his son") means something only with its anchor: it is written
 * "son of <Name>" when the person the pronoun stands for is known, and dropped otherwise.
 */
import { ORG_WORDS, PERSON_NOUNS, TITLE_HEADS } from './lexicon.ts';

/** Person nouns that say how someone is related or what they are, not a position they hold. */
const NOT_POSITIONS = new Set(
  (
    'man woman men women boy girl people person individual individuals mother father son daughter wife husband brother ' +
    'sister friend friends neighbor neighbors neighbour neighbours relative relatives family families parent parents ' +
    'resident residents local locals witness witnesses victim victims survivor survivors bystander bystanders onlooker ' +
    'onlookers passenger passengers patient patients fan fans visitor visitors tourist tourists customer customers ' +
    'source sources member members'
  ).split(' '),
);

const PRONOUN_RELATIVE = /^(his|her|their|its)\s+(.+)$/i;
const ANCHORED = /^\S.*\sof\s\p{Lu}/u;

/** The pronoun a role is relative to ("his" of "his son"), or null. */
export function rolePronoun(role: string): { pronoun: string; noun: string } | null {
  const m = PRONOUN_RELATIVE.exec(role.trim());
  return m ? { pronoun: m[1]!.toLowerCase(), noun: m[2]! } : null;
}

/** "his son" with the person "his" stands for: "son of Jane Roe". */
export function anchorRole(role: string, anchor: string): string {
  const rel = rolePronoun(role);
  return rel ? `${rel.noun} of ${anchor}` : role;
}

const normal = (role: string) =>
  role
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Does the role name a position or an affiliation (or a relation to a named person)? */
export function namesPositionOrAffiliation(role: string): boolean {
  if (rolePronoun(role)) return false;
  if (ANCHORED.test(role)) return true;
  const words = role.split(/\s+/).filter(Boolean);
  return words.some((w, i) => {
    const lower = w.toLowerCase().replace(/[.,;:]+$/, '');
    if (TITLE_HEADS.has(lower) || ORG_WORDS.has(lower)) return true;
    if (PERSON_NOUNS.has(lower) && !NOT_POSITIONS.has(lower)) return true;
    // a capitalised word ("a Republican", "Acme Power officials") names an affiliation or a place
    return /^\p{Lu}/u.test(w) && !(i === 0 && /^(?:The|A|An)$/.test(w));
  });
}

/** The roles worth showing, each once: case and leading articles ignored, a role inside a longer one dropped. */
export function cleanRoles(roles: Iterable<string>): string[] {
  const kept: Array<{ role: string; key: string }> = [];
  for (const role of roles) {
    const text = role.trim();
    if (!text || !namesPositionOrAffiliation(text)) continue;
    const key = normal(text);
    if (kept.some((k) => k.key === key)) continue;
    kept.push({ role: text, key });
  }
  return kept.filter((k) => !kept.some((o) => o !== k && o.key.length > k.key.length && o.key.endsWith(` ${k.key}`))).map((k) => k.role);
}
