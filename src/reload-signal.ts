/**
 * How a reload reaches every replica: each process reloads its corpus folder on SIGHUP. With the
 * corpus folder shared by the replicas (a volume or network mount), an operator (or a deploy
 * script) updates the files once and sends SIGHUP to every replica; each keeps answering from its
 * old index while it builds, and keeps it if the new files are unusable. See docs/deploy.md.
 */
import type { Logger } from 'pino';
import type { CorpusStore } from './store.ts';

/** Reloads `store` on each `signal`; returns a function that stops listening. */
export function reloadOnSignal(store: CorpusStore, log: Logger, signal: NodeJS.Signals = 'SIGHUP'): () => void {
  const onSignal = () => {
    log.info({ signal }, 'reload requested by signal');
    store.reload().then(
      (report) => {
        const summary = { ok: report.ok, added: report.added.length, changed: report.changed.length, removed: report.removed.length, problems: report.problems.length, ms: report.ms, articles: report.after.articles };
        if (report.ok) log.info(summary, 'corpus reloaded on signal');
        else log.warn({ ...summary, reason: report.message }, 'corpus not reloaded on signal; the corpus in use is kept');
      },
      (e: unknown) => log.error({ err: e }, 'corpus reload on signal failed'),
    );
  };
  process.on(signal, onSignal);
  return () => process.off(signal, onSignal);
}
