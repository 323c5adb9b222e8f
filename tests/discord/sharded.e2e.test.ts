/**
 * `npm run start:sharded` as an operator runs it: the real manager process (src/sharded.ts)
 * against the fake Discord. Without SHARD_TOTAL the count is asked of DISCORD_API_BASE (the fake
 * says 2), and a SIGTERM to the manager ends every shard process, each closing its gateway
 * connection cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { FakeDiscord } from './fake-discord.ts';

let fake: FakeDiscord;
let manager: ChildProcess | null = null;
const lines: string[] = [];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  fake = await FakeDiscord.start();
  fake.gateway = { shards: 2, maxConcurrency: 16 };
});

afterAll(async () => {
  if (manager && manager.exitCode === null) manager.kill('SIGKILL');
  await fake.close();
  removeTempCorpora();
});

describe('start:sharded', () => {
  it('asks DISCORD_API_BASE for the shard count, and a SIGTERM to the manager ends every shard process', async () => {
    const dir = tempCorpus({}, true);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, CORPUS_DIR: dir, CACHE_DIR: path.join(dir, '.cache'), LOG_LEVEL: 'info', DOTENV_CONFIG_QUIET: 'true' };
    manager = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/sharded.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    const read = (chunk: Buffer) => {
      buffered += String(chunk);
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
    };
    manager.stdout!.on('data', read);
    manager.stderr!.on('data', read);
    const exited = new Promise<number | null>((resolve) => manager!.once('exit', (code) => resolve(code)));

    const logged = () => lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
    await expect.poll(() => logged().filter((l) => l.msg === 'Discord bot ready').length, { timeout: 90_000, interval: 250 }).toBe(2);
    // The count came from the fake, asked with the bot token, before any shard identified.
    const asked = fake.calls.find((c) => c.method === 'GET' && c.path === '/gateway/bot');
    expect(asked?.authorization).toBe(`Bot ${fake.token}`);
    expect(logged().find((l) => l.msg === 'spawning shards')).toMatchObject({ total: 2, source: 'GET /gateway/bot' });
    const identified = fake.received.filter((p) => p.op === 2).map((p) => (p.d as { shard: number[] }).shard);
    expect(identified.map((s) => s.join('/')).sort()).toEqual(['0/2', '1/2']);
    const pids = logged()
      .filter((l) => l.msg === 'shard spawned')
      .map((l) => Number(l.pid));
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(alive(pid)).toBe(true);

    manager.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of pids) await expect.poll(() => alive(pid), { timeout: 15_000 }).toBe(false);
    expect(fake.closes.filter((c) => c === 1000)).toHaveLength(2);
  }, 150_000);
});
