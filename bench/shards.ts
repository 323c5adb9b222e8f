/**
 * `npm run bench:shards`: memory and start time of the two ways to run N gateway shards, against
 * the fake Discord on 127.0.0.1 (tests/discord/fake-discord.ts), N = 1, 2, 4:
 *   - one process running every shard (`npm start`; discord.js shards it itself);
 *   - `npm run start:sharded`: a ShardingManager and one process per shard.
 * Start time: from spawning the process until every shard's client is ready (the corpus restored
 * from the persisted index, which a warm-up run builds first). Memory: the sum of the resident
 * set sizes of every process involved, read from /proc two seconds after ready.
 *
 *   tsx bench/shards.ts [--articles 1000] [--shards 1,2,4] [--runs 1]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FakeDiscord } from '../tests/discord/fake-discord.ts';
import { writeCorpus } from './generate.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.cache', 'bench-shards');

interface Run {
  mode: 'one process' | 'start:sharded';
  shards: number;
  startMs: number;
  rssMb: number;
  processes: number;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runOnce(fake: FakeDiscord, mode: Run['mode'], shards: number, corpus: string): Promise<Run> {
  fake.gateway = { shards, maxConcurrency: 16 };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    CORPUS_DIR: corpus,
    CACHE_DIR: path.join(WORK, 'cache'),
    LOG_LEVEL: 'info',
    DOTENV_CONFIG_QUIET: 'true',
  };
  const script = mode === 'one process' ? 'src/main.ts' : 'src/sharded.ts';
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const pids = new Set<number>([child.pid!]);
  let ready = 0;
  let readyAt = 0;
  let buffered = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    buffered += String(chunk);
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      let l: Record<string, unknown>;
      try {
        l = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (l.msg === 'shard spawned') pids.add(Number(l.pid));
      if (l.msg === 'Discord bot ready') {
        ready += 1;
        if (ready === (mode === 'one process' ? 1 : shards)) readyAt = performance.now();
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 180_000;
  while (!readyAt && Date.now() < deadline && child.exitCode === null) await sleep(50);
  if (!readyAt) {
    child.kill('SIGKILL');
    throw new Error(`${mode} with ${shards} shard(s) did not get ready`);
  }
  await sleep(2000);
  const rss = [...pids].reduce((sum, pid) => sum + rssKb(pid), 0);
  child.kill('SIGTERM');
  await exited;
  return { mode, shards, startMs: readyAt - started, rssMb: rss / 1024, processes: pids.size };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, shards: { type: 'string', default: '1,2,4' }, runs: { type: 'string', default: '1' } } });
  const articles = Number(values.articles);
  const counts = values.shards.split(',').map(Number);
  const runs = Number(values.runs);
  rmSync(WORK, { recursive: true, force: true });
  const corpus = path.join(WORK, `corpus-${articles}`);
  mkdirSync(corpus, { recursive: true });
  await writeCorpus(corpus, articles);
  const fake = await FakeDiscord.start();
  try {
    process.stderr.write(`warm-up (builds the index in CACHE_DIR)...\n`);
    await runOnce(fake, 'one process', 1, corpus);
    const results: Run[] = [];
    for (const n of counts)
      for (const mode of ['one process', 'start:sharded'] as const) {
        const samples: Run[] = [];
        for (let i = 0; i < runs; i++) samples.push(await runOnce(fake, mode, n, corpus));
        samples.sort((a, b) => a.startMs - b.startMs);
        const mid = samples[Math.floor(samples.length / 2)]!;
        results.push(mid);
        process.stderr.write(`${mode}, ${n} shard(s): ${(mid.startMs / 1000).toFixed(1)} s, ${mid.rssMb.toFixed(0)} MB in ${mid.processes} process(es)\n`);
      }
    const lines = [
      `Shards against the fake Discord: ${articles} generated articles, index restored from CACHE_DIR; ${os.cpus().length} cores, Node ${process.version}; median of ${runs} run(s).`,
      '',
      '| shards | one process: start | one process: RSS | start:sharded: start | start:sharded: RSS (processes) |',
      '|---|---|---|---|---|',
      ...counts.map((n) => {
        const one = results.find((r) => r.shards === n && r.mode === 'one process')!;
        const many = results.find((r) => r.shards === n && r.mode === 'start:sharded')!;
        return `| ${n} | ${(one.startMs / 1000).toFixed(1)} s | ${one.rssMb.toFixed(0)} MB | ${(many.startMs / 1000).toFixed(1)} s | ${many.rssMb.toFixed(0)} MB (${many.processes}) |`;
      }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await fake.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
