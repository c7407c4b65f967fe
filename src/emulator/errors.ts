/**
 * SCIM error bodies. The real Profile API documents no error body (reference
 * section 8); the emulator sends the Identity v4 SCIM shape for every failure
 * so clients have one shape to parse loosely.
 */
import { ERROR_SCHEMA, type WireError } from '../upstream/profile-v1/wire.js';

export function scimError(
  status: number,
  detail: string,
  scimType?: string,
): WireError {
  return {
    schemas: [ERROR_SCHEMA],
    status: String(status),
    ...(scimType === undefined ? {} : { scimType }),
    detail,
  };
}
