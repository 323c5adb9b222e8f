/** CORPUS_WATCH: reloads the corpus when files in its folder change, once things have been quiet for a moment. */
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import type { CorpusStore, ReloadReport } from '../store.ts';

export interface CorpusWatcher {
  close(): void;
}

export function watchCorpus(store: CorpusStore, log: Logger, options: { debounceMs?: number; onReload?: (report: ReloadReport) => void } = {}): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 1000;
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  const reload = () => {
    timer = null;
    store.reload().then(
      (report) => {
        const summary = { ok: report.ok, added: report.added.length, changed: report.changed.length, removed: report.removed.length, problems: report.problems.length, ms: report.ms };
        if (report.ok) log.info(summary, 'corpus reloaded after a file change');
        else log.warn({ ...summary, reason: report.message }, 'corpus changed but was not reloaded');
        options.onReload?.(report);
      },
      (e: unknown) => log.error({ err: e }, 'corpus reload after a file change failed'),
    );
  };
  try {
    watcher = watch(store.dir, { persistent: false }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    });
    watcher.on('error', (e) => log.warn({ err: e }, 'corpus watch stopped'));
    log.info({ dir: store.dir }, 'watching the corpus folder for changes');
  } catch (e) {
    log.warn({ err: e, dir: store.dir }, 'cannot watch the corpus folder; use /reload');
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
    },
  };
}
