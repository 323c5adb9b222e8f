/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per shard
 * (src/discord/manager.ts). Each process runs src/main.ts and opens the corpus from the
 * persisted index in CACHE_DIR, so only the first start builds. SIGINT/SIGTERM stop every shard
 * process before the manager exits; SIGHUP makes every shard reload its corpus.
 */
import 'dotenv/config';
import { loadConfig } from './config.ts';
import { startManager, type Manager } from './discord/manager.ts';
import { log } from './log.ts';

let running: Manager | null = null;
let stopping = false;

function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down the sharding manager');
  const done = running ? running.stop() : Promise.resolve();
  done.then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

// Installed before the spawns: a signal during start-up must still end every child.
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGHUP', () => running?.relay('SIGHUP'));

async function main(): Promise<void> {
  const config = loadConfig();
  running = await startManager(config, { log });
  if (stopping) {
    await running.stop();
    return;
  }
  await running.spawned;
}

main().catch((e: unknown) => {
  log.error({ err: e }, 'sharding manager failed');
  process.exit(1);
});
