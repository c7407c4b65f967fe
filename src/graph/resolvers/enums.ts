/**
 * Upstream enum values arrive in Concur's spelling (`Business`, `gtalk`,
 * `DontCare`); the graph uses upper-case names. A value the schema does not
 * know becomes `null` rather than failing the whole object: Concur adds
 * values without notice, and one odd email type should not hide a user.
 */
export function enumValue<T extends string>(
  allowed: readonly T[],
  raw: unknown,
): T | null {
  // The wire types say string, but nothing upstream enforces it.
  if (typeof raw !== 'string' || raw === '') return null;
  const value = raw.toUpperCase() as T;
  return allowed.includes(value) ? value : null;
}

export const EMAIL_TYPES = [
  'BUSINESS',
  'BUSINESS2',
  'PERSONAL',
  'OTHER',
  'OTHER2',
  'SMS',
] as const;
export const PHONE_TYPES = [
  'WORK',
  'HOME',
  'CELL',
  'FAX',
  'PAGER',
  'OTHER',
] as const;
export const IM_TYPES = [
  'AIM',
  'GTALK',
  'ICQ',
  'XMPP',
  'MSN',
  'SKYPE',
  'QQ',
  'YAHOO',
] as const;
export const ADDRESS_TYPES = ['WORK', 'HOME', 'OTHER'] as const;
export const USER_TYPES = ['RETAIL', 'ENTERPRISE'] as const;
