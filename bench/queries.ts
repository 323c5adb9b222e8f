/**
 * Realistic query sets drawn (seeded) from a built engine: phrases of the corpus, question
 * templates, misspellings, rare and very common words, quote fragments and paraphrases, names
 * and name prefixes, timeline filters.
 */
import type { Engine } from '../src/engine.ts';
import { Random } from './random.ts';

export interface QuerySets {
  search: string[];
  ask: string[];
  whoSaid: string[];
  speakers: string[];
  prefixes: string[];
  timelineFiltered: Array<{ about?: string; from?: string; to?: string }>;
}

const COMMON = ['said', 'government', 'officials', 'year', 'people', 'plan', 'market', 'week', 'new', 'state'];
const TEMPLATES = ['What did {p} say about the {w}?', 'Who {w} the {w2}?', 'When did the {w} happen?', 'How many {w} were there?', 'Where is the {w}?', 'Why did {p} {w}?', 'Tell me about {w} and {w2}'];

function words(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}

function misspell(rng: Random, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + rng.int(word.length - 3);
  return rng.chance(0.5) ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
}

export function makeQueries(engine: Engine, n: number, seed = 1): QuerySets {
  const rng = new Random(seed, 99);
  const paragraphs = engine.corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  const quotes = engine.parts.quotes.quotes.map((q) => q.quote).filter((q) => q.split(' ').length >= 4);
  const people = engine.parts.quotes.people.map((p) => p.name);
  const para = () => words(rng.choice(paragraphs));
  const phrase = (min: number, max: number) => {
    const w = para();
    const len = Math.min(w.length, rng.range(min, max));
    const at = rng.int(Math.max(1, w.length - len + 1));
    return w.slice(at, at + len).join(' ') || 'government';
  };
  const rare = () => {
    const long = para().filter((w) => w.length >= 9);
    return long.length ? rng.choice(long) : phrase(1, 1);
  };
  const person = () => (people.length ? rng.choice(people) : 'Nobody Here');
  const content = () => {
    const w = para().filter((x) => x.length >= 4 && /^[a-z]/.test(x));
    return w.length ? rng.choice(w) : 'plan';
  };
  const template = () =>
    rng
      .choice(TEMPLATES)
      .replace('{p}', person())
      .replace('{w}', content())
      .replace('{w2}', content());
  const searchOne = (): string => {
    const r = rng.int(10);
    if (r < 4) return phrase(2, 4);
    if (r < 5) return phrase(2, 4).split(' ').map((w) => misspell(rng, w)).join(' ');
    if (r < 6) return rare();
    if (r < 7) return `${rng.choice(COMMON)} ${rng.choice(COMMON)}${rng.chance(0.5) ? ` ${rng.choice(COMMON)}` : ''}`;
    if (r < 8) return person();
    return template();
  };
  const askOne = (): string => (rng.chance(0.7) ? template() : `${phrase(3, 6)}?`);
  const whoSaidOne = (): string => {
    const r = rng.int(10);
    if (quotes.length && r < 6) {
      const w = words(rng.choice(quotes));
      const len = Math.min(w.length, rng.range(4, 10));
      const at = rng.int(Math.max(1, w.length - len + 1));
      return w.slice(at, at + len).join(' ');
    }
    if (quotes.length && r < 8) {
      const w = words(rng.choice(quotes)).slice(0, 10);
      if (w.length > 4) w.splice(rng.int(w.length), 1);
      return w.map((x) => (rng.chance(0.2) ? misspell(rng, x) : x)).join(' ');
    }
    return phrase(4, 8);
  };
  const speakerOne = (): string => {
    const r = rng.int(10);
    const p = person();
    if (r < 5) return p;
    if (r < 8) return p.split(' ').slice(-1)[0]!;
    return `${content()} ${content()}`.replace(/^./, (c) => c.toUpperCase());
  };
  const prefixOne = (): string => {
    const p = person();
    return rng.chance(0.15) ? p.split(' ').slice(-1)[0]!.slice(0, rng.range(1, 5)) : p.slice(0, rng.range(1, 6));
  };
  const years = engine.corpus.articles.map((a) => a.published?.slice(0, 4)).filter((y): y is string => Boolean(y));
  const filterOne = (): { about?: string; from?: string; to?: string } => {
    const r = rng.int(4);
    const y = years.length ? Number(rng.choice(years)) : 2017;
    if (r === 0) return { about: person() };
    if (r === 1) return { about: content() };
    if (r === 2) return { from: `${y - 1}`, to: `${y}` };
    return { about: content(), from: `${y - 2}-01`, to: `${y}-12-31` };
  };
  const many = <T>(f: () => T) => Array.from({ length: n }, f);
  return {
    search: many(searchOne),
    ask: many(askOne),
    whoSaid: many(whoSaidOne),
    speakers: many(speakerOne),
    prefixes: many(prefixOne),
    timelineFiltered: many(filterOne),
  };
}
