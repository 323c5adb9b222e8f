/**
 * The app's logger (pino) on stderr, so stdout stays for answers: JSON lines for machines (a
 * pipe, a file, a process manager), short readable lines when stderr is a terminal. Token-like
 * values are redacted wherever they appear.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import { LOG_LEVELS } from './config.ts';

/**
 * The level to start with, before the configuration is validated: LOG_LEVEL when it names a level,
 * otherwise info. An empty or misspelt value never throws here; loadConfig reports it in one line.
 */
export function startLevel(value = process.env.LOG_LEVEL): string {
  const level = (value ?? '').trim().toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(level) ? level : 'info';
}

const PINO_KEYS = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/** A log record's fields as "key: value" pairs after its message; an error shows its message only. */
export function readableLine(record: Record<string, unknown>): string {
  const fields = Object.entries(record)
    .filter(([k, v]) => !PINO_KEYS.has(k) && v !== undefined)
    .map(([k, v]) => {
      if (v && typeof v === 'object' && 'message' in v) return `${k}: ${String((v as { message: unknown }).message)}`;
      return `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`;
    });
  const msg = typeof record.msg === 'string' ? record.msg : '';
  return fields.length ? `${msg} (${fields.join(', ')})` : msg;
}

/**
 * pino-pretty writing "12:04:31 WARN: persisted index not used; rebuilding (reason: …)" to `destination`
 * (stderr by default). Loaded only when used: machines never pay for it.
 */
export function prettyDestination(destination: number | NodeJS.WritableStream = 2, colorize = !process.env.NO_COLOR): DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  return pretty.build({
    destination: destination as number,
    sync: true,
    colorize,
    translateTime: 'SYS:HH:MM:ss',
    hideObject: true,
    messageFormat: (record) => readableLine(record),
  });
}

export function createLogger(level = startLevel(), destination: DestinationStream = process.stderr.isTTY ? prettyDestination() : pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    destination,
  );
}

export const log: Logger = createLogger();
