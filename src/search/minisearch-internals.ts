/**
 * The private fields of minisearch 7 that Storydesk reads (fast-scorer.ts) and rewrites in place
 * (update.ts): described once here, with the one check of their shapes. Each reader adds the few
 * conditions only it needs; when a field is missing or of another shape the caller falls back on
 * minisearch's public API.
 */
import type MiniSearch from 'minisearch';

/** Per document short id: the term's frequency in one field. */
export type Postings = Map<number, number>;
/** Per field id: the term's postings. */
export type FieldData = Map<number, Postings>;

/** minisearch's term dictionary (a radix tree). */
export interface TermMap {
  get(term: string): FieldData | undefined;
  set(term: string, data: FieldData): unknown;
  delete(term: string): unknown;
  atPrefix(prefix: string): Iterable<[string, FieldData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldData, number]>;
  [Symbol.iterator](): Iterator<[string, FieldData]>;
}

export interface Internals {
  _index: TermMap;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _fieldLength: Map<number, number[]>;
  /** Short id to the document's id (a number in Storydesk's indexes). */
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _dirtCount: number;
}

/** What scoring reads: the term dictionary, the counts and the field lengths. */
export type ScoringInternals = Pick<Internals, '_index' | '_fieldIds' | '_avgFieldLength' | '_documentCount' | '_nextId' | '_fieldLength' | '_documentIds'>;

/**
 * The internals of `mini` when the fields every reader relies on have the expected shapes and
 * `also` (the reader's own conditions) holds; null otherwise.
 */
export function internalsOf<T>(mini: MiniSearch<T>, also: (ix: Partial<Internals>) => boolean): Internals | null {
  const ix = mini as unknown as Partial<Internals>;
  const ok =
    !!ix._index &&
    typeof ix._index.get === 'function' &&
    ix._documentIds instanceof Map &&
    ix._fieldLength instanceof Map &&
    Array.isArray(ix._avgFieldLength) &&
    typeof ix._documentCount === 'number' &&
    typeof ix._nextId === 'number' &&
    also(ix);
  return ok ? (ix as Internals) : null;
}
