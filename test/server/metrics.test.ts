/**
 * GET /metrics after real traffic: requests by operation and outcome,
 * upstream calls by data center, mirrored connector counters, batch sizes
 * and process metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { postGraphQL } from '../support/stack.js';
import { get, startObservedStack, type ObservedStack } from './helpers.js';

const EMPLOYEE = 'com:concur:Employee:1.0';

let stack: ObservedStack;
let text: string;

beforeAll(async () => {
  stack = await startObservedStack({ LOG_LEVEL: 'silent' });
  const picks = fixtures(stack.emulator.data);
  const user = picks.userWithRemoteManager;
  const caller = await stack.emulator.mintToken({ sub: user.companyId! });
  const token = await stack.emulator.mintToken({ sub: picks.demoUser.id });
  await postGraphQL(stack.url, {
    token,
    query: 'query WhoAmI { me { ... on User { id } } }',
  });
  await postGraphQL(stack.url, {
    token: 'nope',
    query: 'query Bad { me { __typename } }',
  });
  await postGraphQL(stack.url, {
    token,
    query: 'query Junk { me { ... on User { nope } } }',
  });
  await postGraphQL(stack.url, {
    query: 'query Stranger { me { __typename } }',
  });
  await postGraphQL(stack.url, {
    token: caller,
    query: `query Pair($a: ID!, $b: ID!) {
      a: user(id: $a) { id manager { id } }
      b: user(id: $b) { id }
    }`,
    variables: { a: user.id, b: user[EMPLOYEE]!.managerId },
  });
  text = (await get(`${stack.origin}/metrics`)).text;
});
afterAll(() => stack.close());

describe('GET /metrics', () => {
  it('counts requests by operation name and outcome', () => {
    expect(text).toMatch(
      /profile_graph_requests_total\{operation="WhoAmI",outcome="ok"\} 1/,
    );
    expect(text).toMatch(
      /profile_graph_request_duration_seconds_count\{operation="Pair",outcome="ok"\} 1/,
    );
  });

  it('labels operations of unverified callers and invalid operations by kind, not name', () => {
    expect(text).toMatch(
      /profile_graph_requests_total\{operation="\(invalid\)",outcome="error"\} 1/,
    );
    expect(text).toMatch(
      /profile_graph_requests_total\{operation="\(unauthenticated\)",outcome="error"\} 2/,
    );
    expect(text).not.toMatch(/operation="(Junk|Stranger|Bad)"/);
  });

  it('keeps the named label slots for verified callers', () => {
    const metrics = createMetrics(() => ({}));
    const stranger = { authenticated: false, validated: true };
    for (let i = 0; i < 300; i += 1) {
      expect(metrics.operationLabel(`Op${i}`, stranger)).toBe(
        '(unauthenticated)',
      );
    }
    const member = { authenticated: true, validated: true };
    expect(metrics.operationLabel('Real', member)).toBe('Real');
    for (let i = 0; i < 199; i += 1) metrics.operationLabel(`Op${i}`, member);
    expect(metrics.operationLabel('Late', member)).toBe('(other)');
  });

  it('counts upstream calls and their latency by data center', () => {
    expect(text).toMatch(
      /profile_graph_upstream_calls_total\{data_center="\w+",status="200"\} \d+/,
    );
    expect(text).toMatch(
      /profile_graph_upstream_call_duration_seconds_bucket\{le="[\d.]+",data_center="\w+"\}/,
    );
  });

  it('mirrors the connector counters: redirects and route cache by data center', () => {
    expect(text).toContain(
      '# TYPE profile_graph_upstream_retries_total counter',
    );
    expect(text).toMatch(
      /profile_graph_upstream_redirects_followed_total\{data_center="\w+"\} [1-9]/,
    );
    expect(text).toMatch(
      /profile_graph_route_cache_(hits|misses)_total\{data_center="\w+"\} [1-9]/,
    );
  });

  it('records DataLoader batch sizes per loader', () => {
    // Both users of the Pair query are asked for in the same tick: one batch of two.
    expect(text).toMatch(
      /profile_graph_loader_batch_size_bucket\{le="2",loader="users"\} [1-9]/,
    );
    expect(text).toMatch(
      /profile_graph_loader_batch_size_bucket\{le="1",loader="users"\} 0/,
    );
  });

  it('includes process metrics', () => {
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});
