/**
 * The engine in use and its reloads. A reload reads the folder and builds a fresh engine aside;
 * it replaces the one in use in a single assignment, and only when the load gave articles.
 * Concurrent reloads share one run; questions asked meanwhile are answered by the old engine.
 */
import type { LoadProblem } from './corpus/types.ts';
import { loadCorpus, type LoadOptions } from './corpus/load.ts';
import { Engine, type EngineOptions, type EngineStats } from './engine.ts';

export interface StoreOptions extends LoadOptions, EngineOptions {}

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
}

export class CorpusStore {
  private current: Engine;
  private running: Promise<ReloadReport> | null = null;

  private constructor(
    readonly dir: string,
    private readonly options: StoreOptions,
    engine: Engine,
  ) {
    this.current = engine;
  }

  /** Loads and builds the corpus; throws CorpusError when the folder is unusable. */
  static async open(dir: string, options: StoreOptions = {}): Promise<CorpusStore> {
    const corpus = await loadCorpus(dir, options);
    return new CorpusStore(dir, options, Engine.build(corpus, options));
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
    const old = this.current;
    const report = (fields: Partial<ReloadReport> & { ok: boolean }, after: EngineStats = old.stats): ReloadReport => ({
      added: [],
      changed: [],
      removed: [],
      problems: [],
      before: old.stats,
      after,
      ms: Math.round(performance.now() - started),
      ...fields,
    });
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
    let engine: Engine;
    try {
      engine = Engine.build(corpus, this.options);
    } catch (e) {
      return report({ ok: false, message: `Building the new index failed (${(e as Error).message}). The corpus in use is kept.`, problems: corpus.problems });
    }
    const before = new Map(old.corpus.articles.map((a) => [a.id, a.hash]));
    const after = new Map(corpus.articles.map((a) => [a.id, a.hash]));
    const added = [...after.keys()].filter((id) => !before.has(id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const changed = [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id));
    this.current = engine;
    return report({ ok: true, added, changed, removed, problems: corpus.problems }, engine.stats);
  }
}
