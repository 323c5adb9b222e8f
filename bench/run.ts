/**
 * `npm run bench`: speed and memory of Storydesk on the bundled corpus and on generated corpora
 * of 1,000 and 10,000 articles. Each size runs in a child process of its own (peak RSS is that
 * size's), then a second child restarts from the persisted index.
 *
 *   tsx bench/run.ts [--sizes bundled,1000,10000] [--queries 1000] [--budget 30] [--seed N] [--json]
 *
 * --budget caps the seconds spent timing one command at one size (the count timed is reported).
 * With --json the table also goes to .cache/bench/last-table.txt.
 */
import { fork } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusGenerator, DEFAULT_SEED, writeCorpus } from './generate.ts';
import type { MeasureJob, MeasureResult } from './measure.ts';
import type { RestartResult } from './restart.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.cache', 'bench');

function child<T>(script: string, message: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = fork(path.join(import.meta.dirname, script), [], { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let done = false;
    p.on('message', (m: { ok: boolean; result?: T; error?: string }) => {
      done = true;
      if (m.ok) resolve(m.result as T);
      else reject(new Error(m.error));
    });
    p.on('exit', (code) => {
      if (!done) reject(new Error(`${script} exited with ${code}`));
    });
    p.send(message);
  });
}

interface SizeReport {
  size: string;
  measure: MeasureResult;
  restart: RestartResult & { sameAnswer: boolean };
}

async function prepare(size: string, seed: number): Promise<string> {
  if (size === 'bundled') {
    const dir = path.join(WORK, 'corpus-bundled');
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(ROOT, 'corpus'), dir, { recursive: true });
    return dir;
  }
  const n = Number(size);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad size "${size}": use bundled or a number of articles`);
  const dir = path.join(WORK, `corpus-${n}-${seed}`);
  await writeCorpus(dir, n, seed);
  // The reload measurement touches the first article: put it back as generated.
  const first = new CorpusGenerator(seed).article(0);
  writeFileSync(path.join(dir, first.file), first.content);
  return dir;
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(reports: SizeReport[], machine: object): string {
  const out: string[] = [];
  out.push(`Storydesk benchmark — ${JSON.stringify(machine)}`);
  for (const { size, measure: m, restart: r } of reports) {
    const c = m.corpus;
    out.push('');
    out.push(`== ${size}: ${c.articles} articles, ${c.paragraphs} paragraphs, ${c.words} words, ${(c.bytes / 1e6).toFixed(1)} MB text; ${c.quotes} quotes, ${c.people} people, ${c.events} events`);
    const b = m.build;
    out.push(`build (cold): total ${s(b.total)} = fingerprint ${s(b.fingerprint)} + read/parse ${s(b.load)} + search index ${s(b.search)} + quotes ${s(b.quotes)} + timeline ${s(b.timeline)} + save index ${s(b.save)} (${(b.indexBytes / 1e6).toFixed(1)} MB)`);
    if (m.merged) {
      const x = m.merged;
      const share = b.total ? ` (${((100 * (b.merge ?? 0)) / b.total).toFixed(1)}% of the build)` : '';
      out.push(`merged across articles in ${s(b.merge ?? 0)}${share}: quotes ${x.quotes} -> ${x.statements} statements, events ${x.eventsBefore} -> ${x.eventsAfter}`);
    }
    out.push(`memory after build: RSS ${m.memory.rssMB} MB, heap used ${m.memory.heapUsedMB} MB, peak RSS ${m.memory.peakRssMB} MB`);
    out.push(`restart from persisted index: ${r.source}, open ${s(r.openMs)} (fingerprint ${s(r.fingerprintMs)}, restore ${s(r.restoreMs)}), ready ${s(r.readyMs)} after process start, RSS ${r.rssMB} MB, same answers: ${r.sameAnswer}`);
    if (m.reload) {
      const x = m.reload;
      out.push(`reload: unchanged ${x.unchangedMs} ms; one article touched ${s(x.changedMs)} (${x.source} in ${x.thread} thread); longest event-loop stall ${x.maxStallMs} ms (mean delay ${x.meanDelayMs} ms); ${x.queriesDuring} queries answered meanwhile, p99 ${fmt(x.queryP99Ms)} ms; peak RSS ${x.peakRssMB} MB`);
    }
    out.push('command                      p50      p95      p99      max      n');
    const row = (l: { name: string; p50: number; p95: number; p99: number; max: number; n: number; asked: number }) =>
      `${l.name.padEnd(24)} ${fmt(l.p50).padStart(8)} ${fmt(l.p95).padStart(8)} ${fmt(l.p99).padStart(8)} ${fmt(l.max).padStart(8)} ${String(l.n).padStart(6)}${l.n < l.asked ? ` of ${l.asked} (time budget)` : ''}`;
    for (const l of m.latency) out.push(row(l));
    out.push(row(m.raw.search));
    const ours = m.latency[0]!;
    out.push(`search ours/raw minisearch: p50 ${(ours.p50 / m.raw.search.p50).toFixed(2)}x, p95 ${(ours.p95 / m.raw.search.p95).toFixed(2)}x, p99 ${(ours.p99 / m.raw.search.p99).toFixed(2)}x (raw build ${s(m.raw.build)})`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'bundled,1000,10000' },
      queries: { type: 'string', default: '1000' },
      budget: { type: 'string', default: '30' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      json: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  const sizes = values.sizes.split(',').map((x) => x.trim()).filter(Boolean);
  mkdirSync(WORK, { recursive: true });
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavgAtStart: os.loadavg().map((x) => Math.round(x * 10) / 10),
  };
  const reports: SizeReport[] = [];
  for (const size of sizes) {
    const dir = await prepare(size, seed);
    const cacheDir = path.join(WORK, `index-${size}`);
    if (!values.json) process.stderr.write(`bench: ${size} (corpus ${dir})...\n`);
    const job: MeasureJob = { label: size, dir, cacheDir, queries: Number(values.queries), budget: Number(values.budget), seed, reload: true };
    const measure = await child<MeasureResult>('measure.ts', job);
    const restart = await child<RestartResult>('restart.ts', { dir, cacheDir, query: measure.probe.query });
    reports.push({ size, measure, restart: { ...restart, sameAnswer: restart.answer === measure.probe.answer } });
  }
  const loadavgAtEnd = os.loadavg().map((x) => Math.round(x * 10) / 10);
  if (values.json) {
    const doc = {
      machine: { ...machine, loadavgAtEnd },
      corpus: Object.fromEntries(reports.map((r) => [r.size, r.measure.corpus])),
      sizes: reports.map((r) => r.size),
      results: reports.flatMap((r) => [...r.measure.latency, r.measure.raw.search].map((l) => ({ ...l, name: `${l.name}@${r.size}`, size: r.size }))),
      build: Object.fromEntries(reports.map((r) => [r.size, r.measure.build])),
      memory: Object.fromEntries(reports.map((r) => [r.size, r.measure.memory])),
      restart: Object.fromEntries(reports.map((r) => [r.size, (({ answer: _a, ...rest }) => rest)(r.restart)])),
      reload: Object.fromEntries(reports.map((r) => [r.size, r.measure.reload])),
      raw: Object.fromEntries(reports.map((r) => [r.size, { build: r.measure.raw.build, ratio: { p50: r.measure.latency[0]!.p50 / r.measure.raw.search.p50, p95: r.measure.latency[0]!.p95 / r.measure.raw.search.p95, p99: r.measure.latency[0]!.p99 / r.measure.raw.search.p99 } }])),
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    writeFileSync(path.join(WORK, 'last-table.txt'), `${table(reports, { ...machine, loadavgAtEnd })}\n`);
  } else {
    process.stdout.write(`${table(reports, { ...machine, loadavgAtEnd })}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
