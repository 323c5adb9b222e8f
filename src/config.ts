/**
 * Configuration from the environment (and `.env`, loaded by dotenv at start-up), validated with
 * zod: each bad variable gives one clear line. Secrets are never part of what gets logged.
 */
import { z } from 'zod';

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['', 'true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const snowflake = z.string().trim().regex(/^\d{15,21}$/, 'must be a Discord id (15 to 21 digits)');

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const Schema = z.object({
  DISCORD_TOKEN: optional(z.string().trim().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three dot-separated parts)')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_BASE: optional(z.string().trim().url('must be a URL such as https://discord.com/api')),
  ADMIN_ROLE_IDS: optional(z.string().trim().refine((v) => v.split(',').every((s) => /^\d{15,21}$/.test(s.trim())), 'must be a comma-separated list of role ids')),
  CORPUS_DIR: optional(z.string().trim()),
  CORPUS_WATCH: optional(bool),
  CORPUS_MAX_FILE_MB: optional(z.coerce.number().positive('must be a positive number of megabytes').max(1024, 'must be at most 1024')),
  CACHE_DIR: optional(z.string().trim()),
  EXCERPT_LENGTH: optional(z.coerce.number().int('must be a whole number').min(80, 'must be at least 80').max(1000, 'must be at most 1000')),
  COOLDOWN_SECONDS: optional(z.coerce.number().min(0, 'must be 0 or more').max(600, 'must be at most 600')),
  SHARD_TOTAL: optional(z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(10000, 'must be at most 10000')),
  INGEST_ALLOW_HOSTS: optional(
    z
      .string()
      .trim()
      .refine((v) => v.split(',').every((h) => /^(\[?[0-9a-f:.]+\]?|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?)$/i.test(h.trim())), 'must be a comma-separated list of host names or IP addresses (e.g. 127.0.0.1,intranet.example)'),
  ),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })),
});

export interface Config {
  discordToken: string | null;
  applicationId: string | null;
  guildId: string | null;
  apiBase: string | null;
  adminRoleIds: string[];
  corpusDir: string;
  corpusWatch: boolean;
  maxFileBytes: number;
  cacheDir: string;
  excerptLength: number;
  cooldownSeconds: number;
  /** Shards for start:sharded; null lets Discord say how many. */
  shardTotal: number | null;
  logLevel: string;
  /** Hosts /corpus add and the CLI's add may fetch even when they resolve to private or loopback addresses. */
  ingestAllowHosts: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`));
  }
  const e = parsed.data;
  return {
    discordToken: e.DISCORD_TOKEN ?? null,
    applicationId: e.DISCORD_APPLICATION_ID ?? null,
    guildId: e.DISCORD_GUILD_ID ?? null,
    apiBase: e.DISCORD_API_BASE ?? null,
    adminRoleIds: e.ADMIN_ROLE_IDS ? e.ADMIN_ROLE_IDS.split(',').map((s) => s.trim()) : [],
    corpusDir: e.CORPUS_DIR ?? 'corpus',
    corpusWatch: e.CORPUS_WATCH ?? false,
    maxFileBytes: Math.round((e.CORPUS_MAX_FILE_MB ?? 5) * 1024 * 1024),
    cacheDir: e.CACHE_DIR ?? '.cache',
    excerptLength: e.EXCERPT_LENGTH ?? 300,
    cooldownSeconds: e.COOLDOWN_SECONDS ?? 3,
    shardTotal: e.SHARD_TOTAL ?? null,
    logLevel: e.LOG_LEVEL ?? 'info',
    ingestAllowHosts: e.INGEST_ALLOW_HOSTS ? e.INGEST_ALLOW_HOSTS.split(',').map((h) => h.trim().replace(/^\[|\]$/g, '').toLowerCase()).filter(Boolean) : [],
  };
}
