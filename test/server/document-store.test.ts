/**
 * The store of parsed operations (src/server/document-store.ts): distinct
 * query texts, which any caller can send, keep a bounded amount of heap.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCUMENT_STORE_BYTES,
  documentStore,
  estimatedDocumentBytes,
} from '../../src/server/document-store.js';
import { postGraphQL } from '../support/stack.js';
import { startObservedStack, type ObservedStack } from './helpers.js';

/** A small operation (30 tokens) whose text differs for every `i`. */
const small = (i: number) =>
  `query Op${i}($id: ID!) { u${i}: user(id: $id) { id displayName nickName preferredLanguage timezone active } }`;

/** A one-field operation followed by `lines` comment lines. */
const padded = (i: number, lines: number) =>
  `query Op${i} { __typename }\n${'#\n'.repeat(lines)}`;

describe('documentStore', () => {
  it('keeps a bounded number of distinct operations, the newest ones', async () => {
    const store = documentStore();
    const count = 3_000;
    for (let i = 0; i < count; i++) {
      await store.set(`op${i}`, parse(small(i)));
    }
    const perDocument = estimatedDocumentBytes(parse(small(count)));
    expect(store.keys().length).toBeLessThanOrEqual(
      Math.ceil(DOCUMENT_STORE_BYTES / perDocument),
    );
    expect(store.keys().length).toBeGreaterThan(500);
    expect(await store.get(`op${count - 1}`)).toBeDefined();
    expect(await store.get('op0')).toBeUndefined();
  });

  it('counts the comments a document holds, which its JSON leaves out', async () => {
    const document = parse(padded(0, 30_000));
    expect(JSON.stringify(document).length).toBeLessThan(1_000);
    expect(estimatedDocumentBytes(document)).toBeGreaterThan(30_000 * 100);

    const store = documentStore();
    await store.set('large', parse(padded(1, 20_000)));
    expect(store.keys()).toContain('large');
    await store.set('too big', parse(padded(2, 100_000)));
    expect(store.keys()).not.toContain('too big');
  });

  it('lets Apollo skip parsing an operation it kept, and parse one it let go', async () => {
    let parses = 0;
    const server = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      documentStore: documentStore(),
      plugins: [
        {
          async requestDidStart() {
            return {
              async parsingDidStart() {
                parses++;
              },
            };
          },
        },
      ],
    });
    await server.start();
    try {
      // About 70 tokens, 21 KB as the store counts it: 400 fit.
      const run = (i: number) =>
        server.executeOperation({
          query: `query Op${i} { ${Array.from({ length: 20 }, (_, k) => `a${k}: hello`).join(' ')} }`,
        });
      for (let i = 0; i < 1_000; i++) await run(i);
      expect(parses).toBe(1_000);
      await run(999);
      expect(parses).toBe(1_000);
      await run(0);
      expect(parses).toBe(1_001);
    } finally {
      await server.stop();
    }
  });
});

describe('a running server', () => {
  let stack: ObservedStack;
  beforeAll(async () => {
    stack = await startObservedStack({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => stack.close());

  // Each of these operations holds about 0.45 MB once parsed, and counted
  // 700 bytes in Apollo's default store, which kept all 200 (about 90 MB).
  it('does not keep the heap that distinct query texts hold', async () => {
    const send = (i: number) =>
      postGraphQL(stack.url, { query: padded(i, 5_000) });
    expect((await send(200)).body.data).toEqual({ __typename: 'Query' });
    const before = heapAfterGc();
    for (let i = 0; i < 200; i++) {
      const { status } = await send(i);
      expect(status).toBe(200);
    }
    const grown = heapAfterGc() - before;
    expect(grown).toBeLessThan(30 * 1024 * 1024);
  });
});

/** Bytes of heap in use after a full collection. */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
