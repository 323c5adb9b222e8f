/**
 * The app's logger (pino): JSON lines on stderr, so stdout stays for answers. Token-like values
 * are redacted wherever they appear.
 */
import { pino, type Logger } from 'pino';

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
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
