/**
 * The app's logger (pino): JSON lines on stderr, so stdout stays for answers. Token-like values
 * are redacted wherever they appear.
 */
import { pino, type Logger } from 'pino';
import { LOG_LEVELS } from './config.ts';

/**
 * The level to start with, before the configuration is validated: LOG_LEVEL when it names a level,
 * otherwise info. An empty or misspelt value never throws here; loadConfig reports it in one line.
 */
export function startLevel(value = process.env.LOG_LEVEL): string {
  const level = (value ?? '').trim().toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(level) ? level : 'info';
}

export function createLogger(level = startLevel()): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'config.discordToken', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}

export const log: Logger = createLogger();
