/**
 * The engine in use and its reloads. A reload reads the folder and makes the new engine aside; it
 * replaces the one in use in a single step, and only when the load gave articles. Concurrent
 * reloads share one run; questions asked meanwhile are answered by the old engine.
 *
 * With a worker (large corpora), the worker makes the story (quotes grouped into statements, events
 * merged across articles) and sends it with only the articles this thread lacks; this thread keeps
 * its unchanged articles, quotes and events (the same objects), re-indexes the changed articles'
 * paragraphs in its search index (search/update.ts) and makes the new engine's indexes in slices of
 * a few milliseconds, so neither a second full engine nor a long task is needed.
 */
import path from 'node:path';
import { fingerprintCorpus, type Fingerprint } from './cache/fingerprint.ts';
import { DEFAULT_CACHE_LIMITS, firstWarning, markUsed, pruneCache, removeIndex, type CacheLimits } from './cache/housekeeping.ts';
import { indexPath, readIndex, writeIndex, writeIndexAsync } from './cache/index-file.ts';
import { Reuse } from './cache/reuse.ts';
import { EngineAssembler, engineChunks } from './cache/serialize.ts';
import { buildInWorker } from './cache/worker-client.ts';
import { Duplicates } from './corpus/duplicates.ts';
import type { Article, LoadProblem } from './corpus/types.ts';
import { loadAndBuild, type ParallelOptions } from './build/parallel-build.ts';
import { loadCorpus, type LoadOptions } from './corpus/load.ts';
import { PeopleLookup } from './quotes/people-lookup.ts';
import { Engine, type BuildTimings, type EngineOptions, type EngineStats } from './engine.ts';
import { SearchIndex } from './search/index.ts';
import { prepareSearchUpdate } from './search/update.ts';

/** Where the store says what its persisted index did (hit, miss, rebuilt, not saved). */
export interface StoreLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface StoreOptions extends LoadOptions, EngineOptions {
  /** Folder of the persisted index; null or absent: no persisted index. */
  cacheDir?: string | null;
  /** How many index files, and how many bytes of them, the cache folder keeps (the most recently used). */
  cacheLimits?: CacheLimits;
  /** Build reloads in a worker thread (default true); off, or if the worker cannot start, they build in this thread. */
  worker?: boolean;
  /**
   * Smallest corpus (bytes of its files) reloaded in a worker (default 256 KiB): starting a worker
   * costs seconds (it loads the engine's modules), more than building a small corpus in place.
   */
  workerFromBytes?: number;
  logger?: StoreLogger;
  /** Build every lazy index of an engine before it serves (the bot: no slow first question). */
  warm?: boolean;
  /** The cold build's worker threads (src/build/parallel-build.ts): how many, and from what corpus size. */
  parallel?: ParallelOptions;
}

/** How the engine in use was made, and how long each stage took (ms). */
export interface OpenReport {
  source: 'cache' | 'build';
  /** Why the persisted index was not used, when it was not. */
  cacheMiss: string | null;
  fingerprint: number;
  load: number;
  restore: number;
  timings: BuildTimings | null;
  save: number;
  total: number;
}

export interface ReloadReport {
  /** Whether the new corpus is now in use. */
  ok: boolean;
  /** Why it was not swapped in, when ok is false. */
  message?: string;
  added: string[];
  changed: string[];
  removed: string[];
  problems: LoadProblem[];
  before: EngineStats;
  after: EngineStats;
  ms: number;
  /** Where the new engine came from: unchanged files (nothing to do), the persisted index, or a build. */
  source?: 'unchanged' | 'cache' | 'build';
  /** Where the new engine was restored or built: a worker thread, or the main thread (fallback, or worker: false). */
  thread?: 'worker' | 'main';
  /** With a worker: how long the one synchronous step took (search update applied, engine made and put in use), ms. */
  swapMs?: number;
}

const DEFAULT_WORKER_FROM_BYTES = 256 * 1024;

const quiet: StoreLogger = { info: () => {}, warn: () => {} };

export class CorpusStore {
  private current: Engine;
  private running: Promise<ReloadReport> | null = null;
  /** Fingerprint key of the files the engine in use was built from (null when unknown). */
  private key: string | null;
  private readonly log: StoreLogger;
  /** How open() made the first engine. */
  readonly opened: OpenReport;

  private constructor(
    readonly dir: string,
    private readonly options: StoreOptions,
    engine: Engine,
    key: string | null,
    opened: OpenReport,
  ) {
    this.current = options.warm ? engine.warm() : engine;
    this.key = key;
    this.log = options.logger ?? quiet;
    this.opened = opened;
  }

  /**
   * Loads and builds the corpus, or restores it from the persisted index when that was saved
   * for the very same files and engine; throws CorpusError when the folder is unusable.
   */
  static async open(dir: string, options: StoreOptions = {}): Promise<CorpusStore> {
    const log = options.logger ?? quiet;
    const t0 = performance.now();
    const fp = await fingerprintCorpus(dir, options.maxFileBytes, true);
    const t1 = performance.now();
    const report: OpenReport = { source: 'build', cacheMiss: null, fingerprint: t1 - t0, load: 0, restore: 0, timings: null, save: 0, total: 0 };
    const file = options.cacheDir && fp ? indexPath(options.cacheDir, dir) : null;
    if (file && fp) {
      const saved = readIndex(file, fp.key);
      if (saved.ok) {
        try {
          const assembler = new EngineAssembler(fp.key);
          for (const chunk of saved.chunks) assembler.add(chunk);
          const engine = assembler.engine(path.resolve(dir), options);
          report.source = 'cache';
          report.restore = performance.now() - t1;
          report.total = performance.now() - t0;
          CorpusStore.used(file, options);
          log.info({ file, articles: engine.stats.articles, ms: Math.round(report.total) }, 'corpus restored from the persisted index');
          return new CorpusStore(dir, options, engine, fp.key, report);
        } catch (e) {
          report.cacheMiss = `the saved index is damaged (${(e as Error).message})`;
          removeIndex(file);
        }
      } else {
        report.cacheMiss = saved.reason;
        // Never trusted, and not left to fail again: a damaged or foreign file goes.
        if (saved.corrupt) removeIndex(file);
      }
      // Stale (files or code changed) is routine; damaged or foreign is worth a warning.
      if (report.cacheMiss && /damaged|foreign|cannot read/.test(report.cacheMiss)) log.warn({ file, reason: report.cacheMiss }, 'persisted index not used; rebuilding');
      else if (report.cacheMiss && !/^no saved index/.test(report.cacheMiss)) log.info({ file, reason: report.cacheMiss }, 'persisted index not used; rebuilding');
    }
    const timings = {} as BuildTimings;
    // on worker threads when the corpus is large: load then holds the extraction too (timings.extract)
    const { engine, load } = await loadAndBuild(dir, options, timings);
    Object.assign(report, { load, timings });
    if (file && fp) report.save = CorpusStore.save(file, engine, fp, log, options);
    report.total = performance.now() - t0;
    return new CorpusStore(dir, options, engine, fp && matches(engine, fp) ? fp.key : null, report);
  }

  /**
   * Saves the engine as the persisted index of its files, then prunes the cache folder; a folder
   * that cannot be written is said once (the engine lives in memory), not fatal. Returns ms spent.
   */
  private static save(file: string, engine: Engine, fp: Fingerprint, log: StoreLogger, options: StoreOptions): number {
    const t = performance.now();
    // Files that changed between fingerprint and load would be saved under the wrong key: skip.
    if (!matches(engine, fp)) return 0;
    try {
      const bytes = writeIndex(file, engineChunks(engine, fp.key));
      log.info({ file, bytes }, 'persisted index saved');
      CorpusStore.used(file, options);
    } catch (e) {
      CorpusStore.cannotSave(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message, log);
    }
    return performance.now() - t;
  }

  /** An index was just saved or restored: mark it used and keep the cache folder within its caps. */
  private static used(file: string, options: StoreOptions): void {
    markUsed(file);
    const removed = pruneCache(path.dirname(file), file, options.cacheLimits ?? DEFAULT_CACHE_LIMITS);
    if (removed.length) (options.logger ?? quiet).info({ removed }, 'least recently used persisted indexes removed');
  }

  private static cannotSave(file: string, why: string, log: StoreLogger): void {
    if (firstWarning(path.dirname(file))) log.warn({ dir: path.dirname(file), err: why }, 'the cache folder cannot be written: the index is built in memory at each start (said once)');
  }

  /** The engine to answer with now. Hold it for one answer; do not keep it. */
  get engine(): Engine {
    return this.current;
  }

  /** Re-reads the folder; a run already going is shared rather than started again. */
  reload(): Promise<ReloadReport> {
    if (!this.running) {
      this.running = this.runReload().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async runReload(): Promise<ReloadReport> {
    const started = performance.now();
    // Only its figures: the engine in use is not held here past the swap (it is released then).
    const before = this.current.stats;
    const report = (fields: Partial<ReloadReport> & { ok: boolean }, after: EngineStats = before): ReloadReport => ({
      added: [],
      changed: [],
      removed: [],
      problems: [],
      before,
      after,
      ms: Math.round(performance.now() - started),
      ...fields,
    });
    const fp = await fingerprintCorpus(this.dir, this.options.maxFileBytes);
    if (fp && this.key !== null && fp.key === this.key) return report({ ok: true, source: 'unchanged' });
    let engine: Engine;
    const source: 'cache' | 'build' = 'build';
    let problems: LoadProblem[];
    const useWorker = this.options.worker !== false && (fp?.bytes ?? Infinity) >= (this.options.workerFromBytes ?? DEFAULT_WORKER_FROM_BYTES);
    const viaWorker = useWorker ? await this.reloadInWorker(fp) : null;
    if (viaWorker && 'report' in viaWorker) return report(viaWorker.report);
    if (viaWorker) {
      // The story came from the worker; the search index in use is re-indexed for the changed
      // articles only (aside, in slices), then switched over with the engine in one step.
      const { corpus, quotes, events } = viaWorker.story;
      const changes = diff(this.current, corpus.articles);
      // What the new engine would otherwise make in one go, made ahead in slices.
      const duplicates = await Duplicates.build(corpus.articles, turn);
      const people = await PeopleLookup.build(quotes.people, turn);
      const update = await prepareSearchUpdate(this.current.parts.search, corpus.articles, turn);
      const search = update ? null : await SearchIndex.buildAsync(corpus.articles, turn);
      // The swap: the prepared search update applied, the engine made and put in use, in one step.
      const t = performance.now();
      const next = new Engine(corpus, { search: search ?? update!.commit(), quotes, events }, this.options, people).withDuplicates(duplicates);
      this.current = this.options.warm ? next.warm() : next;
      const swapMs = Math.round(performance.now() - t);
      this.key = fp && matches(next, fp) ? fp.key : null;
      const result = report({ ok: true, ...changes, problems: corpus.problems, source: viaWorker.source, thread: 'worker', swapMs }, next.stats);
      if (viaWorker.source === 'build' && this.options.cacheDir && fp) await this.saveInSlices(indexPath(this.options.cacheDir, this.dir), next, fp);
      return { ...result, ms: Math.round(performance.now() - started) };
    }
    const old = this.current;
    {
      const cached = this.options.cacheDir ? indexPath(this.options.cacheDir, this.dir) : null;
      const saved = cached && fp ? readIndex(cached, fp.key) : null;
      if (cached && saved?.ok) {
        try {
          const assembler = new EngineAssembler(fp!.key);
          for (const chunk of saved.chunks) assembler.add(chunk);
          const restored = assembler.engine(path.resolve(this.dir), this.options);
          CorpusStore.used(cached, this.options);
          this.current = this.options.warm ? restored.warm() : restored;
          this.key = fp!.key;
          return report({ ok: true, ...diff(old, restored.corpus.articles), problems: restored.corpus.problems, source: 'cache', thread: 'main' }, restored.stats);
        } catch (e) {
          this.log.warn({ err: (e as Error).message }, 'the persisted index is damaged; rebuilding');
          removeIndex(cached);
        }
      } else if (cached && saved && !saved.ok && saved.corrupt) {
        removeIndex(cached);
      }
      let corpus;
      try {
        corpus = await loadCorpus(this.dir, this.options);
      } catch (e) {
        return report({ ok: false, message: `${(e as Error).message}. The corpus in use is kept.` });
      }
      if (corpus.articles.length === 0) {
        const why = corpus.problems.length ? 'no file in it could be loaded' : 'it holds no article files';
        return report({ ok: false, message: `The corpus folder was not reloaded: ${why}. The corpus in use is kept.`, problems: corpus.problems });
      }
      try {
        engine = Engine.build(corpus, this.options);
      } catch (e) {
        return report({ ok: false, message: `Building the new index failed (${(e as Error).message}). The corpus in use is kept.`, problems: corpus.problems });
      }
      problems = corpus.problems;
      if (this.options.cacheDir && fp) CorpusStore.save(indexPath(this.options.cacheDir, this.dir), engine, fp, this.log, this.options);
    }
    this.current = this.options.warm ? engine.warm() : engine;
    this.key = fp && matches(engine, fp) ? fp.key : null;
    return report({ ok: true, ...diff(old, engine.corpus.articles), problems, source, thread: 'main' }, engine.stats);
  }

  /** Saves the engine's index from this thread, a few milliseconds at a time (after a reload's swap). */
  private async saveInSlices(file: string, engine: Engine, fp: Fingerprint): Promise<void> {
    if (!matches(engine, fp)) return;
    try {
      const bytes = await writeIndexAsync(file, engineChunks(engine, fp.key), turn);
      this.log.info({ file, bytes }, 'persisted index saved');
      CorpusStore.used(file, this.options);
    } catch (e) {
      CorpusStore.cannotSave(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message, this.log);
    }
  }

  /**
   * The new corpus's story (articles, quotes, events) made in a worker thread (restored from the
   * persisted index or built there), assembled here chunk by chunk so the event loop keeps
   * turning; articles this engine holds unchanged are reused, not sent. A report when the folder
   * gave nothing to swap in; null when the worker could not do the job (the caller then builds in
   * this thread).
   */
  private async reloadInWorker(fp: Fingerprint | null): Promise<{ story: ReturnType<EngineAssembler['story']>; source: 'cache' | 'build' } | { report: Partial<ReloadReport> & { ok: boolean } } | null> {
    const held = this.current.corpus.articles;
    const known: Record<string, string> = {};
    for (const a of held) known[a.file] = a.hash;
    const assembler = new EngineAssembler(fp?.key ?? '', new Map(held.map((a) => [a.file, a])));
    // While the worker starts and builds: the quotes and events in use indexed, to be shared.
    const { quotes, events } = this.current.parts;
    void Reuse.from([quotes.quotes, quotes.unattributed ?? []], events, turn).then((r) => {
      assembler.reuse = r;
    });
    let outcome;
    try {
      outcome = await buildInWorker(
        { dir: this.dir, ...(this.options.maxFileBytes === undefined ? {} : { maxFileBytes: this.options.maxFileBytes }), cacheDir: this.options.cacheDir ?? null, key: fp?.key ?? null, hashes: fp?.hashes ?? null, known, merge: this.options.merge !== false },
        (chunk) => assembler.add(chunk),
      );
    } catch (e) {
      this.log.warn({ err: (e as Error).message }, 'reload worker failed; building in the main thread');
      return null;
    }
    if (outcome.type === 'error') {
      if (outcome.corpus) return { report: { ok: false, message: `${outcome.message}. The corpus in use is kept.` } };
      return { report: { ok: false, message: `Building the new index failed (${outcome.message}). The corpus in use is kept.` } };
    }
    if (outcome.type === 'empty') {
      const why = outcome.problems.length ? 'no file in it could be loaded' : 'it holds no article files';
      return { report: { ok: false, message: `The corpus folder was not reloaded: ${why}. The corpus in use is kept.`, problems: outcome.problems } };
    }
    const file = this.options.cacheDir ? indexPath(this.options.cacheDir, this.dir) : null;
    if (outcome.note) this.log.warn({ reason: outcome.note }, 'persisted index');
    if (file && outcome.source === 'cache') CorpusStore.used(file, this.options);
    try {
      return { story: assembler.story(path.resolve(this.dir)), source: outcome.source };
    } catch (e) {
      this.log.warn({ err: (e as Error).message }, 'the reload worker sent a damaged index; building in the main thread');
      return null;
    }
  }
}

/** One turn of the event loop. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Articles added, changed and removed from one engine to the next. */
function diff(old: Engine, next: Article[]): { added: string[]; changed: string[]; removed: string[] } {
  const before = new Map(old.corpus.articles.map((a) => [a.id, a.hash]));
  const after = new Map(next.map((a) => [a.id, a.hash]));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    changed: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
  };
}

/** Whether the engine was built from exactly the files the fingerprint read. */
function matches(engine: Engine, fp: Fingerprint): boolean {
  return engine.corpus.articles.every((a) => fp.hashes[a.file] === a.hash);
}
