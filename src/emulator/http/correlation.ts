/**
 * The `concur-correlationid` rule of the 2017 beta (reference section 3):
 * at least 6 characters after trimming, printable ASCII only.
 */
import { randomUUID } from 'node:crypto';

export const CORRELATION_HEADER = 'concur-correlationid';

/** The id to echo, and whether the caller's own id was acceptable. */
export function correlationOf(header: string | string[] | undefined): {
  id: string;
  valid: boolean;
} {
  const value = Array.isArray(header) ? header[0] : header;
  const trimmed = value?.trim() ?? '';
  const valid = trimmed.length >= 6 && /^[\x20-\x7e]+$/.test(trimmed);
  return valid ? { id: trimmed, valid } : { id: randomUUID(), valid };
}
