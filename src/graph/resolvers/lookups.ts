import type DataLoader from 'dataloader';
import { isUuid, normalizeId } from '../../loaders/ids.js';
import { badUserInput } from '../errors.js';

/** Most ids one list argument may carry, so one query cannot fan out wide. */
export const MAX_IDS_PER_LIST = 100;

/** Loads one resource by an id from a query argument. */
export function loadById<T>(loader: DataLoader<string, T | null>, id: string) {
  assertUuid(id);
  return loader.load(id);
}

/**
 * Loads resources in the order asked; each slot is the resource, `null`, or
 * the error for that id alone (graphql-js puts it at that list index).
 */
export function loadByIds<T>(
  loader: DataLoader<string, T | null>,
  ids: readonly string[],
) {
  if (ids.length > MAX_IDS_PER_LIST) {
    throw badUserInput(
      `At most ${MAX_IDS_PER_LIST} ids may be asked for at once; got ${ids.length}.`,
    );
  }
  ids.forEach(assertUuid);
  // Error slots are passed through on purpose: graphql-js reports each at
  // its own list index and returns the neighbours. The cast says so to the
  // generated types, which only know resources and nulls.
  return loader.loadMany(ids) as Promise<Array<T | null>>;
}

/** An entity reference from a router: a malformed id is simply not found. */
export function loadReference<T>(
  loader: DataLoader<string, T | null>,
  id: unknown,
) {
  if (typeof id !== 'string' || !isUuid(normalizeId(id))) return null;
  return loader.load(id);
}

/** Follows a link stored on a resource; a missing link is `null`. */
export function loadLink<T>(
  loader: DataLoader<string, T | null>,
  id: string | null | undefined,
) {
  if (!id || !isUuid(normalizeId(id))) return null;
  return loader.load(id);
}

function assertUuid(id: string) {
  if (!isUuid(normalizeId(id))) {
    throw badUserInput(`${JSON.stringify(id.slice(0, 64))} is not a UUID.`);
  }
}
