import { pino } from 'pino';
import type { Logger } from 'pino';

/**
 * Paths pino blanks in every log line. Tokens reach the logger only by
 * mistake (a header dump, an error's cause); redaction makes the mistake
 * harmless instead of relying on it never happening.
 */
export const REDACTED_PATHS = [
  'authorization',
  'token',
  '*.authorization',
  '*.Authorization',
  '*.token',
  'req.headers.authorization',
  'headers.authorization',
  'call.token',
  '*.call.token',
  '*.headers.authorization',
  '*.headers.cookie',
  'err.cause.token',
];

export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
): Logger {
  const options = {
    level,
    base: { service: 'profile-graph' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
