/** Query parameters of list endpoints: SCIM paging and the id filter. */

/** Ids one filter may name; more is a 400, like a real SCIM server's cap. */
export const MAX_FILTER_IDS = 100;
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export type Parsed<T> = { ok: true; value: T } | { ok: false; detail: string };

export interface Paging {
  /** 1-based, as in SCIM. */
  startIndex: number;
  count: number;
}

export function parsePaging(params: URLSearchParams): Parsed<Paging> {
  const startIndex = integerParam(params.get('startIndex'), 1);
  const count = integerParam(params.get('count'), DEFAULT_PAGE_SIZE);
  if (startIndex === undefined || count === undefined || count < 0) {
    return {
      ok: false,
      detail: 'startIndex and count must be non-negative integers',
    };
  }
  // SCIM: a startIndex below 1 means 1; a count above the cap is capped.
  return {
    ok: true,
    value: {
      startIndex: Math.max(1, startIndex),
      count: Math.min(count, MAX_PAGE_SIZE),
    },
  };
}

export function pageOf<T>(items: readonly T[], paging: Paging): T[] {
  const from = paging.startIndex - 1;
  return items.slice(from, from + paging.count);
}

function integerParam(raw: string | null, fallback: number) {
  if (raw === null || raw === '') return fallback;
  return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
}

/**
 * `id eq "a" or id eq "b"`: the only filter form the emulator knows.
 * Operators and the attribute name are case-insensitive, as in SCIM.
 * Returns lower-cased ids, or null when there is no filter.
 */
export function parseIdFilter(raw: string | null): Parsed<string[] | null> {
  if (raw === null) return { ok: true, value: null };
  const terms = raw.trim().split(/\s+or\s+/i);
  const ids: string[] = [];
  for (const term of terms) {
    const match = /^id\s+eq\s+"([^"]+)"$/i.exec(term.trim());
    if (!match?.[1]) {
      return { ok: false, detail: `unsupported filter term: ${term}` };
    }
    ids.push(match[1].toLowerCase());
  }
  if (ids.length > MAX_FILTER_IDS) {
    return {
      ok: false,
      detail: `a filter may name at most ${MAX_FILTER_IDS} ids`,
    };
  }
  return { ok: true, value: ids };
}
