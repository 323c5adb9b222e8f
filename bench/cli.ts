/**
 * Whole-process CLI calls, timed from spawn to exit as a script or a person sees them: the bundled
 * corpus with its index cached (the first, untimed call compiles when needed and saves the index).
 * Each command runs `rounds` times through the storydesk bin (node bin/storydesk.mjs) and once
 * per round through `npm run --silent cli` (what the dev-set scorer runs; npm adds its own start).
 *
 *   tsx bench/cli.ts [--rounds 5] [--root DIR] [--tsx]   (--tsx: the old way, tsx src/cli/main.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stats, type Latency } from './stats.ts';

export interface CliResult {
  rounds: number;
  /** Every call through the bin, all commands together. */
  all: Latency;
  perCommand: Latency[];
  /** `npm run --silent cli -- search ...`: the bin's time plus npm's own start. */
  npm: Latency;
  /** CPU (user + system) of each call through the bin, when /usr/bin/time is there: what the call costs without the wait for a core. */
  cpu: Latency | null;
  /** Load average (1, 5, 15 min) at the start, then at the end. */
  loadavg: number[];
}

const COMMANDS: string[][] = [
  ['search', 'cyber security unit'],
  ['ask', 'Who called the unit a dumb idea?'],
  ['who-said', 'the dumbest idea'],
  ['timeline'],
  ['people'],
  ['articles'],
];

/** GNU time, to read the CPU a call used (wall time on a loaded machine is mostly waiting for a core). */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuFile = path.join(os.tmpdir(), `storydesk-bench-cpu-${process.pid}`);
const cpu: number[] = [];

function timed(cmd: string, args: string[], root: string, env: NodeJS.ProcessEnv): number {
  const [c, a] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(c, a, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  if (GNU_TIME) {
    const [u = 0, s = 0] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    cpu.push((u + s) * 1000);
  }
  return ms;
}

export function measureCli(options: { root: string; rounds: number; tsx?: boolean }): CliResult {
  const { root, rounds } = options;
  const cacheDir = path.join(root, '.cache', 'bench', 'index-cli');
  mkdirSync(cacheDir, { recursive: true });
  const env = { ...process.env, CACHE_DIR: cacheDir, CORPUS_DIR: path.join(root, 'corpus'), LOG_LEVEL: 'silent', DISCORD_TOKEN: '' };
  const [cmd, pre] = options.tsx ? [path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'src', 'cli', 'main.ts')]] : [process.execPath, [path.join(root, 'bin', 'storydesk.mjs')]];
  timed(cmd, [...pre, 'search', 'warm up', '--json'], root, env); // compiles if needed, saves the index
  const loadStart = os.loadavg();
  const per = new Map<string, number[]>();
  const npm: number[] = [];
  const binCpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of COMMANDS) {
      const ms = timed(cmd, [...pre, ...c, '--json'], root, env);
      if (cpu.length) binCpu.push(cpu.pop()!);
      per.set(c[0]!, [...(per.get(c[0]!) ?? []), ms]);
    }
    npm.push(timed('npm', ['run', '--silent', 'cli', '--', 'search', 'cyber security unit', '--json'], root, env));
  }
  rmSync(cpuFile, { force: true });
  const loadEnd = os.loadavg();
  const all = [...per.values()].flat();
  return {
    rounds,
    all: stats('cli-process', all, all.length),
    perCommand: [...per].map(([name, s]) => stats(`cli ${name}`, s, s.length)),
    npm: stats('npm run cli', npm, npm.length),
    cpu: binCpu.length ? stats('cli-process-cpu', binCpu, binCpu.length) : null,
    loadavg: [...loadStart, ...loadEnd].map((x) => Math.round(x * 10) / 10),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, root: { type: 'string' }, tsx: { type: 'boolean', default: false } } });
  const root = path.resolve(values.root ?? path.join(import.meta.dirname, '..'));
  const r = measureCli({ root, rounds: Number(values.rounds), tsx: values.tsx });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
