import { randomUUID } from 'node:crypto';

export const CORRELATION_ID_HEADER = 'concur-correlationid';

/**
 * What we accept as a caller's correlation id: 6 to 128 characters of a
 * conservative set. The lower bound is the Profile API's own rule (reference
 * section 3); the character set keeps the id safe to echo in a header and to
 * write in a log line (no CR/LF, no control or non-ASCII characters).
 */
const WELL_FORMED = /^[A-Za-z0-9._:-]{6,128}$/;

/**
 * The caller's id when it is well formed, else a fresh UUID v4. A bad value
 * is replaced, never cleaned up: a cleaned id would look like the caller's
 * but match nothing in their logs.
 */
export function correlationIdFrom(header: string | string[] | undefined) {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && WELL_FORMED.test(value) ? value : randomUUID();
}
