/**
 * A worker thread that produces an engine for a reload off the main thread: from the persisted
 * index when it matches the key, else by loading and building the corpus (then saving the index).
 * It posts the parts as JSON chunk strings (see serialize.ts); the main thread parses them one by
 * one between turns of its event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.ts';
import { Engine, type BuildTimings } from '../engine.ts';
import { removeIndex } from './housekeeping.ts';
import { indexPath, readIndex, writeIndex } from './index-file.ts';
import { engineChunks, storyChunks, storyFromIndex } from './serialize.ts';
import { buildStory } from './story.ts';

export interface WorkerJob {
  dir: string;
  maxFileBytes?: number;
  cacheDir: string | null;
  key: string | null;
  /** sha256 of each file as fingerprinted, to check the loaded articles are what the key says. */
  hashes: Record<string, string> | null;
  /**
   * The articles the main thread holds (sha256 by file): when given, the worker sends the story
   * only (storyChunks: the article list, the articles the main thread lacks, quotes and events),
   * neither builds nor saves a search index; the main thread re-indexes its own and saves.
   */
  known?: Record<string, string> | null;
  /** EngineOptions.merge (false: quotes and events not merged across articles). */
  merge?: boolean;
}

export type WorkerMessage =
  | { type: 'chunk'; data: string }
  | { type: 'empty'; problems: Array<{ file: string; reason: string }> }
  | { type: 'done'; source: 'cache' | 'build'; timings: BuildTimings | null; note: string | null; saved?: boolean; saveFailed?: boolean }
  | { type: 'error'; message: string; corpus: boolean };

const port = parentPort;
if (!port) throw new Error('build-worker must run as a worker thread');
const job = workerData as WorkerJob;
const post = (m: WorkerMessage) => port.postMessage(m);

async function run(): Promise<void> {
  let note: string | null = null;
  if (job.cacheDir && job.key) {
    const saved = readIndex(indexPath(job.cacheDir, job.dir), job.key);
    if (saved.ok) {
      for (const data of job.known ? storyFromIndex(saved.chunks, job.known) : saved.chunks) post({ type: 'chunk', data });
      post({ type: 'done', source: 'cache', timings: null, note: null });
      return;
    }
    note = saved.corrupt ? saved.reason : null;
    // A damaged or foreign file is removed, never trusted (the build below saves a good one).
    if (saved.corrupt) removeIndex(indexPath(job.cacheDir, job.dir));
  }
  let corpus;
  try {
    corpus = await loadCorpus(job.dir, job.maxFileBytes === undefined ? {} : { maxFileBytes: job.maxFileBytes });
  } catch (e) {
    post({ type: 'error', message: (e as Error).message, corpus: true });
    return;
  }
  if (corpus.articles.length === 0) {
    post({ type: 'empty', problems: corpus.problems });
    return;
  }
  if (job.known) {
    const timings = {} as BuildTimings;
    const story = buildStory(corpus.articles, timings, job.merge !== false);
    for (const data of storyChunks(corpus, story.quotes, story.events, job.key ?? '', job.known)) post({ type: 'chunk', data });
    post({ type: 'done', source: 'build', timings, note, saved: false, saveFailed: false });
    return;
  }
  const timings = {} as BuildTimings;
  let engine: Engine | null = Engine.build(corpus, {}, timings);
  const matches = job.hashes !== null && corpus.articles.every((a) => job.hashes![a.file] === a.hash);
  // Each chunk is posted as it is made (and written to the index file in the same pass): the
  // worker never holds all of them at once beside its engine.
  const posted = function* (chunks: Iterable<string>): Generator<string> {
    for (const data of chunks) {
      post({ type: 'chunk', data });
      yield data;
    }
  };
  const gen = posted(engineChunks(engine, job.key ?? ''));
  // no return(): a write that fails half way does not close the generator, the rest is still posted below
  const chunks: IterableIterator<string> = { next: () => gen.next(), [Symbol.iterator]() { return this; } };
  let written = false;
  let saveFailed = false;
  if (job.cacheDir && job.key && matches) {
    try {
      writeIndex(indexPath(job.cacheDir, job.dir), chunks);
      written = true;
    } catch (e) {
      note = `cannot save the index (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
      saveFailed = true;
    }
  }
  if (!written) for (let r = chunks.next(); !r.done; r = chunks.next()); // the rest of the chunks (or all of them), posted
  engine = null; // the main thread has it all now; let this heap shrink while it assembles
  post({ type: 'done', source: 'build', timings, note, saved: written, saveFailed });
}

run().catch((e: unknown) => post({ type: 'error', message: (e as Error).message ?? String(e), corpus: false }));
