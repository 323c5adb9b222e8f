/**
 * minisearch's OR search, scored straight from its postings into typed arrays.
 *
 * MiniSearch.search builds a result object (terms, match, stored fields) for every document that
 * matches any query term, then sorts them all: on 125,000 paragraphs a query with common words
 * touches most of them and takes hundreds of milliseconds. This scorer reads the same index
 * (term dictionary with its fuzzy and prefix lookups, postings, field lengths), applies the same
 * BM25+ formula, field boosts, fuzzy and prefix weights and the same "quality" factor (the number
 * of query terms a document holds), and keeps only the best `keep` documents with a bounded heap,
 * in minisearch's order (score, then first-match order). Only those get their matched terms.
 *
 * It relies on minisearch 7's private fields; `over` checks them and returns null otherwise, and
 * the caller then uses MiniSearch.search. tests/bench/fast-scorer.test.ts compares both.
 */
import type MiniSearch from 'minisearch';
import { internalsOf, type FieldData, type Postings, type ScoringInternals } from './minisearch-internals.ts';

export interface FastSearchOptions {
  fuzzy: (term: string) => number | false;
  maxFuzzy: number;
  prefix: (term: string) => boolean;
  weights: { fuzzy: number; prefix: number };
}

/** Per query term: a weight on its score, and whether it matches only exactly (no fuzzy or prefix). */
export interface TermOption {
  weight?: number;
  exact?: boolean;
}

const EXACT_ONLY: FastSearchOptions = { fuzzy: () => false, maxFuzzy: 0, prefix: () => false, weights: { fuzzy: 0, prefix: 0 } };

export interface FastResult {
  id: number;
  score: number;
  /** Index terms of the document that matched (after fuzzy and prefix expansion). */
  terms: string[];
  /** The query terms the document holds. */
  queryTerms: string[];
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Postings lists at least this long are kept as typed arrays after their first use. */
const COMPILE_FROM = 64;

interface Expansion {
  derived: string;
  data: FieldData;
}

export class FastScorer {
  private readonly fieldIds: number[];
  private readonly boosts: number[];
  /** Field lengths by field position then short id. */
  private readonly lengths: Float64Array[];
  /** Our document id of each minisearch short id. */
  private readonly ids: Int32Array;
  private readonly total: Float64Array;
  private readonly termScore: Float64Array;
  private readonly quality: Uint8Array;
  private readonly order: Int32Array;
  /** Documents matched so far, in first-match order; and those of the current term. */
  private readonly touched: Int32Array;
  private readonly termTouched: Int32Array;
  private readonly cache = new WeakMap<Postings, { docs: Int32Array; raw: Float64Array }>();

  private constructor(
    private readonly ix: ScoringInternals,
    fields: string[],
    boost: Record<string, number>,
  ) {
    this.fieldIds = fields.map((f) => ix._fieldIds[f]!);
    this.boosts = fields.map((f) => boost[f] || 1);
    const size = ix._nextId;
    this.lengths = this.fieldIds.map(() => new Float64Array(size));
    this.ids = new Int32Array(size).fill(-1);
    for (const [shortId, lengths] of ix._fieldLength) {
      this.fieldIds.forEach((fieldId, i) => {
        this.lengths[i]![shortId] = lengths[fieldId] ?? 0;
      });
    }
    for (const [shortId, id] of ix._documentIds) this.ids[shortId] = id as number;
    this.total = new Float64Array(size);
    this.termScore = new Float64Array(size);
    this.quality = new Uint8Array(size);
    this.order = new Int32Array(size).fill(-1);
    this.touched = new Int32Array(size);
    this.termTouched = new Int32Array(size);
  }

  /**
   * A postings list as typed arrays: short ids in minisearch's order and each one's BM25+ score
   * (computed exactly as minisearch does, so the sums are bit-identical). The index never changes
   * after it is built, so long lists are converted once and kept; short ones are cheap either way.
   */
  private compiled(postings: Postings, field: number, n: number): { docs: Int32Array; raw: Float64Array } {
    const hit = this.cache.get(postings);
    if (hit) return hit;
    const matching = postings.size;
    const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
    const avg = this.ix._avgFieldLength[this.fieldIds[field]!]!;
    const lengths = this.lengths[field]!;
    const docs = new Int32Array(matching);
    const raw = new Float64Array(matching);
    let i = 0;
    for (const [doc, tf] of postings) {
      docs[i] = doc;
      raw[i++] = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[doc]!) / avg)));
    }
    const out = { docs, raw };
    if (matching >= COMPILE_FROM) this.cache.set(postings, out);
    return out;
  }

  /**
   * A scorer over `ix` made with a pause every few milliseconds: for an index whose postings and
   * counts are about to be switched over (update.ts stages them in `ix`, whose _index is the live
   * term map). The caller checked the internals.
   */
  static async staged(ix: ScoringInternals, options: { fields: string[]; boost: Record<string, number> }, pause: () => Promise<void>): Promise<FastScorer> {
    const scorer = new FastScorer({ ...ix, _fieldLength: new Map(), _documentIds: new Map() }, options.fields, options.boost);
    (scorer as unknown as { ix: ScoringInternals }).ix = ix;
    let deadline = performance.now() + 5;
    let i = 0;
    const due = () => (++i & 1023) === 0 && performance.now() > deadline;
    const rest = async () => {
      await pause();
      deadline = performance.now() + 5;
    };
    for (const [shortId, lengths] of ix._fieldLength) {
      for (let f = 0; f < scorer.fieldIds.length; f++) scorer.lengths[f]![shortId] = lengths[scorer.fieldIds[f]!] ?? 0;
      if (due()) await rest();
    }
    for (const [shortId, id] of ix._documentIds) {
      scorer.ids[shortId] = id as number;
      if (due()) await rest();
    }
    return scorer;
  }

  /** A scorer over this index, or null when its internals are not minisearch 7's. */
  static over<T>(mini: MiniSearch<T>, options: { fields: string[]; boost: Record<string, number> }): FastScorer | null {
    const ix = internalsOf(
      mini,
      (ix) =>
        typeof ix._index?.fuzzyGet === 'function' &&
        typeof ix._index.atPrefix === 'function' &&
        options.fields.every((f) => typeof ix._fieldIds?.[f] === 'number') &&
        [...(ix._documentIds?.values() ?? [])].every((id) => typeof id === 'number'),
    );
    return ix ? new FastScorer(ix, options.fields, options.boost) : null;
  }

  /** The terms a query term stands for, as minisearch's executeQuerySpec expands them, with their weights. */
  private expand(term: string, options: FastSearchOptions): Array<Expansion & { weight: number }> {
    const index = this.ix._index;
    const out: Array<Expansion & { weight: number }> = [];
    const exact = index.get(term);
    if (exact) out.push({ derived: term, data: exact, weight: 1 });
    let fuzzyMatches: Map<string, [FieldData, number]> | undefined;
    const fuzzy = options.fuzzy(term);
    if (fuzzy) {
      const maxDistance = fuzzy < 1 ? Math.min(options.maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = index.fuzzyGet(term, maxDistance);
    }
    if (options.prefix(term)) {
      for (const [derived, data] of index.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(derived);
        out.push({ derived, data, weight: (options.weights.prefix * derived.length) / (derived.length + 0.3 * distance) });
      }
    }
    if (fuzzyMatches) {
      for (const [derived, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        out.push({ derived, data, weight: (options.weights.fuzzy * derived.length) / (derived.length + distance) });
      }
    }
    return out;
  }

  /**
   * The best `keep` documents for the query terms (already processed, in query order), as
   * MiniSearch.search with combineWith OR would rank them.
   */
  search(queryTerms: string[], options: FastSearchOptions, keep: number, termOptions: TermOption[] = []): FastResult[] {
    const { total, termScore, quality, order } = this;
    const n = this.ix._documentCount;
    const { touched, termTouched } = this;
    let touchedCount = 0;
    const expansions = new Map<string, Expansion[]>();
    queryTerms.forEach((term, position) => {
      const first = queryTerms.indexOf(term) === position;
      let termCount = 0;
      const derivedTerms: Expansion[] = [];
      const termOption = termOptions[position];
      const termWeight = termOption?.weight ?? 1;
      for (const { derived, data, weight } of this.expand(term, termOption?.exact ? EXACT_ONLY : options)) {
        derivedTerms.push({ derived, data });
        for (let f = 0; f < this.fieldIds.length; f++) {
          const postings = data.get(this.fieldIds[f]!);
          if (!postings) continue;
          const { docs, raw } = this.compiled(postings, f, n);
          const w = weight * termWeight * this.boosts[f]!;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!;
            // Scores are > 0, so 0 means "not yet matched by this term".
            const score = w * raw[i]!;
            if (termScore[doc] === 0) {
              termScore[doc] = score;
              termTouched[termCount++] = doc;
            } else {
              termScore[doc] = termScore[doc]! + score;
            }
          }
        }
      }
      if (first) expansions.set(term, derivedTerms);
      // Combine with the running total as minisearch's OR combinator does: documents new to the
      // results are appended in this term's order; the term's subtotal is added in one step.
      for (let i = 0; i < termCount; i++) {
        const doc = termTouched[i]!;
        if (order[doc] === -1) {
          order[doc] = touchedCount;
          touched[touchedCount++] = doc;
          total[doc] = termScore[doc]!;
        } else {
          total[doc] = total[doc]! + termScore[doc]!;
        }
        if (first) quality[doc] = quality[doc]! + 1;
        termScore[doc] = 0;
      }
    });
    // Best `keep` by (score × quality) desc, then first-match order: a bounded min-heap.
    const heap: Array<{ doc: number; score: number; rank: number }> = [];
    const worse = (a: { score: number; rank: number }, b: { score: number; rank: number }) => a.score < b.score || (a.score === b.score && a.rank > b.rank);
    const siftDown = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    };
    for (let rank = 0; rank < touchedCount; rank++) {
      const doc = touched[rank]!;
      const score = total[doc]! * (quality[doc] || 1);
      if (heap.length < keep) {
        heap.push({ doc, score, rank });
        for (let i = heap.length - 1; i > 0; ) {
          const p = (i - 1) >> 1;
          if (!worse(heap[i]!, heap[p]!)) break;
          [heap[i], heap[p]] = [heap[p]!, heap[i]!];
          i = p;
        }
      } else if (keep > 0 && (heap[0]!.score < score || (heap[0]!.score === score && heap[0]!.rank > rank))) {
        heap[0] = { doc, score, rank };
        siftDown(0);
      }
    }
    heap.sort((a, b) => b.score - a.score || a.rank - b.rank);
    const has = (data: FieldData, doc: number) => this.fieldIds.some((fieldId) => data.get(fieldId)?.has(doc));
    const results = heap.map(({ doc, score }) => {
      const matched = new Set<string>();
      const held: string[] = [];
      for (const [term, list] of expansions) {
        let holds = false;
        for (const { derived, data } of list) {
          if (has(data, doc)) {
            holds = true;
            matched.add(derived);
          }
        }
        if (holds) held.push(term);
      }
      return { id: this.ids[doc]!, score, terms: [...matched], queryTerms: held };
    });
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      total[doc] = 0;
      quality[doc] = 0;
      order[doc] = -1;
    }
    return results;
  }

  /** Our ids of the documents whose `field` holds every term (exact matches, as an AND search). */
  withAll(queryTerms: string[], field: string): number[] {
    const fieldId = this.ix._fieldIds[field];
    if (fieldId === undefined || queryTerms.length === 0) return [];
    const lists: Postings[] = [];
    for (const term of new Set(queryTerms)) {
      const postings = this.ix._index.get(term)?.get(fieldId);
      if (!postings) return [];
      lists.push(postings);
    }
    lists.sort((a, b) => a.size - b.size);
    const [first, ...rest] = lists;
    const out: number[] = [];
    for (const doc of first!.keys()) if (rest.every((p) => p.has(doc))) out.push(this.ids[doc]!);
    return out;
  }
}
