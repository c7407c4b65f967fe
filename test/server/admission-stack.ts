/**
 * The stack the admission tests share: room for one operation naming 4 ids
 * (weight 5) and not for a second, single lookups (no bulk filter), and a
 * company token that sees six local users.
 */
import { fixtures, type EmulatorUser } from '../../src/emulator/index.js';
import {
  postGraphQL,
  startStack,
  type GraphQLResponse,
  type Stack,
} from '../support/stack.js';

export interface AdmissionStack {
  stack: Stack;
  token: string;
  users: EmulatorUser[];
  /** `users(ids:)` with the company token and the given correlation id. */
  lookup(ids: string[], correlationId?: string): Promise<GraphQLResponse>;
  /** Makes every Profile call take `ms` longer. */
  slowUpstream(ms: number): void;
  /**
   * Polls `/metrics` until the gauge reads `value` (up to 5 s): the sign
   * that a request just sent was admitted, queued or dropped. The emulator
   * records calls only once answered, too late to tell.
   */
  untilGauge(name: string, value: number): Promise<void>;
}

export async function startAdmissionStack(
  env: Record<string, string>,
): Promise<AdmissionStack> {
  const stack = await startStack({
    LOG_LEVEL: 'silent',
    ADMISSION_CAPACITY: '5',
    UPSTREAM_BULK_LOOKUP: 'false',
    ...env,
  });
  const picks = fixtures(stack.emulator.data);
  const token = await stack.emulator.mintToken({ sub: picks.homeCompany.id });
  return {
    stack,
    token,
    users: picks.homeCompanyLocalUsers.slice(0, 6),
    lookup: (ids, correlationId) =>
      postGraphQL(stack.url, {
        query: 'query ($ids: [ID!]!) { users(ids: $ids) { id } }',
        variables: { ids },
        token,
        ...(correlationId && {
          headers: { 'concur-correlationid': correlationId },
        }),
      }),
    slowUpstream: (ms) =>
      void stack.emulator.faults.add({ action: { kind: 'latency', ms } }),
    untilGauge: async (name, value) => {
      const line = new RegExp(`^${name} ${value}$`, 'm');
      for (let i = 0; i < 250; i++) {
        const metrics = await (await fetch(`${stack.origin}/metrics`)).text();
        if (line.test(metrics)) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`${name} never read ${value}`);
    },
  };
}
