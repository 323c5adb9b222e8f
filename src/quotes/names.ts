/**
 * Names in running text: runs of capitalised words split into a title ("U.S. Sen.") and a name ("Jane Hale"),
 * the descriptions around them ("Denver resident", ", a Democrat from northern Ohio,"), and the evidence
 * that a run names a person rather than an organisation or a place.
 */
import {
  FEMALE_NAMES, FEMALE_TITLES, FIRST_NAMES, GENERIC_SUBJECTS, MALE_NAMES, MALE_TITLES, NOT_NAME_WORDS, NP_WORDS, ORG_WORDS,
  PERSON_NOUNS, PLACES_AND_ORGS, PUBLICATION_VERBS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS, DEMONYMS, VERB_FILLERS,
  isActorNoun, isThingPlural,
} from './lexicon.ts';
import { isCapitalized, possessiveBase } from './tokens.ts';
import type { Token } from './tokens.ts';

export type Gender = 'm' | 'f' | null;

export interface NameRun {
  /** Token indexes of the name part [first, last]. */
  first: number;
  last: number;
  /** Character offsets of the name part. */
  start: number;
  end: number;
  /** Name words without possessive ("John", "Q.", "Public", "Jr."). */
  words: string[];
  /** Title and descriptions found around the name. */
  roles: string[];
  /** Title words right before the name ("Sen.", "Mr."), lowercase without dots. */
  titles: string[];
  /** The surface form with its title, for aliases ("Sen. Hale"). */
  titledForm: string | null;
  possessive: boolean;
  gender: Gender;
  /** How sure we are it is a person: 2 = title, given name or speech verb; 1 = looks like a name; 0 = not a person. */
  evidence: number;
}

const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'la', 'le', 'di', 'du', 'ter', 'ben', 'dos', 'das']);
const SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV)$/;

const stripCache = new Map<string, string>();
const stripDot = (s: string): string => {
  let l = stripCache.get(s);
  if (l === undefined) {
    l = s.toLowerCase().replace(/\.$/, '').replace(/\u2019/g, "'");
    if (stripCache.size > 50_000) stripCache.clear();
    stripCache.set(s, l);
  }
  return l;
};
export const isTitleHead = (w: string) => TITLE_HEADS.has(stripDot(w));
const isTitleWord = (w: string) => {
  const l = stripDot(w);
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || TITLE_MODIFIERS.has(l + '.') || DEMONYMS.has(l);
};

/** Person-describing head noun of a lowercase word ("then-chairman" → "chairman"). */
const personNounCache = new Map<string, boolean>();
export function isPersonNoun(w: string): boolean {
  let v = personNounCache.get(w);
  if (v === undefined) {
    v = personNounUncached(w);
    if (personNounCache.size > 50_000) personNounCache.clear();
    personNounCache.set(w, v);
  }
  return v;
}

function personNounUncached(w: string): boolean {
  const l = stripDot(w);
  if (PERSON_NOUNS.has(l) || TITLE_HEADS.has(l)) return true;
  const last = l.split('-').pop()!;
  if (PERSON_NOUNS.has(last) || ['republican', 'democrat', 'independent', 'conservative', 'liberal'].includes(l)) return true;
  if (isActorNoun(l)) return true;
  // Plural nouns of profession or origin ("geologists", "librarians") are almost always people.
  return /^[a-z]{3,}(?:ists|ians)$/.test(l) && !/(?:sists|lists|twists|exists)$/.test(l);
}

export function genderOfFirstName(w: string | undefined): Gender {
  if (!w) return null;
  const l = w.toLowerCase();
  const m = MALE_NAMES.has(l);
  const f = FEMALE_NAMES.has(l);
  return m && !f ? 'm' : f && !m ? 'f' : null;
}

/**
 * The gender a full name's given name tells, or null. In East Asian order ("Kim Yong-su", "Lee Jae-sung": a
 * hyphenated given name last) the first word is the family name, which says nothing ("Kim" is a woman's given name
 * in English lexicons, and the family name of many men).
 */
export function genderOfFullName(words: string[]): Gender {
  if (words.length < 2) return null;
  if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[words.length - 1]!)) return null;
  return genderOfFirstName(words[0]);
}

/** Does a run of name words look like an organisation, a place or a document? */
export function looksLikeOrg(words: string[]): boolean {
  const lower = words.map(stripDot);
  if (lower.some(w => ORG_WORDS.has(w))) return true;
  const joined = lower.join(' ');
  if (PLACES_AND_ORGS.has(joined) && !FIRST_NAMES.has(lower[0]!)) return true;
  if (words.length > 1 && words.every(w => /^[A-Z]{2,}$/.test(w))) return true;
  return false;
}

/** Collects the capitalised runs of a token list and reads each as title + name. */
export function findNameRuns(tokens: Token[], text: string): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      if (possessiveBase(tokens[j]!)) break;
      const n = tokens[j + 1]!;
      if (n.cap) {
        j++;
        continue;
      }
      if (n.kind === 'word' && PARTICLES.has(n.text) && isCapitalized(tokens[j + 2])) {
        j += 2;
        continue;
      }
      break;
    }
    const run = readRun(tokens, i, j, text);
    if (run) runs.push(run);
    i = j + 1;
  }
  return runs;
}

function readRun(tokens: Token[], from: number, to: number, text: string): NameRun | null {
  let a = from;
  // Drop sentence-initial function words and weekdays ("But", "On", "Monday").
  while (a <= to && NOT_NAME_WORDS.has(stripDot(tokens[a]!.text)) && !isTitleHead(tokens[a]!.text)) a++;
  if (a > to) return null;
  // "R-Idaho", "D-N.Y.": a party and a state, never a name.
  if (a === to && /^[RDI]-\p{Lu}/u.test(tokens[a]!.text)) return null;
  const last = tokens[to]!;
  const poss = possessiveBase(last);
  const words = tokens.slice(a, to + 1).map(t => t.text);
  if (poss) words[words.length - 1] = poss;
  // Title: everything up to the last title head, when a name remains after it.
  let cut = -1;
  for (let k = 0; k < words.length - 1; k++) if (isTitleHead(words[k]!)) cut = k;
  if (cut >= 0) {
    // Only title-like words may precede the head ("U.S. Labor Secretary"), else it is no title run.
    for (let k = 0; k < cut; k++) if (!isTitleWord(words[k]!) && !/^\p{Lu}/u.test(words[k]!)) cut = -1;
  }
  const titleWords = cut >= 0 ? words.slice(0, cut + 1) : [];
  let nameWords = cut >= 0 ? words.slice(cut + 1) : words;
  let nameFirstTok = a + (cut + 1);
  // A leading demonym or country word without a title ("French Anne ...") is a description.
  while (nameWords.length > 1 && (DEMONYMS.has(stripDot(nameWords[0]!)) || TITLE_MODIFIERS.has(stripDot(nameWords[0]!)))) {
    titleWords.push(nameWords[0]!);
    nameWords = nameWords.slice(1);
    nameFirstTok++;
  }
  // "Ohio Tom Reyes": a place or body before a given name is a description.
  while (nameWords.length > 2 && !FIRST_NAMES.has(stripDot(nameWords[0]!)) && FIRST_NAMES.has(stripDot(nameWords[1]!))) {
    titleWords.push(nameWords[0]!);
    nameWords = nameWords.slice(1);
    nameFirstTok++;
  }
  if (nameWords.length === 0 || nameWords.length > 5) return null;
  if (nameWords.every(w => SUFFIX.test(w))) return null;
  const firstTok = tokens[nameFirstTok]!;
  const lastTok = tokens[to]!;
  const end = poss ? lastTok.start + poss.length : lastTok.end;
  const roles: string[] = [];
  if (titleWords.length) roles.push(text.slice(tokens[a]!.start, tokens[a + titleWords.length - 1]!.end));
  const pre = roleBefore(tokens, a, text, to);
  if (pre) roles.unshift(pre);
  const post = appositiveAfter(tokens, to, text);
  if (post) roles.push(post);
  const titles = titleWords.map(stripDot);
  let gender: Gender = genderOfFullName(nameWords);
  if (titles.some(t => MALE_TITLES.has(t))) gender = 'm';
  if (titles.some(t => FEMALE_TITLES.has(t))) gender = 'f';
  const evidence = personEvidence(nameWords, titles, roles, tokens, nameFirstTok, to);
  return {
    first: nameFirstTok,
    last: to,
    start: firstTok.start,
    end,
    words: nameWords,
    roles,
    titles,
    titledForm: titleWords.length ? [...titleWords, ...nameWords].join(' ') : null,
    possessive: !!poss,
    gender,
    evidence,
  };
}

function personEvidence(name: string[], titles: string[], roles: string[], tokens: Token[], first: number, last: number): number {
  if (looksLikeOrg(name)) return 0;
  // "the Ministry of Transport said": the word after "of" ends an organisation's name.
  const of = tokens[first - 1];
  const body = tokens[first - 2];
  if (of?.lower === 'of' && body && isCapitalized(body) && ORG_WORDS.has(stripDot(body.text))) return 0;
  const lower = name.map(stripDot);
  if (titles.some(t => TITLE_HEADS.has(t))) return 2;
  // "Residents said", "Officials say": a common noun at the start of a sentence.
  if (name.length === 1 && (PERSON_NOUNS.has(lower[0]!) || NP_WORDS.has(lower[0]!) || GENERIC_SUBJECTS.has(lower[0]!))) return 0;
  // "Studies say", "Polls show": a plural common noun at the start of a sentence.
  if (name.length === 1 && titles.length === 0 && (first === 0 || tokens[first - 1]!.kind !== 'word' || NOT_NAME_WORDS.has(tokens[first - 1]!.lower)) && isThingPlural(lower[0]!)) return 0;
  if (name.length >= 2 && (FIRST_NAMES.has(lower[0]!) || /^\p{Lu}\.$/u.test(name[0]!))) return 2;
  if (name.length >= 2 && name.some(w => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w))) return 2; // Jae-myung
  if (roles.length) return 2;
  // Subject or object of a verb of saying: "Hale said", "said Reyes".
  let k = last + 1;
  while (tokens[k] && VERB_FILLERS.has(tokens[k]!.lower)) k++;
  if (tokens[k] && SPEECH_VERBS.has(tokens[k]!.lower) && !PUBLICATION_VERBS.has(tokens[k]!.lower) && !possessiveBase(tokens[last]!)) return 2;
  const before = tokens[first - 1];
  if (before && SPEECH_VERBS.has(before.lower) && /^(said|says|asked|wrote|added|tweeted|testified|instructed)$/.test(before.lower)) return 2;
  // "said harbour master Anke Vogelsang": a short lowercase description between the verb and the name.
  for (let b = first - 1; b >= Math.max(0, first - 3); b--) {
    const w = tokens[b]!;
    if (w.kind !== 'word' || isCapitalized(w)) break;
    if (/^(said|says|added|wrote)$/.test(w.lower)) return b < first - 1 && (b === 0 || tokens[b - 1]!.kind !== 'word') ? 2 : 1;
  }
  if (tokens[last + 1]?.text === ',' && /^\d{2}$/.test(tokens[last + 2]?.text ?? '')) return 2; // "Hale, 63,"
  return name.length >= 2 && name.every(w => !PLACES_AND_ORGS.has(stripDot(w))) ? 1 : 0;
}

/** "Denver resident", "Labor Department deputy spokesperson": words right before a name that describe the person. */
function roleBefore(tokens: Token[], first: number, text: string, last: number): string | null {
  let k = first - 1;
  let comma = false;
  if (tokens[k]?.text === ',') {
    comma = true;
    k--;
  }
  const end = k;
  while (k >= 0 && end - k < 8) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    const l = t.lower;
    if (NOT_NAME_WORDS.has(l) && !['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(l)) break;
    if (!isCapitalized(t) && !NP_WORDS.has(l) && !isPersonNoun(l) && !possessiveBase(t)) break;
    k--;
    if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(l)) break;
  }
  if (k === end) return null;
  const words = tokens.slice(k + 1, end + 1);
  if (!words.some(t => isPersonNoun(t.lower))) return null;
  if (!isPersonNoun(words[words.length - 1]!.lower)) return null;
  const role = text.slice(words[0]!.start, words[words.length - 1]!.end);
  // "his son, John Public Jr., met", "said the hospital's director, Olena Kovalenko.": an apposition closes.
  if (comma) return !tokens[last + 1] || /^[,.;]$/.test(tokens[last + 1]!.text) || tokens[last + 1]!.kind === 'quote' ? role : null;
  return /^(the|a|an)$/i.test(words[0]!.text) && words.length === 1 ? null : role;
}

/** ", a Democrat from northern Ohio," after a name. */
function appositiveAfter(tokens: Token[], last: number, text: string): string | null {
  let k = last + 1;
  if (tokens[k]?.text === '(') {
    while (k < tokens.length && tokens[k]!.text !== ')') k++;
    k++;
  }
  if (tokens[k]?.text !== ',') return null;
  k++;
  if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2; // age
  const from = k;
  while (k < tokens.length && tokens[k]!.text !== ',' && tokens[k]!.text !== '.' && tokens[k]!.text !== ';' && tokens[k]!.kind !== 'quote' && tokens[k]!.text !== '(') k++;
  const words = tokens.slice(from, k);
  if (words.length === 0 || words.length > 16) return null;
  const head = words[0]!;
  if (/^(who|which|whose|and|but|or|said|says|told|according|where|when|while|as|in|on|at|for)$/i.test(head.lower)) return null;
  if (SPEECH_VERBS.has(head.lower)) return null;
  if (!words.some(t => isPersonNoun(t.lower))) return null;
  return text.slice(words[0]!.start, words[words.length - 1]!.end);
}
