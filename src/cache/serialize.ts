/**
 * An engine's parts as a list of small JSON chunks, and back. Small chunks let a restore parse
 * them one at a time between turns of the event loop (a reload must not stall the bot), let a
 * worker thread post them as strings (cheap to copy), and make the persisted index one chunk per
 * line of a file. Every chunk is a few hundred KB at most, except where one value is that big.
 */
import type { Article, Corpus, LoadProblem } from '../corpus/types.ts';
import { INDEX_FORMAT } from './index-file.ts';
import { Engine, type EngineOptions } from '../engine.ts';
import type { Quote, QuoteData } from '../quotes/types.ts';
import type { Reuse } from './reuse.ts';
import { SearchIndex, type CompactTerm, type SerializedIndex } from '../search/index.ts';
import type { TimelineEvent } from '../timeline/types.ts';

export const FORMAT = INDEX_FORMAT;
/** 2: compact events and search postings (arrays of numbers, event text as an offset in its paragraph). */
export const FORMAT_VERSION = 2;

type Chunk =
  | { t: 'head'; format: string; version: number; key: string; articles: number; problems: LoadProblem[] }
  | { t: 'articles'; items: Article[] }
  /** A reload's worker: every article as [file, sha256] in corpus order; `articles` then carries only those the receiver lacks. */
  | { t: 'article-list'; items: Array<[string, string]> }
  | { t: 'quotes-array'; key: string; items: unknown[] }
  | { t: 'quotes-record'; key: string; entries: Array<[string, unknown]> }
  | { t: 'quotes-value'; key: string; value: unknown }
  | { t: 'events'; items: CompactEvent[] }
  | { t: 'search-head'; value: SerializedIndex }
  | { t: 'search-terms'; items: CompactTerm[] }
  | { t: 'end'; chunks: number };

/**
 * An event as a row: [date, precision, expression, modifier, text, text length, sources as article,
 * paragraph, ..., position]; text is the offset of the event's text in its first source's paragraph
 * when it is found there verbatim (it nearly always is: events are extractive), else the text itself.
 */
type CompactEvent = [string | null, TimelineEvent['precision'], string, string | null, number | string, number, Array<string | number>, number | null];

type ParagraphLookup = (article: string, paragraph: number) => string | undefined;

function paragraphLookup(articles: Article[]): ParagraphLookup {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (article, n) => {
    const a = byId.get(article);
    if (!a) return undefined;
    const p = a.paragraphs[n - 1];
    return p && p.n === n ? p.text : a.paragraphs.find((x) => x.n === n)?.text;
  };
}

function compactEvent(e: TimelineEvent, text: ParagraphLookup): CompactEvent {
  const first = e.sources[0];
  const paragraph = first ? text(first.article, first.paragraph) : undefined;
  const at = paragraph === undefined ? -1 : paragraph.indexOf(e.text);
  const sources: Array<string | number> = [];
  for (const s of e.sources) sources.push(s.article, s.paragraph);
  const found = at >= 0 && e.text.length > 0;
  return [e.date, e.precision, e.expression, e.modifier, found ? at : e.text, found ? e.text.length : 0, sources, e.position ?? null];
}

function expandEvent(row: CompactEvent, text: ParagraphLookup): TimelineEvent {
  const [date, precision, expression, modifier, ref, length, flat, position] = row;
  const sources: TimelineEvent['sources'] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) sources.push({ article: String(flat[i]), paragraph: Number(flat[i + 1]) });
  let body: string;
  if (typeof ref === 'number') {
    const first = sources[0];
    const paragraph = first ? text(first.article, first.paragraph) : undefined;
    if (paragraph === undefined) throw new Error('an event cites a paragraph the index does not hold');
    body = paragraph.slice(ref, ref + length);
    if (body.length !== length) throw new Error('an event text lies outside its paragraph');
  } else {
    body = ref;
  }
  const event: TimelineEvent = { date, precision, expression, modifier, text: body, sources };
  if (position !== null) event.position = position;
  return event;
}

const ARTICLES_PER_CHUNK = 100;
const ITEMS_PER_CHUNK = 2000;
const TERMS_PER_CHUNK = 1000;

function* slices<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function* quoteChunks(quotes: QuoteData): Generator<Chunk> {
  for (const [k, v] of Object.entries(quotes)) {
    if (Array.isArray(v)) {
      if (v.length === 0) yield { t: 'quotes-array', key: k, items: [] };
      for (const items of slices(v as unknown[], ITEMS_PER_CHUNK)) yield { t: 'quotes-array', key: k, items };
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length === 0) yield { t: 'quotes-record', key: k, entries: [] };
      for (const part of slices(entries, ITEMS_PER_CHUNK)) yield { t: 'quotes-record', key: k, entries: part };
    } else {
      yield { t: 'quotes-value', key: k, value: v };
    }
  }
}

/** The engine's corpus and parts as JSON chunks; the first is a head with the key, the last an end marker. */
export function* engineChunks(engine: Engine, key: string): Generator<string> {
  let n = 0;
  const out = (c: Chunk) => {
    n++;
    return JSON.stringify(c);
  };
  const { corpus, parts } = engine;
  yield out({ t: 'head', format: FORMAT, version: FORMAT_VERSION, key, articles: corpus.articles.length, problems: corpus.problems });
  for (const items of slices(corpus.articles, ARTICLES_PER_CHUNK)) yield out({ t: 'articles', items });
  for (const c of quoteChunks(parts.quotes)) yield out(c);
  const text = paragraphLookup(corpus.articles);
  for (const items of slices(parts.events, ITEMS_PER_CHUNK)) yield out({ t: 'events', items: items.map((e) => compactEvent(e, text)) });
  yield out({ t: 'search-head', value: parts.search.headJS() });
  let items: CompactTerm[] = [];
  for (const row of parts.search.compactTermRows()) {
    items.push(row);
    if (items.length === TERMS_PER_CHUNK) {
      yield out({ t: 'search-terms', items });
      items = [];
    }
  }
  if (items.length) yield out({ t: 'search-terms', items });
  yield JSON.stringify({ t: 'end', chunks: n + 1 } satisfies Chunk);
}

/**
 * A reload worker's chunks: head, the article list, the articles the receiver lacks (`known`:
 * sha256 by file), quotes and events; no search index (the receiver re-indexes its own).
 */
export function* storyChunks(corpus: Corpus, quotes: QuoteData, events: TimelineEvent[], key: string, known: Record<string, string>): Generator<string> {
  let n = 0;
  const out = (c: Chunk) => {
    n++;
    return JSON.stringify(c);
  };
  yield out({ t: 'head', format: FORMAT, version: FORMAT_VERSION, key, articles: corpus.articles.length, problems: corpus.problems });
  yield out({ t: 'article-list', items: corpus.articles.map((a) => [a.file, a.hash]) });
  for (const items of slices(corpus.articles.filter((a) => known[a.file] !== a.hash), ARTICLES_PER_CHUNK)) yield out({ t: 'articles', items });
  for (const c of quoteChunks(quotes)) yield out(c);
  const text = paragraphLookup(corpus.articles);
  for (const items of slices(events, ITEMS_PER_CHUNK)) yield out({ t: 'events', items: items.map((e) => compactEvent(e, text)) });
  yield JSON.stringify({ t: 'end', chunks: n + 1 } satisfies Chunk);
}

/**
 * A saved index's chunks as a reload worker sends them (storyChunks): its articles listed, only
 * those the receiver lacks sent, no search index.
 */
export function* storyFromIndex(saved: Iterable<string>, known: Record<string, string>): Generator<string> {
  let n = 0;
  let listed = false;
  const articles: Article[] = [];
  const flush = function* (): Generator<string> {
    if (listed) return;
    listed = true;
    n += 1;
    yield JSON.stringify({ t: 'article-list', items: articles.map((a) => [a.file, a.hash]) } satisfies Chunk);
    for (const items of slices(articles.filter((a) => known[a.file] !== a.hash), ARTICLES_PER_CHUNK)) {
      n++;
      yield JSON.stringify({ t: 'articles', items } satisfies Chunk);
    }
    articles.length = 0;
  };
  for (const text of saved) {
    // Search chunks are big and not needed: told apart without parsing them.
    if (text.startsWith('{"t":"search-')) continue;
    if (text.startsWith('{"t":"articles"')) {
      for (const a of (JSON.parse(text) as Extract<Chunk, { t: 'articles' }>).items) articles.push(a);
      continue;
    }
    if (text.startsWith('{"t":"head"')) {
      n++;
      yield text;
      continue;
    }
    yield* flush();
    if (text.startsWith('{"t":"end"')) break;
    n++;
    yield text;
  }
  yield* flush();
  yield JSON.stringify({ t: 'end', chunks: n + 1 } satisfies Chunk);
}

/** Collects chunks back into an engine; a chunk out of place or missing throws. */
export class EngineAssembler {
  private head: Extract<Chunk, { t: 'head' }> | null = null;
  private articles: Article[] = [];
  /** With an article list: the articles sent, by file, until the list is resolved. */
  private list: Array<[string, string]> | null = null;
  private readonly sent = new Map<string, Article>();
  private readonly quotes: Record<string, unknown> = {};
  private readonly events: TimelineEvent[] = [];
  private searchHead: SerializedIndex | null = null;
  private readonly terms: CompactTerm[] = [];
  private text: ParagraphLookup | null = null;
  private count = 0;
  private ended = false;
  /** When set (a reload), quotes and events equal to those in use are taken from there. */
  reuse: Reuse | null = null;

  /**
   * `known`: the articles the receiver holds already (a reload's engine in use), by file; an
   * article list reuses them (the same objects) where the sha256 matches.
   */
  constructor(
    private readonly expectKey: string | null = null,
    private readonly known: ReadonlyMap<string, Article> | null = null,
  ) {}

  /** The corpus's articles in list order: the known ones reused, the others as sent. */
  private resolveList(): void {
    if (!this.list) return;
    const out: Article[] = [];
    for (const [file, hash] of this.list) {
      const a = this.sent.get(file) ?? this.known?.get(file);
      if (!a || a.hash !== hash) throw new Error(`the index lists ${file} but holds no matching article`);
      out.push(a);
    }
    this.articles = out;
    this.list = null;
    this.sent.clear();
  }

  get key(): string | null {
    return this.head?.key ?? null;
  }

  /** Adds one chunk (its JSON text). */
  add(text: string): void {
    const c = JSON.parse(text) as Chunk;
    this.count++;
    if (this.ended) throw new Error('data after the end of the index');
    if (!this.head) {
      if (c.t !== 'head' || c.format !== FORMAT) throw new Error('not a storydesk index');
      if (c.version !== FORMAT_VERSION) throw new Error(`index format ${c.version}, expected ${FORMAT_VERSION}`);
      if (this.expectKey !== null && c.key !== this.expectKey) throw new Error('the index was built from other files or code (stale)');
      this.head = c;
      return;
    }
    switch (c.t) {
      case 'articles':
        if (this.list) for (const a of c.items) this.sent.set(a.file, a);
        else for (const a of c.items) this.articles.push(a);
        break;
      case 'article-list':
        if (this.list || this.articles.length) throw new Error('an article list out of place');
        this.list = c.items;
        break;
      case 'quotes-array': {
        const list = (this.quotes[c.key] ??= []) as unknown[];
        const reuse = this.reuse && (c.key === 'quotes' || c.key === 'unattributed') ? this.reuse : null;
        if (reuse) for (const x of c.items) list.push(reuse.quote(x as Quote));
        else for (const x of c.items) list.push(x);
        break;
      }
      case 'quotes-record': {
        const rec = (this.quotes[c.key] ??= {}) as Record<string, unknown>;
        for (const [k, v] of c.entries) rec[k] = v;
        break;
      }
      case 'quotes-value':
        this.quotes[c.key] = c.value;
        break;
      case 'events': {
        this.resolveList();
        const text = (this.text ??= paragraphLookup(this.articles));
        const reuse = this.reuse;
        if (reuse) for (const e of c.items) this.events.push(reuse.event(expandEvent(e, text)));
        else for (const e of c.items) this.events.push(expandEvent(e, text));
        break;
      }
      case 'search-head':
        this.searchHead = c.value;
        break;
      case 'search-terms':
        for (const t of c.items) this.terms.push(t);
        break;
      case 'end':
        if (c.chunks !== this.count) throw new Error(`index has ${this.count} chunks, its end says ${c.chunks}`);
        this.ended = true;
        break;
      default:
        throw new Error(`unknown chunk "${(c as { t: string }).t}"`);
    }
  }

  private pieces(dir: string): { corpus: Corpus; quotes: QuoteData; head: SerializedIndex; terms: CompactTerm[] } {
    if (!this.searchHead) throw new Error('the index is incomplete');
    return { ...this.story(dir), head: this.searchHead, terms: this.terms };
  }

  /** The corpus, quotes and events, without the search index (a reload's worker sends only these). */
  story(dir: string): { corpus: Corpus; quotes: QuoteData; events: TimelineEvent[] } {
    if (!this.head || !this.ended) throw new Error('the index is incomplete');
    this.resolveList();
    if (this.articles.length !== this.head.articles) throw new Error(`index holds ${this.articles.length} articles, its head says ${this.head.articles}`);
    const quotes = this.quotes as unknown as QuoteData;
    if (!Array.isArray(quotes.quotes) || !Array.isArray(quotes.people)) throw new Error('the index has no quote data');
    return { corpus: { dir, articles: this.articles, problems: this.head.problems }, quotes, events: this.events };
  }

  /** The engine, for a corpus read from `dir`. */
  engine(dir: string, options: EngineOptions = {}): Engine {
    const { corpus, quotes, head, terms } = this.pieces(dir);
    return new Engine(corpus, { search: SearchIndex.fromCompactSync(head, terms, corpus.articles), quotes, events: this.events }, options);
  }

  /** engine(), restoring the search index in batches so the event loop keeps turning. */
  async engineAsync(dir: string, options: EngineOptions = {}): Promise<Engine> {
    const { corpus, quotes, head, terms } = this.pieces(dir);
    const search = await SearchIndex.fromCompact(head, terms, corpus.articles, () => new Promise<void>((resolve) => setImmediate(resolve)));
    return new Engine(corpus, { search, quotes, events: this.events }, options);
  }
}
