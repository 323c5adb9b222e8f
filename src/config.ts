/**
 * Configuration from the environment (and `.env`, loaded by dotenv at start-up), validated with
 * zod: each bad variable gives one clear line. Secrets are never part of what gets logged.
 */
import { z } from 'zod';
import type { RateLimits } from './discord/rate-limit.ts';

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['', 'true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const snowflake = z.string().trim().regex(/^\d{15,21}$/, 'must be a Discord id (15 to 21 digits)');

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** pino's levels, in the order of how much they let through. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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
  CACHE_MAX_INDEXES: optional(z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000')),
  CACHE_MAX_MB: optional(z.coerce.number().min(1, 'must be at least 1 megabyte').max(1024 * 1024, 'must be at most 1048576 (1 TB)')),
  EXCERPT_LENGTH: optional(z.coerce.number().int('must be a whole number').min(80, 'must be at least 80').max(1000, 'must be at most 1000')),
  RATE_MEMBER_BURST: optional(z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').max(1000, 'must be at most 1000')),
  RATE_MEMBER_REFILL_SECONDS: optional(z.coerce.number({ message: 'must be a positive number of seconds' }).positive('must be a positive number of seconds').max(3600, 'must be at most 3600')),
  RATE_SERVER_BURST: optional(z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').max(100000, 'must be at most 100000')),
  RATE_SERVER_REFILL_SECONDS: optional(z.coerce.number({ message: 'must be a positive number of seconds' }).positive('must be a positive number of seconds').max(3600, 'must be at most 3600')),
  DISCORD_PUBLIC_KEY: optional(z.string().trim().regex(/^[0-9a-fA-F]{64}$/, 'must be the application public key: 64 hexadecimal characters')),
  INTERACTIONS_PORT: optional(z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 to 65535').max(65535, 'must be 0 to 65535')),
  METRICS_PORT: optional(z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 to 65535').max(65535, 'must be 0 to 65535')),
  LISTEN_HOST: optional(z.string().trim().min(1)),
  GATEWAY_COMMANDS: optional(bool),
  SHARD_TOTAL: optional(z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(10000, 'must be at most 10000')),
  LOG_LEVEL: optional(z.string().trim().toLowerCase().pipe(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }))),
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
  /** Index files CACHE_DIR keeps (the most recently used corpora). */
  cacheMaxIndexes: number;
  /** Bytes of index files CACHE_DIR keeps (the index in use always stays). */
  cacheMaxBytes: number;
  excerptLength: number;
  /** Fair rate limits: per member and per server token buckets (burst 0 turns one off). */
  rateLimits: RateLimits;
  /** Ed25519 public key of the application, hex; the HTTP interactions endpoint needs it. */
  publicKey: string | null;
  /** Port of `npm run start:http` (0: any free port). */
  interactionsPort: number;
  /** Port of /healthz and /metrics in gateway mode; null: not served. */
  metricsPort: number | null;
  /** Address the HTTP servers listen on. */
  listenHost: string;
  /** Whether the gateway process answers slash commands, autocomplete and buttons (false: mentions only). */
  gatewayCommands: boolean;
  /** Shards for start:sharded; null lets Discord say how many. */
  shardTotal: number | null;
  logLevel: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    // One line, whatever prints it: "Invalid configuration: LOG_LEVEL must be one of …; SHARD_TOTAL …".
    super(`Invalid configuration: ${problems.join('; ')}`);
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
    cacheMaxIndexes: e.CACHE_MAX_INDEXES ?? 8,
    cacheMaxBytes: Math.round((e.CACHE_MAX_MB ?? 1024) * 1024 * 1024),
    excerptLength: e.EXCERPT_LENGTH ?? 300,
    rateLimits: {
      member: { burst: e.RATE_MEMBER_BURST ?? 5, refillMs: Math.round((e.RATE_MEMBER_REFILL_SECONDS ?? 2) * 1000) },
      server: { burst: e.RATE_SERVER_BURST ?? 60, refillMs: Math.round((e.RATE_SERVER_REFILL_SECONDS ?? 0.25) * 1000) },
    },
    publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase() ?? null,
    interactionsPort: e.INTERACTIONS_PORT ?? 8080,
    metricsPort: e.METRICS_PORT ?? null,
    listenHost: e.LISTEN_HOST ?? '0.0.0.0',
    gatewayCommands: e.GATEWAY_COMMANDS ?? true,
    shardTotal: e.SHARD_TOTAL ?? null,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}
