/**
 * Full-text search over paragraphs with minisearch. Every paragraph is a document (its article's
 * title as a second, lighter field); terms go through the shared processTerm (stop words, stems).
 * Fuzzy matching applies only to longer words and prefix matching only to the last word typed,
 * and results are re-ranked by how many of the query's terms they hold.
 */
import MiniSearch, { type Options, type Query, type SearchOptions as MiniSearchOptions, type SearchResult as MiniResult } from 'minisearch';
import type { Article, Paragraph } from '../corpus/types.ts';
import { processTerm, splitWords, terms } from '../text/terms.ts';
import { FastScorer, type FastResult, type TermOption } from './fast-scorer.ts';

export interface IndexedParagraph {
  article: Article;
  paragraph: Paragraph;
}

export interface Hit {
  article: Article;
  paragraph: Paragraph;
  score: number;
  /** Index terms of the paragraph that matched (after fuzzy and prefix expansion). */
  matched: string[];
  /** Share of the query's distinct terms found, 0..1. */
  coverage: number;
}

/** minisearch's serialised form (MiniSearch#toJSON): plain data; `index` is [term, {fieldId: {docId: tf}}] pairs. */
export interface SerializedIndex {
  index: Array<[string, Record<string, Record<string, number>>]>;
  [key: string]: unknown;
}

/** One term's postings in the persisted index: [term, fieldId, doc id deltas, tfs or 0 when all 1, ...]. */
export type CompactTerm = [string, ...Array<number | number[]>];

export interface Doc {
  id: number;
  title: string;
  text: string;
}

/**
 * processTerm is pure, and a corpus repeats a few tens of thousands of distinct words millions of
 * times: memoising it makes indexing several times faster (the stemmer was the build's hot spot).
 */
const termMemo = new Map<string, string | null>();
function memoProcessTerm(word: string): string | null {
  let t = termMemo.get(word);
  if (t === undefined) {
    if (termMemo.size >= 500_000) termMemo.clear();
    t = processTerm(word);
    termMemo.set(word, t);
  }
  return t;
}

export const MINISEARCH_OPTIONS: Options<Doc> = {
  idField: 'id',
  fields: ['text', 'title'],
  storeFields: [],
  tokenize: splitWords,
  processTerm: memoProcessTerm,
};

/** Puts compact rows from `from` into minisearch's term map until `deadline`; returns the next row. */
function fillCompact(mini: MiniSearch<Doc>, rows: CompactTerm[], from: number, deadline: number): number {
  const map = (mini as unknown as { _index: { set(term: string, data: Map<number, Map<number, number>>): void } })._index;
  let r = from;
  while (r < rows.length) {
    const row = rows[r++]!;
    if (typeof row[0] !== 'string' || (row.length - 1) % 3 !== 0) throw new Error('damaged search postings');
    const data = new Map<number, Map<number, number>>();
    for (let i = 1; i < row.length; i += 3) {
      const ids = row[i + 1] as number[];
      const tfs = row[i + 2] as number[] | 0;
      const postings = new Map<number, number>();
      let doc = 0;
      for (let k = 0; k < ids.length; k++) {
        doc += ids[k]!;
        postings.set(doc, tfs === 0 ? 1 : tfs[k]!);
      }
      data.set(row[i] as number, postings);
    }
    map.set(row[0], data);
    if ((r & 255) === 0 && performance.now() > deadline) break;
  }
  return r;
}

/** How search() queries minisearch; FastScorer reproduces exactly this. */
export const FIELD_BOOST = { text: 1, title: 0.35 };
const FUZZY_WEIGHT = 0.3;
const PREFIX_WEIGHT = 0.5;
const fuzzyFor = (term: string): number | false => (term.length >= 6 ? 0.2 : false);

export interface SearchOptions {
  limit?: number;
  /** Also match words that start with the last query word (as typed in autocomplete-like use). */
  prefixLast?: boolean;
}

export class SearchIndex {
  private docs: IndexedParagraph[];
  private readonly mini: MiniSearch<Doc>;
  /** Scores straight from minisearch's postings; null if this minisearch's internals are not the expected ones. */
  private fast: FastScorer | null;

  private constructor(docs: IndexedParagraph[], mini: MiniSearch<Doc>) {
    this.docs = docs;
    this.mini = mini;
    this.fast = FastScorer.over(mini, { fields: ['text', 'title'], boost: FIELD_BOOST });
  }

  static build(articles: Article[]): SearchIndex {
    const docs = articles.flatMap((article) => article.paragraphs.map((paragraph) => ({ article, paragraph })));
    const mini = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
    mini.addAll(docs.map((d, id) => ({ id, title: d.article.title, text: d.paragraph.text })));
    return new SearchIndex(docs, mini);
  }

  /**
   * build() with a pause every ~8 ms of indexing (same documents, same order: the same index), so
   * the event loop keeps turning while a reload builds an index aside.
   */
  static async buildAsync(articles: Article[], pause: () => Promise<void>): Promise<SearchIndex> {
    const docs = articles.flatMap((article) => article.paragraphs.map((paragraph) => ({ article, paragraph })));
    const mini = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
    let deadline = performance.now() + 8;
    for (let id = 0; id < docs.length; id++) {
      mini.add({ id, title: docs[id]!.article.title, text: docs[id]!.paragraph.text });
      if ((id & 15) === 15 && performance.now() > deadline) {
        await pause();
        deadline = performance.now() + 8;
      }
    }
    return new SearchIndex(docs, mini);
  }

  /**
   * This index, moved on to new paragraphs (our id = position) after update.ts re-indexed its
   * minisearch for them: an engine still holding it answers from the new corpus, consistently.
   */
  reindexed(docs: IndexedParagraph[], fast?: FastScorer): this {
    this.docs = docs;
    this.fast = fast ?? FastScorer.over(this.mini, { fields: ['text', 'title'], boost: FIELD_BOOST });
    this.places = null;
    return this;
  }

  /** The paragraphs by our id and the minisearch index: for update.ts, which re-indexes changed articles. */
  get internals(): { docs: readonly IndexedParagraph[]; mini: MiniSearch<Doc> } {
    return { docs: this.docs, mini: this.mini };
  }

  /**
   * Builds an index article by article, in corpus order, as the articles become available (the
   * parallel build indexes on this thread while worker threads extract): the same index as build.
   */
  static builder(): { add(article: Article): void; finish(): SearchIndex } {
    const docs: IndexedParagraph[] = [];
    const mini = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
    return {
      add(article) {
        for (const paragraph of article.paragraphs) {
          mini.add({ id: docs.length, title: article.title, text: paragraph.text });
          docs.push({ article, paragraph });
        }
      },
      finish: () => new SearchIndex(docs, mini),
    };
  }

  /** Restores an index saved with toJSON for the same articles in the same order. */
  static fromJSON(json: string, articles: Article[]): SearchIndex {
    const docs = articles.flatMap((article) => article.paragraphs.map((paragraph) => ({ article, paragraph })));
    const mini = MiniSearch.loadJSON<Doc>(json, MINISEARCH_OPTIONS);
    if (mini.documentCount !== docs.length) throw new Error(`saved index holds ${mini.documentCount} paragraphs, the corpus ${docs.length}`);
    return new SearchIndex(docs, mini);
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  /** The index as minisearch's plain object (what toJSON stringifies), for savers that write it in pieces. */
  toJS(): SerializedIndex {
    return this.mini.toJSON() as SerializedIndex;
  }

  /** Restores an index from toJS's object, for the same articles in the same order. */
  static fromJS(js: SerializedIndex, articles: Article[]): SearchIndex {
    return SearchIndex.checked(MiniSearch.loadJS<Doc>(js as never, MINISEARCH_OPTIONS), articles);
  }

  /** fromJS in batches with pauses between them, so the event loop keeps turning. */
  static async fromJSAsync(js: SerializedIndex, articles: Article[]): Promise<SearchIndex> {
    return SearchIndex.checked(await MiniSearch.loadJSAsync<Doc>(js as never, MINISEARCH_OPTIONS), articles);
  }

  private static checked(mini: MiniSearch<Doc>, articles: Article[]): SearchIndex {
    const docs = articles.flatMap((article) => article.paragraphs.map((paragraph) => ({ article, paragraph })));
    if (mini.documentCount !== docs.length) throw new Error(`saved index holds ${mini.documentCount} paragraphs, the corpus ${docs.length}`);
    return new SearchIndex(docs, mini);
  }

  /**
   * The postings as compact rows, for the persisted index: [term, fieldId, doc id deltas, term
   * frequencies (0 when all are 1), fieldId, ...]. Arrays of numbers parse several times faster
   * than minisearch's {fieldId: {docId: tf}} objects with string keys, and take half the room.
   */
  compactTerms(): CompactTerm[] {
    return [...this.compactTermRows()];
  }

  /** compactTerms one row at a time (a save in slices never holds them all). */
  *compactTermRows(): Generator<CompactTerm> {
    const index = (this.mini as unknown as { _index: Iterable<[string, Map<number, Map<number, number>>]> })._index;
    for (const [term, fields] of index) {
      const row: CompactTerm = [term];
      for (const [fieldId, postings] of fields) {
        const ids: number[] = [];
        const tfs: number[] = [];
        let prev = 0;
        let allOne = true;
        for (const [doc, tf] of postings) {
          ids.push(doc - prev);
          prev = doc;
          tfs.push(tf);
          if (tf !== 1) allOne = false;
        }
        row.push(fieldId, ids, allOne ? 0 : tfs);
      }
      yield row;
    }
  }

  /** minisearch's serialised form without its postings (`index` empty): what goes with compactTerms. */
  headJS(): SerializedIndex {
    const mini = this.mini as unknown as { _index: unknown };
    const index = mini._index;
    // toJSON walks the postings; an empty stand-in makes it serialise only the rest.
    mini._index = [];
    try {
      return this.mini.toJSON() as SerializedIndex;
    } finally {
      mini._index = index;
    }
  }

  /**
   * Restores an index from headJS and compactTerms for the same articles in the same order;
   * `pause` (when given) is awaited every ~8 ms of work, so the event loop keeps turning.
   */
  static async fromCompact(head: SerializedIndex, rows: CompactTerm[], articles: Article[], pause: () => Promise<void>): Promise<SearchIndex> {
    const mini = MiniSearch.loadJS<Doc>({ ...head, index: [] } as never, MINISEARCH_OPTIONS);
    for (let r = 0; r < rows.length; ) {
      r = fillCompact(mini, rows, r, performance.now() + 8);
      if (r < rows.length) await pause();
    }
    return SearchIndex.checked(mini, articles);
  }

  /** fromCompact in one go. */
  static fromCompactSync(head: SerializedIndex, rows: CompactTerm[], articles: Article[]): SearchIndex {
    const mini = MiniSearch.loadJS<Doc>({ ...head, index: [] } as never, MINISEARCH_OPTIONS);
    fillCompact(mini, rows, 0, Number.POSITIVE_INFINITY);
    return SearchIndex.checked(mini, articles);
  }

  /** Whether queries go through the fast scorer (minisearch's internals as expected). */
  get hasFastScorer(): boolean {
    return this.fast !== null;
  }

  get size(): number {
    return this.docs.length;
  }

  /** Paragraphs for a query, best first; empty when no term of the query is indexed. */
  search(query: string, options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const queryTerms = terms(query);
    if (queryTerms.length === 0) return [];
    const words = splitWords(query);
    const lastWord = words.length ? processTerm(words[words.length - 1]!) : null;
    const prefix = (term: string) => Boolean(options.prefixLast) && term === lastWord && term.length >= 3;
    const keep = Math.max(limit * 5, 50);
    // The fast scorer gives minisearch's own top results (same BM25+, boosts, fuzzy and prefix
    // weights, same order) without materialising a result object for every matching paragraph.
    const results: Array<Pick<MiniResult, 'id' | 'score' | 'terms' | 'queryTerms'>> = this.fast
      ? this.fast.search(splitWords(query).map(memoProcessTerm).filter((t): t is string => Boolean(t)), { fuzzy: fuzzyFor, maxFuzzy: 1, prefix, weights: { fuzzy: FUZZY_WEIGHT, prefix: PREFIX_WEIGHT } }, keep)
      : this.mini.search(query, { combineWith: 'OR', boost: FIELD_BOOST, fuzzy: fuzzyFor, maxFuzzy: 1, prefix, weights: { fuzzy: FUZZY_WEIGHT, prefix: PREFIX_WEIGHT } }).slice(0, keep);
    const distinct = new Set(queryTerms).size;
    const hits: Hit[] = [];
    for (const r of results) {
      const doc = this.docs[r.id as number]!;
      const coverage = new Set(r.queryTerms).size / distinct;
      hits.push({ article: doc.article, paragraph: doc.paragraph, score: r.score * (0.25 + 0.75 * coverage * coverage), matched: r.terms, coverage });
    }
    hits.sort((a, b) => b.score - a.score || a.paragraph.n - b.paragraph.n);
    return hits.slice(0, limit);
  }

  /**
   * Raw minisearch results for a query tree of index terms, with their paragraphs: for rankers
   * built on top of the index (ask's expansion and re-ranking in ask.ts). Query strings are taken
   * as index terms already (no stemming), separated by spaces.
   */
  /**
   * The best `keep` paragraphs for processed terms, each with its own weight and exactness (an OR
   * search scored as `search` scores), through the fast scorer; null when this minisearch build has
   * no fast path, and the caller uses matchTerms.
   */
  weightedTerms(queryTerms: string[], termOptions: TermOption[], keep: number): Array<{ doc: IndexedParagraph; result: FastResult }> | null {
    if (!this.fast) return null;
    const results = this.fast.search(queryTerms, { fuzzy: fuzzyFor, maxFuzzy: 1, prefix: () => false, weights: { fuzzy: FUZZY_WEIGHT, prefix: PREFIX_WEIGHT } }, keep, termOptions);
    return results.map((result) => ({ doc: this.docs[result.id]!, result }));
  }

  matchTerms(query: Query, options: MiniSearchOptions = {}): Array<{ doc: IndexedParagraph; result: MiniResult }> {
    const results = this.mini.search(query, { tokenize: (s) => s.split(' ').filter(Boolean), processTerm: (t) => t, ...options });
    return results.map((result) => ({ doc: this.docs[result.id as number]!, result }));
  }

  /** Every paragraph holding all the query's terms, as places (article id, paragraph number): for filters. */
  placesWithAll(query: string): Array<{ article: string; paragraph: number }> {
    if (terms(query).length === 0) return [];
    const ids = this.fast
      ? this.fast.withAll(splitWords(query).map(memoProcessTerm).filter((t): t is string => Boolean(t)), 'text')
      : this.mini.search(query, { combineWith: 'AND', fields: ['text'] }).map((r) => r.id as number);
    const places = (this.places ??= this.docs.map((d) => ({ article: d.article.id, paragraph: d.paragraph.n })));
    const out = new Array<{ article: string; paragraph: number }>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = places[ids[i]!]!;
    return out;
  }

  /** Place of each paragraph (by our document id), made on the first placesWithAll. */
  private places: Array<{ article: string; paragraph: number }> | null = null;
}
