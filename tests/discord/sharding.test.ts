/** /reload under a ShardingManager: every shard process reloads and reports (a fake ShardClientUtil). */
import type { Client } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { ReloadReport } from '../../src/store.ts';
import { installReloadHook, metricsPortFor, reloadEverywhere, shardSummary, spawnedByManager, type ShardUtil } from '../../src/discord/sharding.ts';

const stats = { articles: 1, paragraphs: 2, quotes: 3, people: 4, events: 5 };
const report = (ms: number, ok = true): ReloadReport => ({ ok, added: [], changed: [], removed: [], problems: [], before: stats, after: stats, ms, source: 'build', thread: 'main' });

/** Three shard processes; broadcastEval runs the function against each one's client, as the manager does. */
function fakeShards(reloads: Array<(() => Promise<ReloadReport>) | null>): { util: ShardUtil; calls: number[] } {
  const calls: number[] = [];
  const clients = reloads.map((reload, id) => {
    const client = { shard: { ids: [id] } } as unknown as Client;
    if (reload)
      installReloadHook(client, () => {
        calls.push(id);
        return reload();
      });
    return client;
  });
  const util: ShardUtil = { ids: [1], broadcastEval: (fn) => Promise.all(clients.map((c) => fn(c))) };
  return { util, calls };
}

describe('reload on every shard', () => {
  it('reloads each shard process once and reports for all of them, failures included', async () => {
    const { util, calls } = fakeShards([() => Promise.resolve(report(1200)), () => Promise.resolve(report(300)), () => Promise.reject(new Error('disk gone'))]);
    const results = await reloadEverywhere(util, () => Promise.reject(new Error('the local store must be reached through the broadcast')));
    expect(calls.sort()).toEqual([0, 1, 2]);
    expect(results.map((r) => r.shards)).toEqual([[0], [1], [2]]);
    expect(results[0]!.report?.ms).toBe(1200);
    expect(results[2]).toMatchObject({ report: null, error: 'disk gone' });
    const summary = shardSummary(results);
    expect(summary).toContain('shard 0: ok (build, 1.2 s)');
    expect(summary).toContain('shard 2: failed (disk gone)');
  });

  it('a shard without a store says so rather than failing the whole reload', async () => {
    const { util } = fakeShards([() => Promise.resolve(report(10)), null]);
    const results = await reloadEverywhere(util, () => Promise.resolve(report(0)));
    expect(results[1]).toMatchObject({ shards: [1], report: null, error: 'this shard has no corpus store' });
  });

  it('without a manager only the local store reloads', async () => {
    const results = await reloadEverywhere(null, () => Promise.resolve(report(5)));
    expect(results).toEqual([{ shards: [0], report: report(5) }]);
  });

  it('tells a process spawned by the manager from one that is not', () => {
    expect(spawnedByManager({ SHARDS: '0', SHARD_COUNT: '2' })).toBe(true);
    expect(spawnedByManager({})).toBe(false);
  });

  it('gives each shard process its own metrics port', () => {
    expect(metricsPortFor(9100, { SHARDS: '2', SHARD_COUNT: '4' })).toBe(9102);
    expect(metricsPortFor(9100, {})).toBe(9100);
    expect(metricsPortFor(0, { SHARDS: '2', SHARD_COUNT: '4' })).toBe(0);
  });
});
