/**
 * One cold build of a corpus folder, timed by stage, with a fingerprint of what it made: a sha256
 * of every part of the persisted index (articles, each quote list, events, search postings), so a
 * change meant to make the build faster can be checked to make the very same engine.
 *
 *   tsx bench/build-check.ts DIR [--save hashes.json] [--compare hashes.json]
 *
 * --save writes the hashes; --compare reads hashes saved before and exits 1 when a part differs.
 * --workers N (1: this thread only) and --min-files N choose the parallel build; --threads prints
 * the CPU time of each thread (Linux). Run it under
 * `node --cpu-prof --import tsx` to profile the build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { engineChunks } from '../src/cache/serialize.ts';
import { loadAndBuild } from '../src/build/parallel-build.ts';
import type { BuildTimings } from '../src/engine.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { save: { type: 'string' }, compare: { type: 'string' }, workers: { type: 'string' }, threads: { type: 'boolean' }, 'min-files': { type: 'string' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: tsx bench/build-check.ts DIR [--save hashes.json] [--compare hashes.json]');
  process.exit(2);
}

// CPU of each thread (Linux: /proc/self/task), sampled while the build runs: where the work went.
const threadCpu = new Map<string, number>();
const sampleThreads = () => {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      threadCpu.set(`${name}#${tid}`, (Number(f[11]) + Number(f[12])) * 10);
    }
  } catch {
    // not Linux, or a thread ended meanwhile
  }
};
const sampler = values.threads ? setInterval(sampleThreads, 250) : null;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const timings = {} as BuildTimings;
const parallel = { ...(values.workers ? { workers: Number(values.workers) } : {}), ...(values['min-files'] ? { minFiles: Number(values['min-files']) } : {}) };
const { corpus, engine, load } = await loadAndBuild(dir, { parallel }, timings);
const t1 = t0 + load;
const t2 = performance.now();

const cpuMs = () => {
  const c = process.cpuUsage(cpu0);
  return (c.user + c.system) / 1000;
};
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const extra = Object.entries(timings)
  .filter(([k]) => !['search', 'quotes', 'timeline', 'merge', 'workers'].includes(k))
  .map(([k, v]) => `${k} ${s(v as number)}`)
  .join(', ');
console.log(
  `${corpus.articles.length} articles: ${timings.workers ? `read/parse/extract on ${timings.workers} workers, search indexed meanwhile` : 'read/parse'} ${s(t1 - t0)}, build ${s(t2 - t1)} = search ${s(timings.search)} + quotes ${s(timings.quotes)} + timeline ${s(timings.timeline)} + merge ${s(timings.merge)}${extra ? ` (${extra})` : ''}; total ${s(t2 - t0)}, CPU ${s(cpuMs())} (all threads); load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
);

// A hash per kind of chunk: a difference then says which part changed.
const hashes: Record<string, ReturnType<typeof createHash>> = {};
for (const chunk of engineChunks(engine, 'check')) {
  const kind = /^\{"t":"([^"]+)"(?:,"key":"([^"]+)")?/.exec(chunk);
  const name = kind ? (kind[2] ? `${kind[1]}:${kind[2]}` : kind[1]!) : 'other';
  (hashes[name] ??= createHash('sha256')).update(chunk).update('\n');
}
const digest = Object.fromEntries(Object.entries(hashes).map(([k, h]) => [k, h.digest('hex')]));
if (sampler) {
  clearInterval(sampler);
  sampleThreads();
  console.log([...threadCpu].filter(([, ms]) => ms >= 200).map(([t, ms]) => `${t} ${s(ms)}`).join(', '));
}
console.log(`quotes ${engine.stats.quotes}, people ${engine.stats.people}, events ${engine.stats.events}, paragraphs ${engine.stats.paragraphs}`);
if (values.save) writeFileSync(values.save, JSON.stringify(digest, null, 1));
if (values.compare) {
  const before = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, string>;
  const names = new Set([...Object.keys(before), ...Object.keys(digest)]);
  const differ = [...names].filter((k) => before[k] !== digest[k]);
  console.log(differ.length ? `DIFFERENT: ${differ.join(', ')}` : `identical to ${values.compare} (${names.size} parts)`);
  if (differ.length) process.exitCode = 1;
}
