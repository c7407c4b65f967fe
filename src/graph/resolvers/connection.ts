import { badUserInput } from '../errors.js';

/** Largest page a connection serves, so one query cannot read a whole tenant. */
export const MAX_PAGE_SIZE = 100;

/**
 * Cursors are opaque to clients but are simply the item's offset in the
 * upstream list (SCIM paging is by offset), encoded so nobody relies on it.
 */
export function cursorFor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

/** The offset of the item after `after`, or 0 without a cursor. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const match = /^offset:(\d{1,9})$/.exec(
    Buffer.from(after, 'base64url').toString(),
  );
  if (!match) throw badUserInput('The `after` cursor is not one we issued.');
  return Number(match[1]) + 1;
}

export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

/** A Relay connection over one page of an offset-paged list. */
export function connection<T>(
  items: readonly T[],
  offset: number,
  total: number,
) {
  const edges = items.map((node, index) => ({
    cursor: cursorFor(offset + index),
    node,
  }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
