/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per group of
 * shards (Discord requires sharding from 2,500 servers). Each process runs src/main.ts; the shard
 * count comes from Discord (GET /gateway/bot) unless SHARD_TOTAL says otherwise. Each shard opens
 * the corpus from the persisted index in CACHE_DIR, so only the first start builds.
 */
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { loadConfig } from './config.ts';
import { log } from './log.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set: a sharded bot needs it (npm start opens the offline console).');
  const total = config.shardTotal ?? 'auto';
  const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    token: config.discordToken,
    totalShards: total,
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id }, 'shard spawned'));
  await manager.spawn();
}

main().catch((e: unknown) => {
  log.error({ err: e }, 'sharding manager failed');
  process.exit(1);
});
