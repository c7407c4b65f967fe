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
    hooks: { streamWrite: withoutUserinfo },
  };
  return destination ? pino(options, destination) : pino(options);
}

// `scheme://user:password@` anywhere in a line, as an error message or a
// logged URL would carry it. Config refuses such URLs; this covers the ones
// that arrive some other way (a redirect, a library's message).
const USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"]+@/gi;

function withoutUserinfo(line: string): string {
  return line.includes('@') ? line.replace(USERINFO, '$1[redacted]@') : line;
}
