/**
 * A restart: a fresh process opens the corpus with the persisted index in place. Reports the
 * store's open time and the time from process start to ready (module loading included).
 */
import { CorpusStore } from '../src/store.ts';

export interface RestartResult {
  source: string;
  openMs: number;
  /** From process start (before module loading) to a store ready to answer. */
  readyMs: number;
  fingerprintMs: number;
  restoreMs: number;
  rssMB: number;
  articles: number;
  answer: string;
}

if (process.send) {
  process.once('message', (job: { dir: string; cacheDir: string; query: string }) => {
    const t = performance.now();
    CorpusStore.open(job.dir, { cacheDir: job.cacheDir }).then(
      (store) => {
        const ready = performance.now();
        const result: RestartResult = {
          source: store.opened.source,
          openMs: ready - t,
          readyMs: ready,
          fingerprintMs: store.opened.fingerprint,
          restoreMs: store.opened.restore,
          rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
          articles: store.engine.stats.articles,
          answer: JSON.stringify(store.engine.search(job.query).results.map((r) => r.citation)),
        };
        process.send!({ ok: true, result }, () => process.exit(0));
      },
      (e: unknown) => process.send!({ ok: false, error: (e as Error).stack ?? String(e) }, () => process.exit(1)),
    );
  });
}
