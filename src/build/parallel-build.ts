/**
 * The cold build on every core. Reading, parsing and extracting (quotes, events) are independent
 * per article: worker threads do them, a batch of files at a time, while this thread indexes the
 * articles for search as their batches come back, in file order. The assembly (people merged
 * across articles, events placed and sorted) then runs here on the collected parts, in file order,
 * and of the two merges across articles one worker groups the statements while this thread merges
 * the events: the engine is the very one a single-thread build makes.
 *
 * Small corpora build on this thread: starting workers costs more than they save. A worker that
 * cannot start or fails makes the whole build run on this thread instead.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { CorpusCollector, DEFAULT_MAX_FILE_BYTES, listCorpusFiles, readCorpusFile, type LoadOptions } from '../corpus/load.ts';
import type { Corpus } from '../corpus/types.ts';
import { Engine, type BuildTimings, type EngineOptions } from '../engine.ts';
import { assembleQuoteData, type ArticleQuotes } from '../quotes/index.ts';
import { groupStatements } from '../quotes/statements.ts';
import type { Quote } from '../quotes/types.ts';
import { SearchIndex } from '../search/index.ts';
import { mergeAcrossArticles } from '../timeline/events-merge.ts';
import { assembleEvents } from '../timeline/index.ts';
import type { TimelineEvent } from '../timeline/types.ts';
import type { ExtractJob, ExtractReply, ExtractRequest, FileParts } from './extract-parts.ts';
import { startWorker } from './start-worker.ts';

export interface ParallelOptions {
  /**
   * Worker threads; below 2, the build runs on this thread. Default: os.availableParallelism(),
   * unless the machine has no idle core (load average over cores - 1): then the workers would
   * only compete for the same cores and cost more CPU than they save (measured on a shared 2-core
   * machine: 79 s with two workers against 51 s on one thread at load 5), so one thread.
   */
  workers?: number;
  /**
   * Fewest files for which workers are started (default 500): each worker loads the engine's
   * modules and warms up (about a second), which a few hundred articles do not repay.
   */
  minFiles?: number;
}

export const DEFAULT_MIN_FILES = 500;
/** Most files per message: large enough that messages cost little, small enough to share the work evenly. */
const BATCH = 20;
/** Batches sent ahead to each worker, so it never waits for this thread (which is indexing meanwhile). */
const IN_FLIGHT = 2;

export interface BuiltCorpus {
  corpus: Corpus;
  engine: Engine;
  /** Milliseconds spent reading and parsing (single thread) or reading, parsing and extracting on the workers (wall). */
  load: number;
}

/** Loads a corpus folder and builds its engine, on worker threads when the corpus is large enough. */
export async function loadAndBuild(
  dir: string,
  options: LoadOptions & EngineOptions & { parallel?: ParallelOptions; logger?: { warn(obj: object, msg: string): void } } = {},
  timings: BuildTimings = {} as BuildTimings,
): Promise<BuiltCorpus> {
  const t0 = performance.now();
  const { abs, files } = await listCorpusFiles(dir);
  const workers = Math.min(options.parallel?.workers ?? defaultWorkers(), files.length);
  if (workers >= 2 && files.length >= (options.parallel?.minFiles ?? DEFAULT_MIN_FILES)) {
    const built = await buildOnWorkers(abs, files, workers, options, timings).catch((e: unknown) => {
      options.logger?.warn({ err: (e as Error).message }, 'the parallel build failed; building on the main thread');
      return null;
    });
    if (built) return built;
  }
  const collector = new CorpusCollector();
  for (const file of files) collector.add(await readCorpusFile(abs, file, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES));
  const corpus = collector.corpus(abs);
  const load = performance.now() - t0;
  return { corpus, engine: Engine.build(corpus, options, timings), load };
}

/** All cores when at least one is idle, else none (see ParallelOptions.workers). */
export function defaultWorkers(cores = os.availableParallelism(), load = os.loadavg()[0]!): number {
  return load > cores - 1 ? 1 : cores;
}

async function buildOnWorkers(abs: string, files: string[], count: number, options: LoadOptions & EngineOptions, timings: BuildTimings): Promise<BuiltCorpus> {
  const t0 = performance.now();
  const job: ExtractJob = { abs, maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  // a few batches per worker at least, so a small corpus (in tests) still spreads over them all
  const size = Math.max(1, Math.min(BATCH, Math.ceil(files.length / (count * 4))));
  const batches = Math.ceil(files.length / size);
  const collector = new CorpusCollector();
  const search = SearchIndex.builder();
  const quotes: ArticleQuotes[] = [];
  const events: TimelineEvent[][] = [];
  let searchMs = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const arrived = new Map<number, FileParts[]>();
      let sent = 0;
      let done = 0;
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      const send = (w: Worker) => {
        if (sent >= batches) return;
        const batch = sent++;
        w.postMessage({ batch, files: files.slice(batch * size, (batch + 1) * size) } satisfies ExtractRequest);
      };
      // Batches are taken in file order as soon as the next one is there: the corpus, the search
      // index and the parts grow in the order a single-thread build makes them.
      const collect = () => {
        for (let parts = arrived.get(done); parts; parts = arrived.get(done)) {
          arrived.delete(done++);
          const t = performance.now();
          for (const p of parts) {
            const article = collector.add(p.outcome);
            if (!article) continue;
            search.add(article);
            quotes.push(p.quotes!);
            events.push(p.events!);
          }
          searchMs += performance.now() - t;
        }
        if (done === batches) resolve();
      };
      for (let i = 0; i < count; i++) {
        const w = startWorker('src/build/extract-worker.ts', job);
        pool.push(w);
        w.on('message', (m: ExtractReply) => {
          if (failed || !('ready' in m || 'batch' in m)) return;
          if ('ready' in m) {
            for (let k = 0; k < IN_FLIGHT; k++) send(w);
            return;
          }
          if ('error' in m) return fail(new Error(`build worker failed: ${m.error}`));
          send(w);
          arrived.set(m.batch, m.results);
          collect();
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (done < batches) fail(new Error(`build worker exited (${code}) before the build was done`));
        });
      }
    });
    const corpus = collector.corpus(abs);
    const load = performance.now() - t0;
    // The two merges are independent: one worker groups the quotes into statements while this
    // thread places, sorts and merges the events.
    const t1 = performance.now();
    const quoteData = assembleQuoteData(corpus.articles, quotes);
    const t2 = performance.now();
    const merging = options.merge !== false; // off: every quote its own statement, events as extracted (bench)
    const grouping = merging ? statementsOn(pool[0]!, quoteData.quotes) : null;
    const extracted = assembleEvents(events);
    const t3 = performance.now();
    const merged = merging ? mergeAcrossArticles(extracted).events : extracted;
    if (grouping) quoteData.statement = await grouping.catch(() => groupStatements(quoteData.quotes));
    const t4 = performance.now();
    Object.assign(timings, { search: searchMs, quotes: t2 - t1, timeline: t3 - t2, merge: t4 - t3, extract: load, workers: count });
    const engine = Engine.assembled(corpus, { search: search.finish(), quotes: quoteData, events: merged }, extracted.length, options);
    return { corpus, engine, load };
  } finally {
    for (const w of pool) void w.terminate();
  }
}

/** Quotes grouped into statements on a worker (as groupStatements does). */
function statementsOn(worker: Worker, quotes: Quote[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ExtractReply) => {
      if ('statements' in m) resolve(m.statements);
      else if ('statementsError' in m) reject(new Error(m.statementsError));
      else return;
      worker.off('message', onMessage);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`build worker exited (${code}) before grouping the statements`)));
    worker.postMessage({ statementsOf: quotes } satisfies ExtractRequest);
  });
}
