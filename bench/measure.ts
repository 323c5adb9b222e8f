/**
 * One corpus size, in a process of its own (so peak RSS is this size's): cold build split by
 * stage, memory, latency of every command, raw minisearch side by side, then the event loop while
 * a reload runs and queries keep coming. Run by bench/run.ts; posts its figures over IPC.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { TIMELINE_EVENT_LIMIT } from '../src/discord/render/timeline.ts';
import { Engine } from '../src/engine.ts';
import { extractEvents } from '../src/timeline/index.ts';
import { CorpusStore } from '../src/store.ts';
import { makeQueries } from './queries.ts';
import { stats, type Latency } from './stats.ts';

export interface MeasureJob {
  label: string;
  dir: string;
  cacheDir: string;
  queries: number;
  /** Most seconds spent on one command's queries. */
  budget: number;
  seed: number;
  /** Whether to touch an article and reload (the reload-stall measurement). */
  reload: boolean;
  /** Whether to time the commands and raw minisearch (false: build, memory, restart and reload only). */
  latency?: boolean;
}

export interface MeasureResult {
  label: string;
  corpus: { articles: number; paragraphs: number; words: number; bytes: number; quotes: number; people: number; events: number };
  build: { fingerprint: number; load: number; search: number; quotes: number; timeline: number; total: number; save: number; indexBytes: number; merge?: number; workers?: number };
  /** One story, many sources: quotes and events before and after merging across articles (null when restored, not built). */
  merged?: { quotes: number; statements: number; eventsBefore: number; eventsAfter: number } | null;
  memory: { rssMB: number; heapUsedMB: number; peakRssMB: number };
  latency: Latency[];
  /**
   * One story, many sources: the same queries on the built engine and on one without merging (every quote its own
   * statement, events as extracted, no word-for-word folding), timed in turns so both see the same machine load.
   */
  mergeLatency?: { unmergedEvents: number; rows: Array<{ name: string; merged: Latency; unmerged: Latency }> };
  raw: { build: number; search: Latency };
  /** A query and its citations, after the reload: the restart must answer the same. */
  probe: { query: string; answer: string };
  reload: null | {
    unchangedMs: number;
    changedMs: number;
    source: string;
    thread: string;
    /** The reload's one synchronous step (search update applied, engine made), when it had one. */
    swapMs: number | null;
    maxStallMs: number;
    meanDelayMs: number;
    queriesDuring: number;
    queryP99Ms: number;
    peakRssMB: number;
  };
}

function time<T>(name: string, inputs: T[], budgetMs: number, f: (x: T) => unknown): Latency {
  for (const x of inputs.slice(0, Math.min(20, inputs.length))) f(x); // warm-up
  const samples: number[] = [];
  const started = performance.now();
  for (const x of inputs) {
    const t = performance.now();
    f(x);
    samples.push(performance.now() - t);
    if (performance.now() - started > budgetMs) break;
  }
  return stats(name, samples, inputs.length);
}

const mb = (n: number) => Math.round(n / 1024 / 1024);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Every command timed on one engine (in a function of its own: nothing here outlives it). */
function latencies(e: Engine, q: ReturnType<typeof makeQueries>, budget: number, queries: number): Latency[] {
  return [
    time('search', q.search, budget, (s) => e.search(s)),
    time('ask', q.ask, budget, (s) => e.ask(s)),
    time('who-said', q.whoSaid, budget, (s) => e.whoSaid(s)),
    time('quotes-by-speaker', q.speakers, budget, (s) => e.quotes(s)),
    time('autocomplete-people', q.prefixes, budget, (s) => e.suggestPeople(s)),
    // As Discord's /timeline asks: a page of TIMELINE_EVENT_LIMIT events and the total.
    time('timeline-whole', Array.from({ length: queries }, () => ({ limit: TIMELINE_EVENT_LIMIT })), budget, (f) => e.timeline(f)),
    time('timeline-filtered', q.timelineFiltered, budget, (f) => e.timeline({ ...f, limit: TIMELINE_EVENT_LIMIT })),
    // As the CLI asks: every event.
    time('timeline-whole-all', Array.from({ length: Math.min(queries, 200) }, () => ({})), budget, (f) => e.timeline(f)),
  ];
}

/** Two engines timed on the same inputs in turns (a, b, a, b...), so load on the machine falls on both alike. */
function timePair(name: string, inputs: unknown[], budgetMs: number, fa: (x: never) => unknown, fb: (x: never) => unknown): { name: string; merged: Latency; unmerged: Latency } {
  const [a, b] = [fa as (x: unknown) => unknown, fb as (x: unknown) => unknown];
  for (const x of inputs.slice(0, Math.min(20, inputs.length))) {
    a(x); // warm-up
    b(x);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  const started = performance.now();
  for (const [k, x] of inputs.entries()) {
    // Alternate which goes first: neither gains from the other's cache.
    const order = k % 2 ? [[b, sb], [a, sa]] as const : [[a, sa], [b, sb]] as const;
    for (const [f, samples] of order) {
      const t = performance.now();
      f(x);
      samples.push(performance.now() - t);
    }
    if (performance.now() - started > budgetMs) break;
  }
  return { name, merged: stats(name, sa, inputs.length), unmerged: stats(name, sb, inputs.length) };
}

/** Query latency with and without merging across articles (see MeasureResult.mergeLatency). */
function mergeLatency(e: Engine, q: ReturnType<typeof makeQueries>, budget: number, queries: number): NonNullable<MeasureResult['mergeLatency']> {
  const quotes = { ...e.parts.quotes, statement: e.parts.quotes.quotes.map((_, i) => i) };
  const events = extractEvents(e.corpus.articles);
  const plain = new Engine(e.corpus, { search: e.parts.search, quotes, events }, { merge: false }).warm();
  e.warm();
  const pair = (name: string, inputs: unknown[], f: (x: Engine, input: never) => unknown) =>
    timePair(name, inputs, budget, (x: never) => f(e, x), (x: never) => f(plain, x));
  const rows = [
    pair('search', q.search, (x, s: string) => x.search(s)),
    pair('ask', q.ask, (x, s: string) => x.ask(s)),
    pair('who-said', q.whoSaid, (x, s: string) => x.whoSaid(s)),
    pair('quotes-by-speaker', q.speakers, (x, s: string) => x.quotes(s)),
    pair('timeline-whole', Array.from({ length: queries }, () => ({ limit: TIMELINE_EVENT_LIMIT })), (x, f: { limit: number }) => x.timeline(f)),
    pair('timeline-filtered', q.timelineFiltered, (x, f: Parameters<Engine['timeline']>[0]) => x.timeline({ ...f, limit: TIMELINE_EVENT_LIMIT })),
  ];
  return { unmergedEvents: events.length, rows };
}

export async function measure(job: MeasureJob): Promise<MeasureResult> {
  rmSync(job.cacheDir, { recursive: true, force: true });
  const t0 = performance.now();
  const store = await CorpusStore.open(job.dir, { cacheDir: job.cacheDir, worker: true });
  const total = performance.now() - t0;
  const o = store.opened;
  let engine: Engine | null = store.engine;
  const merged = store.engine.merged;
  const engineStats = engine.stats;
  gc();
  const mem = process.memoryUsage();
  const memory = { rssMB: mb(mem.rss), heapUsedMB: mb(mem.heapUsed), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  const indexFile = readdirSync(job.cacheDir).find((f) => f.endsWith('.ndjson'));
  const indexBytes = indexFile ? readFileSync(path.join(job.cacheDir, indexFile)).length : 0;
  const paragraphs = engine.corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);

  const q = makeQueries(engine, job.queries, job.seed);
  const budget = job.budget * 1000;
  const timing = job.latency !== false;
  const latency = timing ? latencies(engine, q, budget, job.queries) : [];
  const withoutMerging = timing ? mergeLatency(engine, q, budget, job.queries) : undefined;
  gc();

  // The floor: minisearch with default options over the same paragraphs.
  const tr = performance.now();
  const raw = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
  if (timing) raw.addAll(paragraphs.map((text, id) => ({ id, text })));
  const rawBuild = performance.now() - tr;
  const rawSearch = time('raw-minisearch-search', timing ? q.search : [], budget, (s) => raw.search(s));
  raw.removeAll();

  // The reload below must not find the old engine kept alive by this function (the bot drops it at the swap).
  engine = null;
  void engine;
  let reload: MeasureResult['reload'] = null;
  if (job.reload) {
    // Steady state: the lazy indexes a first search makes (duplicates) made now, not inside the reload's window.
    store.engine.search(q.search[0] ?? 'government');
    const unchanged = await store.reload();
    const file = path.join(job.dir, readdirSync(job.dir).filter((f) => /\.(md|txt)$/.test(f)).sort()[0]!);
    // run.ts puts the article back before the next run; the saved index now matches the touched
    // corpus, which is what the restart measurement opens.
    appendFileSync(file, '\nA benchmark paragraph touched this article.\n');
    {
      const h = monitorEventLoopDelay({ resolution: 5 });
      const during: number[] = [];
      let i = 0;
      const probe = setInterval(() => {
        const t = performance.now();
        store.engine.search(q.search[i++ % q.search.length]!);
        during.push(performance.now() - t);
      }, 5);
      h.enable();
      const changed = await store.reload();
      h.disable();
      clearInterval(probe);
      const d = stats('during-reload', during, during.length);
      reload = {
        unchangedMs: unchanged.ms,
        changedMs: changed.ms,
        source: changed.source ?? '?',
        thread: changed.thread ?? '?',
        swapMs: changed.swapMs ?? null,
        maxStallMs: Math.round(h.max / 1e5) / 10,
        meanDelayMs: Number.isFinite(h.mean) ? Math.round(h.mean / 1e5) / 10 : 0,
        queriesDuring: during.length,
        queryP99Ms: d.p99,
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      };
    }
  }
  const probeQuery = q.search[0] ?? 'government';
  const probe = { query: probeQuery, answer: JSON.stringify(store.engine.search(probeQuery).results.map((r) => r.citation)) };
  return {
    probe,
    label: job.label,
    corpus: { articles: engineStats.articles, paragraphs: engineStats.paragraphs, words, bytes, quotes: engineStats.quotes, people: engineStats.people, events: engineStats.events },
    build: {
      fingerprint: o.fingerprint,
      load: o.load,
      search: o.timings?.search ?? 0,
      quotes: o.timings?.quotes ?? 0,
      timeline: o.timings?.timeline ?? 0,
      merge: o.timings?.merge ?? 0,
      ...(o.timings?.workers ? { workers: o.timings.workers } : {}),
      total,
      save: o.save,
      indexBytes,
    },
    merged,
    memory,
    latency,
    ...(withoutMerging ? { mergeLatency: withoutMerging } : {}),
    raw: { build: rawBuild, search: rawSearch },
    reload,
  };
}

if (process.send) {
  process.once('message', (job: MeasureJob) => {
    measure(job).then(
      (r) => process.send!({ ok: true, result: r }, () => process.exit(0)),
      (e: unknown) => process.send!({ ok: false, error: (e as Error).stack ?? String(e) }, () => process.exit(1)),
    );
  });
}
