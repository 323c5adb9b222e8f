/**
 * Prometheus metrics (prom-client), one registry per bot or replica: answers per command and
 * outcome, answer latency, refusals by the rate limit, corpus size, reloads and their outcome,
 * plus the process's own (memory, CPU, event-loop lag). Served at GET /metrics by the HTTP
 * interactions endpoint, and in gateway mode on METRICS_PORT.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CorpusStore, ReloadReport } from './store.ts';

export type AnswerOutcome = 'answered' | 'failed' | 'refused';

export class Metrics {
  readonly registry = new Registry();
  readonly answers: Counter<'command' | 'outcome'>;
  readonly latency: Histogram<'command'>;
  readonly refusals: Counter<'scope' | 'source'>;
  readonly reloads: Counter<'outcome'>;
  private store: CorpusStore | null = null;

  constructor(options: { mode: 'gateway' | 'http'; defaults?: boolean }) {
    this.registry.setDefaultLabels({ mode: options.mode });
    if (options.defaults !== false) collectDefaultMetrics({ register: this.registry, prefix: 'storydesk_' });
    this.answers = new Counter({ name: 'storydesk_answers_total', help: 'Questions handled, by command (or "mention") and outcome', labelNames: ['command', 'outcome'], registers: [this.registry] });
    this.latency = new Histogram({
      name: 'storydesk_answer_seconds',
      help: 'Time from receiving a question to its answer being sent, by command',
      labelNames: ['command'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.refusals = new Counter({ name: 'storydesk_rate_limited_total', help: 'Questions refused by the rate limit, by bucket (member or server) and source (command or mention)', labelNames: ['scope', 'source'], registers: [this.registry] });
    this.reloads = new Counter({ name: 'storydesk_reloads_total', help: 'Corpus reloads by outcome (ok: the new corpus is in use; kept: the old one was kept; error: the reload threw)', labelNames: ['outcome'], registers: [this.registry] });
    const gauge = (name: string, help: string, read: (s: CorpusStore) => number) => {
      const g: Gauge = new Gauge({
        name,
        help,
        registers: [this.registry],
        collect: () => {
          if (this.store) g.set(read(this.store));
        },
      });
    };
    gauge('storydesk_corpus_articles', 'Articles in the corpus in use', (s) => s.engine.stats.articles);
    gauge('storydesk_corpus_paragraphs', 'Paragraphs in the corpus in use', (s) => s.engine.stats.paragraphs);
    gauge('storydesk_corpus_quotes', 'Quotes found in the corpus in use', (s) => s.engine.stats.quotes);
  }

  /** Reports the size of this store's corpus from now on. */
  watch(store: CorpusStore): void {
    this.store = store;
  }

  /** Times one question: call the returned function with its outcome when it is done. */
  start(command: string): (outcome: AnswerOutcome) => void {
    const end = this.latency.startTimer({ command });
    return (outcome) => {
      this.answers.inc({ command, outcome });
      if (outcome !== 'refused') end();
    };
  }

  reloaded(report: ReloadReport | null): void {
    this.reloads.inc({ outcome: report === null ? 'error' : report.ok ? 'ok' : 'kept' });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/**
 * Counts every reload of `store` (from /reload, the watcher, a signal or another shard), by
 * wrapping this instance's reload method: the store itself knows nothing of metrics.
 */
export function countReloads(store: CorpusStore, metrics: Metrics): void {
  const reload = store.reload.bind(store);
  store.reload = async () => {
    try {
      const report = await reload();
      metrics.reloaded(report);
      return report;
    } catch (e) {
      metrics.reloaded(null);
      throw e;
    }
  };
}
