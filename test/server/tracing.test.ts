/**
 * Spans reach an OTLP/HTTP collector (a loopback server standing in for
 * one) only when an endpoint is configured, with the correlation id on
 * the request span and on every upstream call span under it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { startObservedStack } from './helpers.js';

interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Array<{ key: string; value: { stringValue?: string } }>;
}

let collector: http.Server;
let endpoint: string;
const received: OtlpSpan[] = [];

beforeAll(async () => {
  collector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const payload = JSON.parse(body) as {
        resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpSpan[] }> }>;
      };
      for (const resource of payload.resourceSpans) {
        for (const scope of resource.scopeSpans) received.push(...scope.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) =>
    collector.listen(0, '127.0.0.1', resolve),
  );
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => collector.close(resolve)));

const attribute = (span: OtlpSpan, key: string) =>
  span.attributes.find((a) => a.key === key)?.value.stringValue;

async function oneRequest(env: Record<string, string>, correlationId: string) {
  const stack = await startObservedStack({ LOG_LEVEL: 'silent', ...env });
  const token = await stack.emulator.mintToken({
    sub: fixtures(stack.emulator.data).demoUser.id,
  });
  await postGraphQL(stack.url, {
    token,
    query: 'query Traced { me { ... on User { id company { name } } } }',
    headers: { 'concur-correlationid': correlationId },
  });
  // Closing flushes the batch of spans to the collector.
  await stack.close();
}

describe('tracing', () => {
  it('exports a request span with upstream call spans under it', async () => {
    await oneRequest(
      { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint },
      'corr-trace-01',
    );

    const mine = received.filter(
      (s) => attribute(s, 'concur.correlation_id') === 'corr-trace-01',
    );
    const request = mine.find((s) => s.name === 'graphql.request')!;
    const upstream = mine.filter((s) => s.name.startsWith('GET /profile/v1/'));
    expect(request).toBeDefined();
    expect(attribute(request, 'graphql.operation.name')).toBe('Traced');
    expect(upstream.length).toBeGreaterThan(1);
    for (const span of upstream) {
      expect(span.traceId).toBe(request.traceId);
      expect(span.parentSpanId).toBe(request.spanId);
    }
  });

  it('exports nothing when no endpoint is set', async () => {
    const before = received.length;
    await oneRequest({}, 'corr-trace-02');
    expect(received.length).toBe(before);
  });
});
