/**
 * Reading the emulator's call log in the terms the graph's promises use:
 * profile calls (not key-set fetches), lookups of one resource by its own
 * URL, and SCIM filter calls that serve many.
 */
import { expect } from 'vitest';
import type { RequestRecord } from '../../src/emulator/index.js';
import type { GraphQLResponse, Stack } from '../support/stack.js';

/** A seeded set big enough for a 100-user page and a second page. */
export const WIDE_DATA = { size: { companies: 2, usersPerCompany: 120 } };

/** Every call to the Profile API since the last reset, oldest first. */
export function profileCalls(stack: Stack): RequestRecord[] {
  return stack.emulator
    .stats()
    .requests.filter((call) => call.route.startsWith('/profile/v1/'));
}

/**
 * Calls that fetched one resource by its own URL and got an answer about
 * it (a 301 is only a hop towards the data center that answers).
 */
export function singleLookups(calls: RequestRecord[]): RequestRecord[] {
  return calls.filter(
    (call) => /\/\{id\}$/.test(call.route) && call.status !== 301,
  );
}

/** SCIM `filter=id eq …` calls, each serving many ids at once. */
export function filterCalls(calls: RequestRecord[]): RequestRecord[] {
  return calls.filter((call) => call.path.includes('filter='));
}

/** How many times each resource was fetched by its own URL. */
export function lookupsPerResource(
  calls: RequestRecord[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of singleLookups(calls)) {
    const id = idInPath(call.path);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Fails unless no resource was fetched by its own URL more than once. */
export function expectNoRepeatedLookups(calls: RequestRecord[]): void {
  const repeated = [...lookupsPerResource(calls)].filter(([, n]) => n > 1);
  expect(repeated).toEqual([]);
}

function idInPath(path: string): string {
  const last = path.split('?')[0]!.split('/').at(-1)!;
  return decodeURIComponent(last).toLowerCase();
}

/** The response's data, failing the test when it carries any error. */
export function dataOf(response: GraphQLResponse): Record<string, unknown> {
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data ?? {};
}

/** `_entities` over the given representations, selecting id and a name. */
export const ENTITIES_QUERY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User { id displayName }
    ... on Company { id name }
    ... on App { id name }
  }
}`;
