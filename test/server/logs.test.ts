/**
 * The request log line, the upstream debug lines, and that no token ever
 * reaches the log, whatever happens to the request.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { startObservedStack, type ObservedStack } from './helpers.js';

let stack: ObservedStack;
let token: string;
let subject: string;

beforeAll(async () => {
  stack = await startObservedStack();
  subject = fixtures(stack.emulator.data).demoUser.id;
  token = await stack.emulator.mintToken({ sub: subject });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const requestLines = () =>
  stack.logs().filter((line) => line['msg'] === 'graphql request');

describe('request log', () => {
  it('writes one line per request with operation, status, duration, caller and client', async () => {
    const before = requestLines().length;
    await postGraphQL(stack.url, {
      token,
      query: 'query WhoAmI { me { ... on User { id } } }',
      headers: {
        'concur-correlationid': 'corr-log-0001',
        'apollographql-client-name': 'web-app',
        'apollographql-client-version': '1.2.3',
      },
    });

    const lines = requestLines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      correlationId: 'corr-log-0001',
      operationName: 'WhoAmI',
      status: 200,
      outcome: 'ok',
      errorCodes: [],
      subject,
      clientName: 'web-app',
      clientVersion: '1.2.3',
    });
    expect(typeof lines[0]!['durationMs']).toBe('number');
  });

  it('writes the error codes and status of a refused request', async () => {
    const before = requestLines().length;
    await postGraphQL(stack.url, {
      token: 'not.a.token',
      query: 'query Broken { me { ... on User { id } } }',
    });

    const [line] = requestLines().slice(before);
    expect(line).toMatchObject({
      status: 401,
      outcome: 'error',
      errorCodes: ['UNAUTHENTICATED'],
    });
  });

  it('writes a debug line per upstream call with data center, path template and correlation id', async () => {
    await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { id } } }',
      headers: { 'concur-correlationid': 'corr-log-0002' },
    });

    const upstream = stack
      .logs()
      .filter(
        (line) =>
          line['msg'] === 'upstream call' &&
          (line['upstream'] as { correlationId?: string }).correlationId ===
            'corr-log-0002',
      );
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream[0]).toMatchObject({
      level: 20,
      upstream: {
        dataCenter: expect.any(String) as unknown,
        pathTemplate: expect.stringContaining('/profile/v1/') as unknown,
        status: 200,
      },
    });
  });
});

describe('redaction', () => {
  it('never writes a token, on success, on upstream failure or on refusal', async () => {
    const rejected = await stack.emulator.mintToken({
      sub: subject,
      expiresInSeconds: -60,
    });
    await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { id company { name } } } }',
    });
    stack.emulator.faults.add({ action: { kind: 'status', status: 500 } });
    const failed = await postGraphQL(stack.url, {
      token,
      query: '{ me { ... on User { id } } }',
    });
    await postGraphQL(stack.url, {
      token: rejected,
      query: '{ me { ... on User { id } } }',
    });
    await postGraphQL(stack.url, {
      query: '{ me { ... on User { id } } }',
      headers: { authorization: `Basic ${token}` },
    });

    expect(failed.body.errors).toBeDefined();
    const text = stack.logText();
    expect(text.length).toBeGreaterThan(0);
    expect(text).toContain('upstream call');
    for (const secret of [token, rejected]) {
      expect(text).not.toContain(secret);
      // The signature alone is the secret part; it must not leak either.
      expect(text).not.toContain(secret.split('.')[2]);
    }
  });
});

describe('logger', () => {
  it('blanks authorization headers and tokens wherever a caller nests them', async () => {
    const { Writable } = await import('node:stream');
    const { createLogger } = await import('../../src/server/logger.js');
    let text = '';
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          text += chunk.toString();
          done();
        },
      }),
    );
    logger.info({ req: { headers: { authorization: 'Bearer s3cret-1' } } });
    logger.info({ call: { token: 's3cret-2' }, authorization: 's3cret-3' });

    expect(text).toContain('[redacted]');
    expect(text).not.toMatch(/s3cret/);
  });
});

describe('URLs in log lines', () => {
  it('blanks the user name and password of any URL in a line', async () => {
    const { Writable } = await import('node:stream');
    const { createLogger } = await import('../../src/server/logger.js');
    let text = '';
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          text += chunk.toString();
          done();
        },
      }),
    );
    logger.warn(
      { url: 'http://user:pw-s3cret@host/jwks' },
      'fetch https://u:s3cret-2@x.example/a failed',
    );

    expect(text).toContain('http://[redacted]@host/jwks');
    expect(text).not.toMatch(/s3cret/);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });
});
