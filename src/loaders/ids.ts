const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The one spelling of a UUID used as a loader key. Concur declares every id
 * `caseExact: false` (reference section 5), so `ABC…` and `abc…` must become
 * one key, or one resource would cost two upstream calls.
 */
export function normalizeId(id: string): string {
  return id.trim().toLowerCase();
}

/** Whether a normalized id is a UUID at all, so junk never goes upstream. */
export function isUuid(normalizedId: string): boolean {
  return UUID.test(normalizedId);
}
