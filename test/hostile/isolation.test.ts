/**
 * Two callers of different companies, interleaved in 1,000 concurrent
 * requests each: every answer holds only its own caller's data, and every
 * upstream call made for a request carried that request's caller's token.
 * Requests are told apart upstream by their correlation ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorUser } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { inPool } from './support/load.js';
import { startHostileStack, type HostileStack } from './support/stack.js';

const REQUESTS_PER_CALLER = 1_000;
const IN_FLIGHT = 50;
const QUERY = `{
  me { ... on User { id company { id users(first: 5) { edges { node { id } } } } } }
}`;

interface Caller {
  name: string;
  user: EmulatorUser;
  token: string;
  /** Ids of every user of the caller's company. */
  colleagues: Set<string>;
}

interface Me {
  id: string;
  company: {
    id: string;
    users: { edges: Array<{ node: { id: string } }> };
  };
}

let stack: HostileStack;
let callers: Caller[];

beforeAll(async () => {
  stack = await startHostileStack({ env: { LOG_LEVEL: 'warn' } });
  const [first, second] = stack.emulator.data.companies;
  callers = await Promise.all(
    [first!, second!].map(async (company, i) => {
      const members = stack.emulator.data.users.filter(
        (user) => user.companyId === company.id,
      );
      const user = members[0]!;
      return {
        name: i === 0 ? 'a' : 'b',
        user,
        token: await stack.emulator.mintToken({ sub: user.id }),
        colleagues: new Set(members.map((member) => member.id)),
      };
    }),
  );
});
afterAll(() => stack.close());

describe('two companies interleaved under load', () => {
  it('answers each caller with its own data and calls upstream with its own token', async () => {
    stack.emulator.reset();
    const sent = await inPool(2 * REQUESTS_PER_CALLER, IN_FLIGHT, async (i) => {
      // Alternate callers, so their requests share the pools and batches.
      const caller = callers[i % 2]!;
      const correlationId = `iso-${caller.name}-${String(i).padStart(6, '0')}`;
      const { status, body } = await postGraphQL(stack.url, {
        token: caller.token,
        query: QUERY,
        headers: { 'concur-correlationid': correlationId },
      });
      return { caller, correlationId, status, body };
    });

    for (const { caller, status, body } of sent) {
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const me = body.data?.['me'] as Me;
      expect(me.id).toBe(caller.user.id);
      expect(me.company.id).toBe(caller.user.companyId);
      const seen = me.company.users.edges.map((edge) => edge.node.id);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((id) => !caller.colleagues.has(id))).toEqual([]);
    }
    expectUpstreamSawOwnTokens(sent);
    // 5 to 10 s alone on 2 cores (3 upstream calls a request); `npm test`
    // runs files side by side, which has stretched it past 30 s.
  }, 60_000);
});

function expectUpstreamSawOwnTokens(
  sent: Array<{ caller: Caller; correlationId: string }>,
) {
  const calls = stack.emulator
    .stats()
    .requests.filter((call) => call.route.startsWith('/profile/'));
  const subjects = new Map<string, Set<string | null>>();
  for (const call of calls) {
    const key = call.correlationId ?? 'none';
    subjects.set(key, (subjects.get(key) ?? new Set()).add(call.subject));
  }
  // Every request made upstream calls, and only with its caller's token.
  const wrong = sent.filter(({ caller, correlationId }) => {
    const seen = subjects.get(correlationId);
    return seen?.size !== 1 || !seen.has(caller.user.id);
  });
  expect(wrong.map((request) => request.correlationId)).toEqual([]);
  expect(subjects.size).toBe(sent.length);
}
