/**
 * The ShardingManager of `npm run start:sharded`, and how it stops. The shard count is asked of
 * DISCORD_API_BASE (discord.js's own 'auto' would ask discord.com, whatever the base), and the
 * spawns are spaced by what Discord allows at once (session_start_limit.max_concurrency per 5 s).
 * A signal to the manager reaches every shard process: SIGINT/SIGTERM stop them all (each closes
 * its gateway connection cleanly) before the manager exits; SIGHUP makes each reload its corpus.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { createRest } from './client.ts';

export interface GatewayInfo {
  shards: number;
  maxConcurrency: number;
}

/** GET /gateway/bot at the configured API base: the recommended shard count and identify concurrency. */
export async function gatewayInfo(config: Config): Promise<GatewayInfo> {
  const body = (await createRest(config).get(Routes.gatewayBot())) as { shards?: number; session_start_limit?: { max_concurrency?: number } };
  const shards = Number(body.shards);
  if (!Number.isInteger(shards) || shards < 1) throw new Error('Discord did not say how many shards to run (GET /gateway/bot)');
  return { shards, maxConcurrency: Math.max(1, Number(body.session_start_limit?.max_concurrency) || 1) };
}

export interface ManagerOptions {
  log: Logger;
  /** The script each shard process runs (default src/main.ts). */
  script?: string;
  /** How long the shards get to stop before they are killed (default 10 s). */
  stopTimeoutMs?: number;
}

export interface Manager {
  manager: ShardingManager;
  /** Settles once every shard has been spawned and is ready (or the spawning failed). */
  spawned: Promise<void>;
  /** Process ids of the shard processes running now. */
  pids(): number[];
  /** Stops every shard process (SIGTERM, then SIGKILL after the timeout); resolves when all have exited. */
  stop(): Promise<void>;
  /** Passes a signal on to every shard process (SIGHUP: reload). */
  relay(signal: NodeJS.Signals): void;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Creates the manager and starts spawning; `spawned` tells when all shards are up. */
export async function startManager(config: Config, options: ManagerOptions): Promise<Manager> {
  const log = options.log;
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set: a sharded bot needs it (npm start opens the offline console).');
  const info = config.shardTotal ? null : await gatewayInfo(config);
  const total = config.shardTotal ?? info!.shards;
  const maxConcurrency = info?.maxConcurrency ?? 1;
  // The compiled build (scripts/run.mjs) runs .js files: fork the main of the same kind as this one.
  const script = options.script ?? fileURLToPath(new URL(import.meta.url.endsWith('.js') ? '../main.js' : '../main.ts', import.meta.url));
  const manager = new ShardingManager(script, {
    token: config.discordToken,
    totalShards: total,
    execArgv: script.endsWith('.ts') ? ['--import', 'tsx'] : [],
  });
  const children = new Set<ChildProcess>();
  let stopping: Promise<void> | null = null;
  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (spawned) => {
      const child = spawned as ChildProcess;
      children.add(child);
      child.once('exit', () => children.delete(child));
      log.info({ shard: shard.id, pid: child.pid, total }, 'shard spawned');
      // Spawned while stopping (a signal during start-up): it stops at once too.
      if (stopping) child.kill('SIGTERM');
    });
  });
  const stop = () =>
    (stopping ??= (async () => {
      const running = [...children].filter((c) => !exited(c));
      log.info({ shards: running.length }, 'stopping every shard process');
      for (const shard of manager.shards.values()) shard.kill();
      const timeout = options.stopTimeoutMs ?? 10_000;
      await Promise.all(
        running.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (exited(child)) return resolve();
              const timer = setTimeout(() => {
                log.warn({ pid: child.pid }, 'shard did not stop in time; killing it');
                child.kill('SIGKILL');
              }, timeout);
              child.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
            }),
        ),
      );
    })());
  // Discord lets max_concurrency shards identify every 5 s: space the spawns accordingly.
  const delay = Math.ceil(5500 / maxConcurrency);
  log.info({ total, maxConcurrency, delayMs: delay, source: config.shardTotal ? 'SHARD_TOTAL' : 'GET /gateway/bot' }, 'spawning shards');
  const spawned = manager.spawn({ amount: total, delay, timeout: 60_000 }).then(
    () => undefined,
    async (e: unknown) => {
      await stop();
      throw e;
    },
  );
  return {
    manager,
    spawned,
    pids: () => [...children].filter((c) => !exited(c)).map((c) => c.pid!),
    stop,
    relay: (signal) => {
      for (const c of children) if (!exited(c)) c.kill(signal);
    },
  };
}
