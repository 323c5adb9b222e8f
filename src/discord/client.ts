/**
 * The discord.js client as Storydesk needs it: the fewest intents that work (Guilds for
 * interactions and threads, GuildMessages for mentions; no privileged MessageContent, since
 * Discord delivers the text of messages that mention the bot), mentions disabled by default,
 * REST pointed at DISCORD_API_BASE when set, shard count read from GET /gateway/bot (unless a
 * ShardingManager spawned this process: then its shards are the manager's).
 */
import { Client, GatewayIntentBits, REST } from 'discord.js';
import type { Config } from '../config.ts';
import { NO_MENTIONS } from './reply.ts';
import { spawnedByManager } from './sharding.ts';

export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];

/** REST options: only the API base, and only when configured (discord.js defaults otherwise). */
export function restOptions(config: Pick<Config, 'apiBase'>): { api?: string } {
  return config.apiBase ? { api: config.apiBase.replace(/\/+$/, '') } : {};
}

export function createClient(config: Config): Client {
  return new Client({
    intents: INTENTS,
    allowedMentions: NO_MENTIONS,
    // Under a ShardingManager the shards of this process come from SHARDS/SHARD_COUNT (discord.js reads them).
    ...(spawnedByManager() ? {} : { shards: 'auto' as const }),
    rest: restOptions(config),
  });
}

export function createRest(config: Config): REST {
  const rest = new REST(restOptions(config));
  if (config.discordToken) rest.setToken(config.discordToken);
  return rest;
}
