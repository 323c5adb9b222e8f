/**
 * A deterministic generator of news-like articles: about 600 words in 10-15 paragraphs, content
 * words drawn with a Zipf law, named speakers quoted in the styles the quote engine reads, and
 * relative and absolute dates against varied publication dates. Article i depends only on the
 * seed and i, so a 1,000-article corpus is the first 1,000 articles of the 10,000 one.
 *
 * One story, many sources: in every block of STORY_BLOCK articles, the first is a story that the
 * next RETELLINGS articles retell from other outlets a day or two later (the same statements, some
 * as fragments or with contractions spelled out, an indirect report of one, the same happenings
 * with absolute dates), and the one after those republishes it word for word (wire copy).
 *
 * Command line: `tsx bench/generate.ts DIR [--articles N] [--seed S]` writes the .md files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Random, Zipf } from './random.ts';
import { vocabulary, type Vocabulary } from './vocabulary.ts';

/** Bump when the generated text changes, so corpora kept on disk are regenerated. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20170710;

export interface GeneratedArticle {
  /** File name, `NNNNN-slug.md`. */
  file: string;
  content: string;
  words: number;
}

interface Person {
  first: string;
  last: string;
  pronoun: 'he' | 'she';
  title: string | null;
  description: string;
  handle: boolean;
}

const TITLES = ['Sen.', 'Rep.', 'Gov.', 'Mayor', 'Dr.', 'Treasury Secretary', 'Prime Minister', 'Foreign Minister', 'Judge', 'Gen.', 'Chief Executive', 'Commissioner', 'Secretary of State', 'Attorney General', 'Professor'];
const PARTIES = ['Republican', 'Democrat', 'independent'];
const OUTLETS = ['The Daily Ledger', 'Metro Herald', 'Wire Service', 'Evening Post', 'The Tribune Desk', 'Coastal Times', 'National Dispatch', 'Morning Record'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];
const PEOPLE = 4000;
/** Articles per block, retellings of the block's first article, then one verbatim republication. */
const STORY_BLOCK = 10;
const RETELLINGS = 2;

/** A day after a YYYY-MM-DD date, `days` later. */
function laterDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Spelled-out contractions: a wording variant of the same words. */
function spellOut(s: string): string {
  return s
    .replace(/\bIt's\b/g, 'It is')
    .replace(/\bit's\b/g, 'it is')
    .replace(/\bI've\b/g, 'I have')
    .replace(/, but\b/g, ' but')
    .replace(/\bWe are\b/g, "We're")
    .replace(/\bWe have to\b/g, "We've got to")
    .replace(/, and the\b/g, ' and the');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The fixed cast of the corpus: who can be quoted, with a Zipf popularity (index = rank). */
function cast(v: Vocabulary, seed: number): Person[] {
  const rng = new Random(seed, 0x7fffffff);
  const seen = new Set<string>();
  const people: Person[] = [];
  while (people.length < PEOPLE) {
    const f = rng.choice(v.firstNames);
    const last = rng.choice(v.lastNames);
    const key = `${f.name} ${last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = rng.int(5);
    const description =
      kind === 0
        ? `a ${rng.choice(PARTIES)} representing ${rng.choice(v.regions)}`
        : kind === 1
          ? `the chief ${rng.choice(v.actors.slice(0, 200))} at ${rng.choice(v.rare)} Group`
          : kind === 2
            ? `a spokesperson for the ${cap(rng.choice(v.nouns.slice(0, 300)))} Department`
            : kind === 3
              ? `a professor of ${rng.choice(v.nouns.slice(0, 300))} studies at the University of ${rng.choice(v.cities)}`
              : `who leads the ${rng.choice(v.adjectives.slice(0, 200))} ${rng.choice(v.nouns.slice(0, 300))} committee`;
    people.push({ first: f.name, last, pronoun: f.pronoun, title: rng.chance(0.6) ? rng.choice(TITLES) : null, description, handle: rng.chance(0.15) });
  }
  return people;
}

interface Words {
  noun(): string;
  plural(): string;
  adj(): string;
  past(): string;
  inf(): string;
  gerund(): string;
}

class ArticleWriter {
  private readonly mentioned = new Set<Person>();
  private readonly pub: Date;
  private words: Words;
  readonly topic: string[];

  constructor(
    private readonly rng: Random,
    private readonly v: Vocabulary,
    private readonly z: Record<keyof Words | 'rare' | 'place', Zipf>,
    published: string,
  ) {
    this.pub = new Date(`${published}T00:00:00Z`);
    const pickFrom = (list: string[], zipf: Zipf) => () => zipf.pick(rng, list);
    this.words = {
      noun: pickFrom(v.nouns, z.noun),
      plural: pickFrom(v.plurals, z.plural),
      adj: pickFrom(v.adjectives, z.adj),
      past: pickFrom(v.pastVerbs, z.past),
      inf: pickFrom(v.infinitives, z.inf),
      gerund: pickFrom(v.gerunds, z.gerund),
    };
    this.topic = [this.words.noun(), this.words.noun(), this.words.noun()];
  }

  /** A topic noun most of the time, so an article keeps coming back to its subject. */
  private subject(): string {
    return this.rng.chance(0.45) ? this.rng.choice(this.topic) : this.words.noun();
  }

  private place(): string {
    const r = this.rng.int(3);
    const list = r === 0 ? this.v.cities : r === 1 ? this.v.regions : this.v.countries;
    return this.z.place.pick(this.rng, list);
  }

  private rare(): string {
    return this.z.rare.pick(this.rng, this.v.rare);
  }

  private number(): string {
    const r = this.rng.int(4);
    if (r === 0) return String(this.rng.range(2, 99));
    if (r === 1) return `${this.rng.range(1, 9)}.${this.rng.range(1, 9)} percent of`;
    if (r === 2) return `$${this.rng.range(2, 950)} million in`;
    return `${this.rng.range(1, 9)},${String(this.rng.range(0, 999)).padStart(3, '0')}`;
  }

  /** A date expression, relative or absolute, as news prose writes it. */
  date(): string {
    const rng = this.rng;
    const year = this.pub.getUTCFullYear();
    switch (rng.int(12)) {
      case 0:
        return `on ${rng.choice(WEEKDAYS)}`;
      case 1:
        return `late ${rng.choice(WEEKDAYS)}`;
      case 2:
        return `on ${rng.choice(WEEKDAYS)} ${rng.choice(PARTS_OF_DAY)}`;
      case 3:
        return 'last year';
      case 4:
        return rng.choice(['last week', 'last month', 'earlier this month', 'earlier this year']);
      case 5:
        return `in ${year - rng.range(1, 8)}`;
      case 6: {
        const d = new Date(this.pub.getTime() - rng.range(1, 40) * 86_400_000);
        return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
      }
      case 7:
        return `on ${rng.choice(MONTHS)} ${rng.range(1, 28)}, ${year - rng.range(1, 5)}`;
      case 8:
        return `in ${rng.choice(MONTHS)}`;
      case 9:
        return rng.choice(['next year', 'next month', 'next week']);
      case 10:
        return `${rng.choice(WEEKDAYS)} ${rng.choice(PARTS_OF_DAY)}`;
      default:
        return `in ${rng.choice(MONTHS)} ${year - rng.range(0, 3)}`;
    }
  }

  /** A plain narrative sentence. */
  sentence(): string {
    const w = this.words;
    const rng = this.rng;
    switch (rng.int(7)) {
      case 0:
        return `The ${w.adj()} ${this.subject()} ${w.past()} ${w.plural()} in ${this.place()} ${this.date()}.`;
      case 1:
        return `${cap(w.plural())} ${w.past()} the ${w.adj()} ${w.noun()} of the ${this.subject()}, ${w.gerund()} the ${w.noun()} for ${w.plural()} across ${this.place()}.`;
      case 2:
        return `Officials in ${this.place()} ${w.past()} that the ${this.subject()} would ${w.inf()} ${this.number()} ${w.plural()} by ${rng.choice(MONTHS)}.`;
      case 3:
        return `The ${w.noun()} ${w.past()} ${rng.range(2, 40)} percent ${this.date()}, the ${w.adj()} ${w.noun()} since ${this.pub.getUTCFullYear() - rng.range(2, 12)}.`;
      case 4:
        return `${this.rare()} ${rng.choice(['Group', 'Holdings', 'Institute', 'Partners', 'Labs'])} ${w.past()} its ${w.adj()} ${this.subject()} ${this.date()}, and ${w.plural()} ${w.past()} the ${w.noun()}.`;
      case 5:
        return `It was the ${rng.choice(['first', 'second', 'latest', 'largest'])} ${w.noun()} of its kind since the ${w.adj()} ${this.subject()} ${w.past()} ${w.plural()} and ${w.plural()} alike.`;
      default:
        return `${cap(w.adj())} ${w.plural()} have ${w.past()} the ${this.subject()} for ${rng.range(2, 20)} years, ${w.gerund()} ${w.adj()} ${w.plural()} in ${this.place()}.`;
    }
  }

  /** Words a person says, in the first person; no final punctuation. */
  quote(): string {
    const w = this.words;
    const rng = this.rng;
    const one = (): string => {
      switch (rng.int(7)) {
        case 0:
          return `We are going to ${w.inf()} the ${this.subject()} and ${w.inf()} the ${w.adj()} ${w.plural()}`;
        case 1:
          return `This ${this.subject()} is ${w.adj()}, and the ${w.plural()} know it`;
        case 2:
          return `I ${w.past()} the ${this.subject()} because it was ${w.adj()} for ${w.plural()}`;
        case 3:
          return `Nobody ${w.past()} the ${w.noun()} more than we did`;
        case 4:
          return `It's not the worst ${w.noun()} I've ever seen, but it's pretty ${w.adj()}`;
        case 5:
          return `Our ${w.plural()} deserve a ${w.adj()} ${this.subject()}, not another ${w.noun()}`;
        default:
          return `We have to ${w.inf()} what ${w.plural()} ${w.past()} in ${this.place()}`;
      }
    };
    return rng.chance(0.3) ? `${one()}. ${one()}` : one();
  }

  /** A clause for reported speech: "the plan would ..." */
  clause(): string {
    const w = this.words;
    return `the ${w.adj()} ${this.subject()} would ${w.inf()} ${w.plural()} ${this.date()}`;
  }

  full(p: Person): string {
    return `${p.first} ${p.last}`;
  }

  /** How the text names a person: in full with a title on first mention, by surname after. */
  ref(p: Person): string {
    if (this.mentioned.has(p)) return p.last;
    this.mentioned.add(p);
    return p.title && this.rng.chance(0.5) ? `${p.title} ${this.full(p)}` : this.full(p);
  }

  /** A paragraph quoting a person; returns the text and whether a pronoun follow-up may come next. */
  quoteParagraph(p: Person): string {
    const rng = this.rng;
    const q = this.quote();
    const tail = rng.chance(0.7) ? ` ${this.sentence()}${rng.chance(0.5) ? ` ${this.sentence()}` : ''}` : '';
    switch (rng.int(9)) {
      case 0:
      case 1:
        return `"${q}," ${this.ref(p)} said.${tail}`;
      case 2:
        return `"${q}," said ${this.ref(p)}.${tail}`;
      case 3:
        return `${this.ref(p)} said: "${q}."${tail}`;
      case 4:
        return `According to ${this.ref(p)}, ${this.clause()}.${tail}`;
      case 5:
        if (!this.mentioned.has(p)) {
          this.mentioned.add(p);
          return `${p.title ?? cap(this.words.adj())} ${this.full(p)}, ${p.description}, said ${this.date()} that the ${this.subject()} was "${q}."${tail}`;
        }
        return `"${q}," ${this.ref(p)} said ${this.date()}.${tail}`;
      case 6:
        return `${this.ref(p)} told reporters that ${this.clause()}.${tail}`;
      case 7:
        this.mentioned.add(p);
        return `${p.handle ? `@${p.first}${p.last}` : this.full(p)}: ${q}!`;
      default:
        return `"${q}," ${this.ref(p)} said in an interview ${this.date()}. "${this.quote()}."`;
    }
  }

  /** A follow-up quote attributed by pronoun to the person quoted just before. */
  pronounParagraph(p: Person): string {
    return this.rng.chance(0.5) ? `"${this.quote()}," ${p.pronoun} said.` : `"${this.quote()}," ${p.pronoun} added. ${this.sentence()}`;
  }

  narrative(): string {
    const n = this.rng.range(4, 5);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }
}

/** Everything that does not depend on the article index: vocabulary, cast, Zipf tables. */
export class CorpusGenerator {
  private readonly v = vocabulary();
  private readonly people: Person[];
  private readonly peopleZipf = new Zipf(PEOPLE, 0.9);
  private readonly z;

  constructor(readonly seed = DEFAULT_SEED) {
    this.people = cast(this.v, seed);
    const v = this.v;
    this.z = {
      noun: new Zipf(v.nouns.length),
      plural: new Zipf(v.plurals.length),
      adj: new Zipf(v.adjectives.length),
      past: new Zipf(v.pastVerbs.length),
      inf: new Zipf(v.infinitives.length),
      gerund: new Zipf(v.gerunds.length),
      rare: new Zipf(v.rare.length, 0.8),
      place: new Zipf(v.cities.length),
    };
  }

  /** Article number i (0-based) of the corpus: a story of its own, a retelling of its block's first story, or a republication of it. */
  article(i: number): GeneratedArticle {
    const k = i % STORY_BLOCK;
    if (k === 0 || k > RETELLINGS + 1) return this.story(i);
    return k <= RETELLINGS ? this.retelling(i, this.story(i - k)) : this.republished(i, this.story(i - k));
  }

  /** The base story's parts, read back from its file text. */
  private parts(base: GeneratedArticle): { title: string; published: string; paragraphs: string[] } {
    const [, front = '', body = ''] = base.content.split(/^---$/m);
    const title = JSON.parse(/^title: (.*)$/m.exec(front)![1]!) as string;
    const published = /^published: (.*)$/m.exec(front)![1]!;
    return { title, published, paragraphs: body.trim().split('\n\n') };
  }

  private file(i: number, title: string, outlet: string, published: string, paragraphs: string[]): GeneratedArticle {
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
    const id = `${String(i).padStart(5, '0')}-${slug}`;
    const front = ['---', `title: ${JSON.stringify(title)}`, `source: ${outlet}`, `url: "https://news.example.com/${published.replace(/-/g, '/')}/${slug}.html"`, `published: ${published}`, '---'].join('\n');
    const body = paragraphs.join('\n\n');
    return { file: `${id}.md`, content: `${front}\n\n${body}\n`, words: body.split(/\s+/).length };
  }

  /** Another outlet's account of a story: most of its paragraphs, some quotes cut or spelled out, one reported indirectly. */
  private retelling(i: number, base: GeneratedArticle): GeneratedArticle {
    const rng = new Random(this.seed, i + 1);
    const { title, published, paragraphs } = this.parts(base);
    const pub = laterDate(published, rng.range(1, 2));
    const out: string[] = [];
    let dropped = 0;
    for (const p of paragraphs) {
      if (out.length > 0 && paragraphs.length - dropped > 10 && rng.chance(0.3)) {
        dropped++;
        continue;
      }
      const direct = /^"([^"]+)," ([A-Z][\w.' -]+?) said\.(.*)$/.exec(p);
      const r = rng.next();
      if (direct && r < 0.25) {
        // A fragment of the quote, in a sentence of this outlet's own.
        const words = direct[1]!.split('. ')[0]!.split(' ');
        out.push(`${direct[2]} called it "${words.slice(0, Math.max(4, Math.ceil(words.length * 0.6))).join(' ')}" in remarks to reporters.`);
      } else if (direct && r < 0.4) {
        out.push(`${direct[2]} said that ${direct[1]!.charAt(0).toLowerCase()}${direct[1]!.slice(1)}.`);
      } else if (direct) {
        out.push(spellOut(p));
      } else {
        // This outlet's own cut: the paragraph without its first or last sentence when it has several.
        const sentences = p.split(/(?<=[.!?]"?) (?=[A-Z"])/);
        const cut = rng.int(3);
        const own = sentences.length > 1 && cut < 2 ? (cut === 0 ? sentences.slice(0, -1) : sentences.slice(1)).join(' ') : p;
        out.push(r < 0.7 ? spellOut(own) : own);
      }
    }
    const outlet = OUTLETS[(i * 7 + 3) % OUTLETS.length]!;
    return this.file(i, `${title.replace(/ plan$/, '')}: what we know`, outlet, pub, out);
  }

  /** The story republished word for word by another outlet (wire copy). */
  private republished(i: number, base: GeneratedArticle): GeneratedArticle {
    const { title, published, paragraphs } = this.parts(base);
    return this.file(i, `${title} (wire)`, OUTLETS[(i * 5 + 1) % OUTLETS.length]!, published, paragraphs);
  }

  private story(i: number): GeneratedArticle {
    const rng = new Random(this.seed, i + 1);
    const year = rng.range(2012, 2024);
    const month = rng.range(1, 12);
    const day = rng.range(1, 28);
    const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const w = new ArticleWriter(rng, this.v, this.z, published);
    const speakers = Array.from({ length: rng.range(2, 5) }, () => this.peopleZipf.pick(rng, this.people));
    const lead = speakers[0]!;
    const opening = w.sentence();
    const paragraphs: string[] = [`${w.full(lead)} ${this.v.pastVerbs[rng.int(40)]} the ${w.topic[0]} ${w.date()}, and ${opening.charAt(0).toLowerCase()}${opening.slice(1)} ${w.sentence()} ${w.sentence()}`];
    const count = rng.range(10, 15);
    let last: Person | null = null;
    while (paragraphs.length < count) {
      const r = rng.next();
      if (last && r < 0.15) {
        paragraphs.push(w.pronounParagraph(last));
        last = null;
      } else if (r < 0.55) {
        const p = rng.choice(speakers);
        paragraphs.push(w.quoteParagraph(p));
        last = p;
      } else {
        paragraphs.push(w.narrative());
        last = null;
      }
    }
    const title = `${cap(this.v.adjectives[rng.int(60)]!)} ${w.topic[0]} ${w.topic[1]} ${this.v.pastVerbs[rng.int(60)]} as ${lead.last} ${rng.choice(['weighs', 'faces', 'defends', 'rejects'])} ${w.topic[2]} plan`;
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
    const id = `${String(i).padStart(5, '0')}-${slug}`;
    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `source: ${rng.choice(OUTLETS)}`,
      `url: "https://news.example.com/${published.replace(/-/g, '/')}/${slug}.html"`,
      `published: ${published}`,
      '---',
    ].join('\n');
    const body = paragraphs.join('\n\n');
    const words = body.split(/\s+/).length;
    return { file: `${id}.md`, content: `${front}\n\n${body}\n`, words };
  }

  *articles(n: number): Generator<GeneratedArticle> {
    for (let i = 0; i < n; i++) yield this.article(i);
  }
}

export interface WrittenCorpus {
  dir: string;
  articles: number;
  words: number;
  bytes: number;
  /** Whether the folder was already there from an earlier run. */
  reused: boolean;
}

const MARKER = '.generated.json';

/**
 * Writes n articles into dir (created, emptied of stale .md files). A folder written earlier with
 * the same seed, size and generator version is reused as it is.
 */
export async function writeCorpus(dir: string, n: number, seed = DEFAULT_SEED): Promise<WrittenCorpus> {
  const marker = path.join(dir, MARKER);
  const want = { version: GENERATOR_VERSION, seed, articles: n };
  if (existsSync(marker)) {
    try {
      const have = JSON.parse(readFileSync(marker, 'utf8')) as typeof want & { words: number; bytes: number };
      if (have.version === want.version && have.seed === seed && have.articles === n) {
        return { dir, articles: n, words: have.words, bytes: have.bytes, reused: true };
      }
    } catch {
      // a damaged marker: regenerate
    }
  }
  mkdirSync(dir, { recursive: true });
  rmSync(marker, { force: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.md')) rmSync(path.join(dir, f));
  const gen = new CorpusGenerator(seed);
  let words = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const a of gen.articles(n)) {
    words += a.words;
    bytes += Buffer.byteLength(a.content);
    batch.push(writeFile(path.join(dir, a.file), a.content));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  writeFileSync(marker, JSON.stringify({ ...want, words, bytes }));
  return { dir, articles: n, words, bytes, reused: false };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: String(DEFAULT_SEED) } } });
  const dir = positionals[0];
  if (!dir) {
    process.stderr.write('usage: tsx bench/generate.ts DIR [--articles N] [--seed S]\n');
    process.exit(2);
  }
  const out = await writeCorpus(dir, Number(values.articles), Number(values.seed));
  process.stdout.write(`${out.articles} articles, ${out.words} words, ${(out.bytes / 1e6).toFixed(1)} MB in ${out.dir}\n`);
}
