/**
 * `npm run bench`: speed and memory of Storydesk on the bundled corpus and on generated corpora
 * of 1,000 and 10,000 articles. Each size runs in a child process of its own (peak RSS is that
 * size's), then a second child restarts from the persisted index.
 *
 *   tsx bench/run.ts [--sizes bundled,1000,10000] [--queries 1000] [--budget 30] [--seed N] [--json]
 *                    [--targets-only] [--cli-rounds 5]
 *
 * --targets-only skips the per-command latencies and raw minisearch: build, memory, restart and
 * reload only (the 10,000-article targets), plus the whole-process CLI calls (bench/cli.ts).
 * --cli-rounds 0 skips the CLI calls.
 * --budget caps the seconds spent timing one command at one size (the count timed is reported).
 * With --json the table also goes to .cache/bench/last-table.txt.
 */
import { fork } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureCli, type CliResult } from './cli.ts';
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
  /** Load average (1 min) when this size started and ended: the machine is shared. */
  load: [number, number];
}

const load1 = () => Math.round((os.loadavg()[0] ?? 0) * 10) / 10;

interface Target {
  what: string;
  target: string;
  figure: string;
  met: boolean | null;
}

/** The scale targets (issue 13) against this run's figures; null where the run did not measure it. */
function targets(reports: SizeReport[], cli: CliResult | null): Target[] {
  const out: Target[] = [];
  if (cli) {
    out.push({ what: 'CLI call, bundled corpus, index cached (whole process, p50 wall)', target: '≤ 0.5 s', figure: `${(cli.all.p50 / 1000).toFixed(2)} s (max ${(cli.all.max / 1000).toFixed(2)}; CPU p50 ${cli.cpu ? (cli.cpu.p50 / 1000).toFixed(2) : '?'} s; load ${cli.loadavg[0]}-${cli.loadavg[3]})`, met: cli.all.p50 <= 500 });
  }
  const big = reports.find((r) => r.size === '10000');
  if (big) {
    const { measure: m, restart: r } = big;
    const load = ` (load ${big.load[0]}-${big.load[1]})`;
    out.push({ what: 'restart from the persisted index (CorpusStore.open), 10,000', target: '≤ 5 s', figure: `${s(r.openMs)}${load}`, met: r.source === 'cache' ? r.openMs <= 5000 : null });
    out.push({ what: 'cold build, 10,000', target: '≤ 30 s', figure: `${s(m.build.total)}${load}`, met: m.build.total <= 30_000 });
    if (m.reload) {
      out.push({ what: 'longest event-loop stall during a reload, 10,000', target: '≤ 50 ms', figure: `${m.reload.maxStallMs} ms${load}`, met: m.reload.maxStallMs <= 50 });
      const ratio = m.reload.peakRssMB / m.memory.rssMB;
      out.push({ what: 'peak RSS during a reload / steady RSS, 10,000', target: '≤ 1.5x', figure: `${m.reload.peakRssMB} / ${m.memory.rssMB} MB = ${ratio.toFixed(2)}x`, met: ratio <= 1.5 });
    }
  }
  return out;
}

function targetTable(list: Target[]): string {
  if (!list.length) return '';
  const rows = list.map((t) => `| ${t.what} | ${t.target} | ${t.figure} | ${t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'} |`);
  return ['', 'Targets', '', '| target | goal | figure | met? |', '|---|---|---|---|', ...rows].join('\n');
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

function table(reports: SizeReport[], machine: object, cli: CliResult | null): string {
  const out: string[] = [];
  out.push(`Storydesk benchmark — ${JSON.stringify(machine)}`);
  if (cli) {
    out.push('');
    out.push(`== CLI, whole process (node bin/storydesk.mjs <command> --json), bundled corpus, index cached, ${cli.rounds} rounds; load average ${cli.loadavg.slice(0, 3).join(' ')} -> ${cli.loadavg.slice(3).join(' ')}`);
    out.push(`all calls: p50 ${fmt(cli.all.p50)} ms, p95 ${fmt(cli.all.p95)} ms, max ${fmt(cli.all.max)} ms${cli.cpu ? `; CPU per call p50 ${fmt(cli.cpu.p50)} ms, max ${fmt(cli.cpu.max)} ms` : ''}`);
    out.push(cli.perCommand.map((c) => `${c.name.replace(/^cli /, '')} ${fmt(c.p50)}`).join(', ') + ' ms (p50)');
    out.push(`npm run --silent cli -- search ...: p50 ${fmt(cli.npm.p50)} ms (npm's own start included)`);
  }
  for (const rep of reports) {
    const { size, measure: m, restart: r } = rep;
    const c = m.corpus;
    out.push('');
    out.push(`== ${size} (load average ${rep.load[0]} -> ${rep.load[1]}): ${c.articles} articles, ${c.paragraphs} paragraphs, ${c.words} words, ${(c.bytes / 1e6).toFixed(1)} MB text; ${c.quotes} quotes, ${c.people} people, ${c.events} events`);
    const b = m.build;
    if (b.workers) {
      // parallel build (src/build/): the workers' read/parse/extract and this thread's search indexing overlap
      out.push(`build (cold, ${b.workers} worker threads): total ${s(b.total)} = fingerprint ${s(b.fingerprint)} + read/parse/extract on the workers ${s(b.load)} (search indexed meanwhile: ${s(b.search)} of it) + quotes assembly ${s(b.quotes)} + events assembly ${s(b.timeline)} + merge ${s(b.merge ?? 0)} + save index ${s(b.save)} (${(b.indexBytes / 1e6).toFixed(1)} MB)`);
    } else {
      out.push(`build (cold): total ${s(b.total)} = fingerprint ${s(b.fingerprint)} + read/parse ${s(b.load)} + search index ${s(b.search)} + quotes ${s(b.quotes)} + timeline ${s(b.timeline)} + save index ${s(b.save)} (${(b.indexBytes / 1e6).toFixed(1)} MB)`);
    }
    if (m.merged) {
      const x = m.merged;
      const share = b.total ? ` (${((100 * (b.merge ?? 0)) / b.total).toFixed(1)}% of the build)` : '';
      out.push(`merged across articles in ${s(b.merge ?? 0)}${share}: quotes ${x.quotes} -> ${x.statements} statements, events ${x.eventsBefore} -> ${x.eventsAfter}`);
    }
    out.push(`memory after build: RSS ${m.memory.rssMB} MB, heap used ${m.memory.heapUsedMB} MB, peak RSS ${m.memory.peakRssMB} MB`);
    out.push(`restart from persisted index: ${r.source}, open ${s(r.openMs)} (fingerprint ${s(r.fingerprintMs)}, restore ${s(r.restoreMs)}), ready ${s(r.readyMs)} after process start, RSS ${r.rssMB} MB, same answers: ${r.sameAnswer}`);
    if (m.reload) {
      const x = m.reload;
      out.push(`reload: unchanged ${x.unchangedMs} ms; one article touched ${s(x.changedMs)} (${x.source} in ${x.thread} thread${x.swapMs === null ? '' : `, swap ${x.swapMs} ms`}); longest event-loop stall ${x.maxStallMs} ms (mean delay ${x.meanDelayMs} ms); ${x.queriesDuring} queries answered meanwhile, p99 ${fmt(x.queryP99Ms)} ms; peak RSS ${x.peakRssMB} MB`);
    }

    const row = (l: { name: string; p50: number; p95: number; p99: number; max: number; n: number; asked: number }) =>
      `${l.name.padEnd(24)} ${fmt(l.p50).padStart(8)} ${fmt(l.p95).padStart(8)} ${fmt(l.p99).padStart(8)} ${fmt(l.max).padStart(8)} ${String(l.n).padStart(6)}${l.n < l.asked ? ` of ${l.asked} (time budget)` : ''}`;
    if (!m.latency.length) continue;
    out.push('command                      p50      p95      p99      max      n');
    for (const l of m.latency) out.push(row(l));
    out.push(row(m.raw.search));
    const ours = m.latency[0]!;
    out.push(`search ours/raw minisearch: p50 ${(ours.p50 / m.raw.search.p50).toFixed(2)}x, p95 ${(ours.p95 / m.raw.search.p95).toFixed(2)}x, p99 ${(ours.p99 / m.raw.search.p99).toFixed(2)}x (raw build ${s(m.raw.build)})`);
    if (m.mergeLatency) {
      const ml = m.mergeLatency;
      out.push(`query latency with / without merging across articles (the same queries in turns; without merging: ${c.quotes} statements, ${ml.unmergedEvents} events, no "also" folding):`);
      out.push('command                  merged p50      p95  without p50      p95   p50 ratio');
      for (const r of ml.rows) {
        out.push(`${r.name.padEnd(24)} ${fmt(r.merged.p50).padStart(10)} ${fmt(r.merged.p95).padStart(8)} ${fmt(r.unmerged.p50).padStart(12)} ${fmt(r.unmerged.p95).padStart(8)} ${(r.merged.p50 / (r.unmerged.p50 || 1e-9)).toFixed(2).padStart(10)}x  (n ${r.merged.n})`);
      }
    }
  }
  out.push(targetTable(targets(reports, cli)));
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
      'targets-only': { type: 'boolean', default: false },
      'cli-rounds': { type: 'string', default: '5' },
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
  const cliRounds = Number(values['cli-rounds']);
  if (cliRounds > 0 && !values.json) process.stderr.write(`bench: CLI calls (${cliRounds} rounds)...\n`);
  const cli = cliRounds > 0 ? measureCli({ root: ROOT, rounds: cliRounds }) : null;
  const reports: SizeReport[] = [];
  for (const size of sizes) {
    const loadBefore = load1();
    const dir = await prepare(size, seed);
    const cacheDir = path.join(WORK, `index-${size}`);
    if (!values.json) process.stderr.write(`bench: ${size} (corpus ${dir})...\n`);
    const job: MeasureJob = { label: size, dir, cacheDir, queries: Number(values.queries), budget: Number(values.budget), seed, reload: true, latency: !values['targets-only'] };
    const measure = await child<MeasureResult>('measure.ts', job);
    const restart = await child<RestartResult>('restart.ts', { dir, cacheDir, query: measure.probe.query });
    reports.push({ size, measure, restart: { ...restart, sameAnswer: restart.answer === measure.probe.answer }, load: [loadBefore, load1()] });
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
      mergeLatency: Object.fromEntries(reports.map((r) => [r.size, r.measure.mergeLatency ?? null])),
      raw: Object.fromEntries(reports.filter((r) => r.measure.latency.length).map((r) => [r.size, { build: r.measure.raw.build, ratio: { p50: r.measure.latency[0]!.p50 / r.measure.raw.search.p50, p95: r.measure.latency[0]!.p95 / r.measure.raw.search.p95, p99: r.measure.latency[0]!.p99 / r.measure.raw.search.p99 } }])),
      load: Object.fromEntries(reports.map((r) => [r.size, r.load])),
      cli,
      targets: targets(reports, cli),
    };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    writeFileSync(path.join(WORK, 'last-table.txt'), `${table(reports, { ...machine, loadavgAtEnd }, cli)}\n`);
  } else {
    process.stdout.write(`${table(reports, { ...machine, loadavgAtEnd }, cli)}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
