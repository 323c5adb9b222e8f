/**
 * The generator's vocabulary: real English words by part of speech, taken from the lexicon that
 * ships inside the `compromise` dependency (so no word list is downloaded or vendored), plus a
 * hand-picked head of very common news words, and synthetic proper nouns for the long tail that a
 * real news corpus has (brands, places, surnames). Word order is fixed by a seeded shuffle, so a
 * word's rank — and with it its Zipf frequency — is the same on every machine with this lockfile.
 */
import nlp from 'compromise';
import { Random } from './random.ts';

export interface Vocabulary {
  nouns: string[];
  plurals: string[];
  adjectives: string[];
  pastVerbs: string[];
  infinitives: string[];
  gerunds: string[];
  actors: string[];
  firstNames: { name: string; pronoun: 'he' | 'she' }[];
  lastNames: string[];
  cities: string[];
  regions: string[];
  countries: string[];
  /** Synthetic capitalised words (organisations, products): the rare tail. */
  rare: string[];
}

/** Words a news corpus uses all the time; they take the top Zipf ranks of their lists. */
const COMMON = {
  nouns: ['year', 'government', 'week', 'company', 'report', 'state', 'country', 'time', 'plan', 'deal', 'market', 'city', 'official', 'police', 'election', 'court', 'policy', 'budget', 'program', 'statement', 'investigation', 'decision', 'agreement', 'meeting', 'campaign', 'economy', 'industry', 'percent', 'law', 'bill', 'vote', 'month', 'day', 'security', 'health', 'energy', 'trade', 'crisis', 'agency', 'border'],
  plurals: ['people', 'officials', 'years', 'workers', 'voters', 'investors', 'lawmakers', 'residents', 'companies', 'prices', 'talks', 'sanctions', 'negotiators', 'analysts', 'troops', 'members', 'families', 'students', 'leaders', 'critics'],
  adjectives: ['new', 'federal', 'former', 'public', 'local', 'national', 'political', 'economic', 'major', 'senior', 'international', 'foreign', 'military', 'financial', 'private', 'early', 'final', 'global', 'recent', 'legal'],
  pastVerbs: ['announced', 'approved', 'rejected', 'reported', 'warned', 'confirmed', 'signed', 'launched', 'blocked', 'criticized', 'proposed', 'released', 'opened', 'raised', 'cut', 'delayed', 'denied', 'accepted', 'ordered', 'won'],
  infinitives: ['support', 'stop', 'change', 'build', 'protect', 'reduce', 'fight', 'help', 'increase', 'review', 'finish', 'fix', 'address', 'expand', 'restore'],
};

const WORD = /^[a-z]{3,14}$/;
/** Words a newsroom would not print. */
const UNPRINTABLE = /fuck|shit|cunt|bitch|nigg|fag|whore|slut|dick|cock|pussy|rape|bastard|retard|wank|twat|piss/;

function pick(lexicon: Record<string, string | string[]>, tag: string): string[] {
  const out: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.length === 1 && list[0] === tag && WORD.test(word) && !UNPRINTABLE.test(word)) out.push(word);
  }
  return out.sort();
}

function ranked(rng: Random, head: readonly string[], words: string[]): string[] {
  const rest = words.filter((w) => !head.includes(w));
  rng.shuffle(rest);
  return [...head, ...rest];
}

function capitalise(w: string): string {
  return w.replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}

const SYLLABLES = ['ka', 'lo', 'ver', 'ri', 'tan', 'mo', 'sel', 'dra', 'qui', 'no', 'bel', 'tor', 'vi', 'xan', 'pel', 'ru', 'mar', 'zen', 'li', 'cor', 'ta', 'bri', 'sto', 'fen', 'ga', 'lum', 'dor', 'ne', 'sa', 'vex'];

let cached: Vocabulary | null = null;

/** The vocabulary, built once per process (it does not depend on the corpus seed). */
export function vocabulary(): Vocabulary {
  if (cached) return cached;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const rng = new Random(0x5eed);
  const rare = new Set<string>();
  while (rare.size < 20_000) {
    const n = 2 + rng.int(2);
    let w = '';
    for (let i = 0; i < n; i++) w += rng.choice(SYLLABLES);
    rare.add(capitalise(w));
  }
  const first = [
    ...pick(lexicon, 'MaleName').map((n) => ({ name: capitalise(n), pronoun: 'he' as const })),
    ...pick(lexicon, 'FemaleName').map((n) => ({ name: capitalise(n), pronoun: 'she' as const })),
  ].filter((f) => f.name.length >= 4);
  rng.shuffle(first);
  cached = {
    nouns: ranked(rng, COMMON.nouns, pick(lexicon, 'Singular')),
    plurals: ranked(rng, COMMON.plurals, pick(lexicon, 'Plural')),
    adjectives: ranked(rng, COMMON.adjectives, pick(lexicon, 'Adjective')),
    pastVerbs: ranked(rng, COMMON.pastVerbs, pick(lexicon, 'PastTense')),
    infinitives: ranked(rng, COMMON.infinitives, pick(lexicon, 'Infinitive')),
    gerunds: ranked(rng, [], pick(lexicon, 'Gerund')),
    actors: ranked(rng, ['spokesperson', 'analyst', 'lawyer', 'economist', 'researcher'], pick(lexicon, 'Actor')),
    firstNames: first,
    lastNames: ranked(rng, [], pick(lexicon, 'LastName')).map(capitalise),
    cities: ranked(rng, [], Object.entries(lexicon).filter(([w, t]) => t === 'City' && /^[a-z ]{3,20}$/.test(w)).map(([w]) => w).sort()).map(capitalise),
    regions: ranked(rng, [], Object.entries(lexicon).filter(([w, t]) => Array.isArray(t) && t[0] === 'Region' && /^[a-z ]{3,20}$/.test(w)).map(([w]) => w).sort()).map(capitalise),
    countries: ranked(rng, [], pick(lexicon, 'Country')).map(capitalise),
    rare: [...rare],
  };
  return cached;
}
