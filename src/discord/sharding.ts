/**
 * Sharding: when the bot runs under discord.js's ShardingManager (`npm run start:sharded`), each
 * shard is a process of its own with its own corpus store. A /reload on any shard must reload
 * every shard; this asks them all through the manager (broadcastEval) and gathers their reports.
 */
import type { Client } from 'discord.js';
import type { ReloadReport } from '../store.ts';

/** Where a shard's client keeps its reload (set by the bot; broadcastEval's function finds it there). */
export const RELOAD_HOOK = 'storydeskReload';

/** What broadcastEval needs of client.shard (a ShardClientUtil); a fake one in tests. */
export interface ShardUtil {
  ids: number[];
  broadcastEval<T>(fn: (client: Client) => Promise<T> | T): Promise<T[]>;
}

export interface ShardReload {
  /** The shard ids of the process that answered. */
  shards: number[];
  report: ReloadReport | null;
  /** Why there is no report. */
  error?: string;
}

/** Whether this process was spawned by a ShardingManager (it sets SHARDS and SHARD_COUNT). */
export function spawnedByManager(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDS !== undefined && env.SHARD_COUNT !== undefined;
}

/** Makes this client's store reloadable from any shard. */
export function installReloadHook(client: Client, reload: () => Promise<ReloadReport>): void {
  (client as unknown as Record<string, unknown>)[RELOAD_HOOK] = reload;
}

/**
 * Reloads every shard's corpus, this one's included; without a manager just this one. Reports
 * come back in the order of the manager's shards; a shard that failed gives its error.
 */
export async function reloadEverywhere(shard: ShardUtil | null, local: () => Promise<ReloadReport>): Promise<ShardReload[]> {
  if (!shard) return [{ shards: [0], report: await local() }];
  // Runs inside each shard process: self-contained (it is sent as source text).
  const results = await shard.broadcastEval(async (c) => {
    const hook = (c as unknown as Record<string, unknown>).storydeskReload;
    const ids = c.shard?.ids ?? [0];
    if (typeof hook !== 'function') return { shards: ids, report: null, error: 'this shard has no corpus store' };
    try {
      return { shards: ids, report: (await (hook as () => Promise<unknown>)()) as ReloadReport };
    } catch (e) {
      return { shards: ids, report: null, error: (e as Error).message };
    }
  });
  return results as ShardReload[];
}

/** One line per shard process: "shards 0, 1: ok (build, 3.2 s)". */
export function shardSummary(results: ShardReload[]): string {
  return results
    .map((r) => {
      const label = `shard${r.shards.length === 1 ? '' : 's'} ${r.shards.join(', ')}`;
      if (!r.report) return `${label}: failed (${r.error ?? 'no answer'})`;
      const how = r.report.source ? `${r.report.source}, ` : '';
      return `${label}: ${r.report.ok ? 'ok' : 'kept the corpus in use'} (${how}${(r.report.ms / 1000).toFixed(1)} s)`;
    })
    .join('\n');
}

/**
 * METRICS_PORT under a ShardingManager: every shard process serves its own metrics, on the port
 * plus its shard id (shard 0 on METRICS_PORT, shard 1 on the next port, ...). Port 0 stays 0.
 */
export function metricsPortFor(port: number, env: NodeJS.ProcessEnv = process.env): number {
  if (port === 0 || !spawnedByManager(env)) return port;
  const first = Number(String(env.SHARDS).split(',')[0]);
  return Number.isInteger(first) && first >= 0 ? port + first : port;
}
