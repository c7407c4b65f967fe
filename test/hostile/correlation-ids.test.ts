/**
 * Whatever a caller puts in `concur-correlationid`, the id the subgraph uses
 * is safe: the caller's own when well formed, else a fresh UUID, never the
 * raw bad value; it is echoed on the response, carried on every upstream
 * call and written in the log lines. Header values no well-behaved client
 * sends go over a raw socket, since undici refuses to send them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtures } from '../../src/emulator/index.js';
import { postGraphQL } from '../support/stack.js';
import { rawPost } from './support/raw-http.js';
import { startHostileStack, type HostileStack } from './support/stack.js';

const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const QUERY = '{ me { ... on User { id } } }';

let stack: HostileStack;
let token: string;

beforeAll(async () => {
  stack = await startHostileStack({ env: { LOG_LEVEL: 'info' } });
  const { demoUser } = fixtures(stack.emulator.data);
  token = await stack.emulator.mintToken({ sub: demoUser.id });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.reset());

const upstreamIds = () =>
  stack.emulator
    .stats()
    .requests.filter((c) => c.route.startsWith('/profile/'))
    .map((c) => c.correlationId);

/** The id was used throughout: echoed, sent upstream, logged. */
function expectUsedThroughout(echoed: unknown) {
  expect(typeof echoed).toBe('string');
  const id = echoed as string;
  expect(id).toMatch(/^[A-Za-z0-9._:-]{6,128}$/);
  const ids = upstreamIds();
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids)).toEqual(new Set([id]));
  expect(stack.logText()).toContain(`"correlationId":"${id}"`);
  return id;
}

describe('correlation ids a client library can send', () => {
  it('generates a UUID when the header is missing', async () => {
    const { headers, body } = await postGraphQL(stack.url, {
      token,
      query: QUERY,
    });

    expect(body.errors).toBeUndefined();
    expect(expectUsedThroughout(headers['concur-correlationid'])).toMatch(UUID);
  });

  it.each([
    ['six characters', 'abc-12'],
    ['128 characters', 'c'.repeat(128)],
    ['dots, colons and underscores', 'corr.0001:part_two'],
  ])('keeps a well-formed id of %s', async (_name, id) => {
    const { headers } = await postGraphQL(stack.url, {
      token,
      query: QUERY,
      headers: { 'concur-correlationid': id },
    });

    expect(expectUsedThroughout(headers['concur-correlationid'])).toBe(id);
  });

  it.each([
    ['shorter than six characters', 'xyz12'],
    ['empty', ''],
    ['129 characters', 'q'.repeat(129)],
    ['ten thousand characters', 'x'.repeat(10_000)],
    ['spaces', 'corr 0001 abc'],
    ['quotes and braces', 'corr"},{"admin":true'],
    ['a path', '../../etc/passwd'],
    ['HTML', '<script>alert(1)</script>'],
    ['a log-line lookalike', 'corr-1","level":60,"msg":"forged'],
  ])('replaces an id that is %s with a UUID', async (_name, bad) => {
    const { headers } = await postGraphQL(stack.url, {
      token,
      query: QUERY,
      headers: { 'concur-correlationid': bad },
    });

    const id = expectUsedThroughout(headers['concur-correlationid']);
    expect(id).toMatch(UUID);
    if (bad.length > 0) expect(stack.logText()).not.toContain(bad);
  });

  it('puts the safe id, not the raw one, on errors', async () => {
    const { headers, body } = await postGraphQL(stack.url, {
      token,
      query: '{ user(id: "not-a-uuid") { id } nope }',
      headers: { 'concur-correlationid': 'bad id' },
    });

    const echoed = headers['concur-correlationid'];
    expect(echoed).toMatch(UUID);
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain('bad id');
  });
});

describe('correlation ids written by hand on the wire', () => {
  const send = (value: Buffer) =>
    rawPost(
      stack.url,
      Buffer.concat([
        Buffer.from(`authorization: Bearer ${token}\r\nconcur-correlationid: `),
        value,
      ]),
      JSON.stringify({ query: QUERY }),
    );
  const echoedOf = (headers: Array<[string, string]>) =>
    headers.filter(([name]) => name === 'concur-correlationid');

  it.each([
    ['UTF-8 non-ASCII', Buffer.from('corr-ü-123456', 'utf8')],
    ['Latin-1 non-ASCII', Buffer.from('corr-ü-123456', 'latin1')],
    ['a tab', Buffer.from('corr-\t-123456')],
    ['an emoji', Buffer.from('corr-🙂-123456', 'utf8')],
  ])('replaces an id with %s with a UUID', async (_name, value) => {
    const { status, headers } = await send(value);

    expect(status).toBe(200);
    const echoed = echoedOf(headers);
    expect(echoed).toHaveLength(1);
    expect(expectUsedThroughout(echoed[0]![1])).toMatch(UUID);
  });

  it.each([
    ['a bare CR', 'corr-\r-123456'],
    ['a bare LF', 'corr-\n-123456'],
    ['NUL', 'corr-\x00-123456'],
    ['a control character', 'corr-\x01-123456'],
    ['ESC', 'corr-\x1b[31m-123456'],
    ['DEL', 'corr-\x7f-123456'],
  ])('never uses or echoes an id with %s', async (_name, value) => {
    const { status, headers, body } = await send(Buffer.from(value));

    // Node's parser refuses most of these outright (400, nothing reaches
    // the subgraph); if one gets through, it must be replaced.
    const echoed = echoedOf(headers);
    if (status === 400) {
      expect(upstreamIds()).toEqual([]);
      expect(echoed).toEqual([]);
    } else {
      expect(expectUsedThroughout(echoed[0]?.[1])).toMatch(UUID);
    }
    expect(body).not.toContain(value);
    expect(stack.logText()).not.toContain(value);
  });

  it('treats a CRLF as the end of the header, not as a header to echo', async () => {
    const { status, headers } = await send(
      Buffer.from('corr-0042\r\nset-cookie: session=stolen'),
    );

    expect(status).toBe(200);
    expect(headers.some(([name]) => name === 'set-cookie')).toBe(false);
    expect(expectUsedThroughout(echoedOf(headers)[0]?.[1])).toBe('corr-0042');
  });
});
