/**
 * A search index re-indexed for a reload: the paragraphs of articles that were removed or changed
 * leave it, those of added or changed articles enter it, and everything else stays where it is
 * (no second index of the whole corpus). The result ranks exactly as SearchIndex.build over the
 * new articles would: every statistic BM25+ reads is the same (document count, each term's
 * postings, field lengths, and the average field lengths, recomputed in corpus order with
 * minisearch's own running formula), and each postings list is kept in corpus order, which is the
 * order in which minisearch (and the fast scorer) breaks ties.
 *
 * The work is done aside, with a pause every few milliseconds; nothing changes until `commit`,
 * which applies it in one synchronous step (a few thousand map writes) and moves the SearchIndex
 * on to the new paragraphs (an engine still holding it then answers from the new corpus).
 */
import MiniSearch from 'minisearch';
import type { Article } from '../corpus/types.ts';
import { FastScorer } from './fast-scorer.ts';
import { FIELD_BOOST, MINISEARCH_OPTIONS, type Doc, type IndexedParagraph, type SearchIndex } from './index.ts';
import { internalsOf, type FieldData, type Internals, type Postings, type ScoringInternals } from './minisearch-internals.ts';


export interface SearchUpdate {
  /** Paragraphs that left and entered the index. */
  removed: number;
  added: number;
  /** Applies the update (synchronous, short) and returns the index over the new articles. */
  commit(): SearchIndex;
}

/** Share of the corpus's paragraphs above which an update costs more than a build (then: buildAsync). */
const MAX_SHARE = 0.3;

/** The minisearch 7 fields this module reads and replaces: writable, with no document discarded but not yet vacuumed. */
const updatable = (mini: MiniSearch<Doc>): Internals | null =>
  internalsOf(mini, (ix) => typeof ix._index?.set === 'function' && typeof ix._index.delete === 'function' && ix._idToShortId instanceof Map && ix._dirtCount === 0);

const iterate = <T>(x: { [Symbol.iterator](): Iterator<T> }): Iterable<T> => x;

/**
 * Prepares `old` re-indexed for `articles` (articles kept from the old corpus are the same objects;
 * a changed article is a new object). Null when an update is not the cheaper way (a large share
 * changed) or this minisearch's internals are not the expected ones: build a new index then.
 */
export async function prepareSearchUpdate(old: SearchIndex, articles: Article[], pause: () => Promise<void>): Promise<SearchUpdate | null> {
  const { docs: oldDocs, mini } = old.internals;
  const ix = updatable(mini);
  if (!ix) return null;
  // Loops check the clock every 256 steps and await only when their slice is used up.
  let deadline = performance.now() + 8;
  const due = (i: number) => (i & 255) === 255 && performance.now() > deadline;
  const rest = async () => {
    await pause();
    deadline = performance.now() + 8;
  };

  // Old paragraphs by article (their ids are contiguous per article).
  const firstOf = new Map<Article, number>();
  for (let i = 0; i < oldDocs.length; i++) {
    const a = oldDocs[i]!.article;
    if (!firstOf.has(a)) firstOf.set(a, i);
    if (due(i)) await rest();
  }
  const keptArticles = new Set(articles.filter((a) => firstOf.has(a)));
  const removedDocs: IndexedParagraph[] = [];
  const removedShort = new Set<number>();
  for (let i = 0; i < oldDocs.length; i++) {
    const d = oldDocs[i]!;
    if (keptArticles.has(d.article)) continue;
    removedDocs.push(d);
    const short = ix._idToShortId.get(i);
    if (short === undefined) return null;
    removedShort.add(short);
    if (due(i)) await rest();
  }
  const total = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const addedCount = articles.reduce((n, a) => n + (keptArticles.has(a) ? 0 : a.paragraphs.length), 0);
  if (removedDocs.length + addedCount > MAX_SHARE * Math.max(total, oldDocs.length)) return null;

  // The new paragraphs in corpus order: our id = position; each one's short id (old or new).
  const docs: IndexedParagraph[] = new Array(total);
  const shortOf = new Int32Array(total);
  const newShort = new Map<number, number>(); // our new id -> short id, for added paragraphs
  let nextId = ix._nextId;
  let n = 0;
  for (const a of articles) {
    const first = firstOf.get(a);
    for (let k = 0; k < a.paragraphs.length; k++, n++) {
      if (first !== undefined && keptArticles.has(a)) {
        docs[n] = oldDocs[first + k]!;
        shortOf[n] = ix._idToShortId.get(first + k)!;
      } else {
        docs[n] = { article: a, paragraph: a.paragraphs[k]! };
        shortOf[n] = nextId;
        newShort.set(n, nextId++);
      }
      if (due(n)) await rest();
    }
  }
  const rank = new Int32Array(nextId).fill(-1);
  for (let i = 0; i < total; i++) rank[shortOf[i]!] = i;

  // Terms of the paragraphs that leave, and postings of those that enter (minisearch's own
  // tokenising, in scratch indexes whose ids are the real short ids).
  const scratch = async (list: Array<{ short: number; doc: IndexedParagraph }>) => {
    const m = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
    for (let i = 0; i < list.length; i++) {
      const { short, doc } = list[i]!;
      m.add({ id: short, title: doc.article.title, text: doc.paragraph.text });
      if (due(i)) await rest();
    }
    return updatable(m)!;
  };
  const gone = await scratch(removedDocs.map((doc, k) => ({ short: k, doc })));
  const come = await scratch([...newShort].map(([id, short]) => ({ short, doc: docs[id]! })));

  // Each touched term's postings rebuilt aside: kept entries in their order (corpus order), the
  // added ones merged in by corpus rank.
  const terms = new Set<string>();
  for (const [term] of iterate(gone._index)) terms.add(term);
  for (const [term] of iterate(come._index)) terms.add(term);
  const writes: Array<[string, FieldData | null]> = [];
  let i = 0;
  for (const term of terms) {
    const before = ix._index.get(term);
    const added = come._index.get(term);
    const data: FieldData = new Map();
    const fields = new Set<number>([...(before?.keys() ?? []), ...(added?.keys() ?? [])]);
    for (const field of fields) {
      const olds = before?.get(field);
      const news = added?.get(field);
      const merged: Postings = new Map();
      const incoming: Array<[number, number]> = [];
      if (news) for (const [scratchShort, tf] of news) incoming.push([come._documentIds.get(scratchShort)!, tf]);
      let j = 0;
      if (olds) {
        for (const [short, tf] of olds) {
          if (removedShort.has(short)) continue;
          const r = rank[short]!;
          while (j < incoming.length && rank[incoming[j]![0]]! < r) {
            merged.set(incoming[j]![0], incoming[j]![1]);
            j++;
          }
          merged.set(short, tf);
        }
      }
      for (; j < incoming.length; j++) merged.set(incoming[j]![0], incoming[j]![1]);
      if (merged.size) data.set(field, merged);
    }
    writes.push([term, data.size ? data : null]);
    if (due(i++)) await rest();
  }

  // Document bookkeeping, new maps in corpus order; average field lengths replayed as minisearch
  // computes them while adding documents one by one.
  const documentIds = new Map<number, number>();
  const idToShortId = new Map<number, number>();
  const fieldLength = new Map<number, number[]>();
  const comeLengths = new Map<number, number[]>();
  for (const [scratchShort, lengths] of come._fieldLength) comeLengths.set(come._documentIds.get(scratchShort)!, lengths);
  const fieldCount = Math.max(ix._avgFieldLength.length, Object.keys(ix._fieldIds).length);
  const avg = new Array<number>(fieldCount).fill(0);
  for (let id = 0; id < total; id++) {
    const short = shortOf[id]!;
    documentIds.set(short, id);
    idToShortId.set(id, short);
    const lengths = comeLengths.get(short) ?? ix._fieldLength.get(short);
    if (!lengths) return null;
    fieldLength.set(short, lengths);
    for (let f = 0; f < fieldCount; f++) {
      const length = lengths[f];
      if (length === undefined) continue;
      avg[f] = ((avg[f] || 0) * id + length) / (id + 1);
    }
    if (due(id)) await rest();
  }

  // The scorer over the index as it will be after the commit, made now: its _index is the live
  // term map (updated by the commit), the counts and maps are the staged ones.
  const staged: ScoringInternals = { _index: ix._index, _fieldIds: ix._fieldIds, _avgFieldLength: total ? avg : [], _documentCount: total, _nextId: nextId, _fieldLength: fieldLength, _documentIds: documentIds };
  const fast = old.hasFastScorer ? await FastScorer.staged(staged, { fields: ['text', 'title'], boost: FIELD_BOOST }, pause) : undefined;

  return {
    removed: removedDocs.length,
    added: newShort.size,
    commit(): SearchIndex {
      for (const [term, data] of writes) {
        if (data) ix._index.set(term, data);
        else ix._index.delete(term);
      }
      ix._documentIds = documentIds;
      ix._idToShortId = idToShortId;
      ix._fieldLength = fieldLength;
      ix._avgFieldLength = total ? avg : [];
      ix._documentCount = total;
      ix._nextId = nextId;
      return old.reindexed(docs, fast);
    },
  };
}
