/**
 * Apollo Server's store of parsed and validated operations, keyed by the
 * hash of the query text, so a query sent again skips parsing and
 * validation.
 *
 * Apollo's default store is bounded at 30 MiB as measured by the length of
 * each document's JSON, which is far below what a document holds in the
 * heap: graphql-js keeps every token of the source, comments included,
 * linked from the document's location, and a Location object per node.
 * Measured under Node 20, a parsed operation holds about 300 bytes of heap
 * per token, 4 to 4.5 times its JSON length, so the default store let
 * distinct query texts (a unique alias or operation name per request) keep
 * about 130 MB. Comments are tokens that the JSON leaves out altogether: a
 * 240 KB body of `#` lines around a one-field query holds about 7 MB while
 * counting as 700 bytes, and about 50 such requests ran a replica out of its
 * 384 MB heap.
 *
 * This store counts each document by that heap estimate instead, and keeps
 * at most DOCUMENT_STORE_BYTES of them, least recently used out first.
 */
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, Token } from 'graphql';

/**
 * Estimated heap the stored documents may hold: 8 MiB. A small operation
 * (30 tokens) counts about 9 KB, so about 900 of them fit; a router sends a
 * subgraph a fixed set of operations, the fetches of its query plans,
 * usually tens to a few hundred. The largest one the default limits let
 * through (2,000 tokens in a 256 KiB body, at most about 4.5 MB as counted
 * here) fits too. An operation no longer stored is parsed and validated
 * again (about 0.25 ms for a small one), not refused.
 *
 * Under 40 connections each sending a new query text, peak RSS of the
 * built server was 159 MB with no store, 165 MB with 4 MiB, 175-185 MB
 * with 8 MiB and 191-196 MB with 16 MiB, against 355-375 MB with Apollo's
 * default (one fixed query: 150 MB). Evicted documents are garbage in the
 * old generation, so a larger store costs more than its own size; 8 MiB
 * keeps that peak near the 180 MB the Dockerfile states.
 */
export const DOCUMENT_STORE_BYTES = 8 * 1024 * 1024;

/**
 * Heap per token of a parsed document: the Token, and about one Location
 * and one AST node per token (285 to 313 bytes measured across small, wide,
 * nested and id-list operations; a comment token holds about 90).
 */
const BYTES_PER_TOKEN = 300;

/**
 * Heap per backslash in the source: graphql-js decodes a string value with
 * an escape in it piece by piece, and V8 keeps the pieces as a chain of
 * strings, about 32 bytes per escape (30,000 `\u0041` held 1.1 MB where
 * the text was 180 KB). Counted a little high, as every estimate here is.
 */
const BYTES_PER_ESCAPE = 40;

export function documentStore(
  maxBytes: number = DOCUMENT_STORE_BYTES,
): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: estimatedDocumentBytes,
  });
}

/**
 * About how much heap `document` holds: its tokens, counted along the list
 * its location links (comments included, which `maxTokens` does not count);
 * its source text twice, once for the source and once for string values
 * decoded from it; and the escapes in those strings. Always at least 1, as
 * lru-cache requires. A document parsed without locations, which Apollo
 * never produces, counts by its JSON length, as Apollo's default store
 * counts every document.
 */
export function estimatedDocumentBytes(document: DocumentNode): number {
  const loc = document.loc;
  if (!loc) return Math.max(1, InMemoryLRUCache.sizeCalculation(document));
  let tokens = 0;
  for (let token: Token | null = loc.startToken; token; token = token.next) {
    tokens++;
  }
  const text = loc.source.body;
  return Math.max(
    1,
    tokens * BYTES_PER_TOKEN +
      2 * text.length +
      occurrences(text, '\\') * BYTES_PER_ESCAPE,
  );
}

function occurrences(text: string, char: string): number {
  let count = 0;
  for (
    let at = text.indexOf(char);
    at !== -1;
    at = text.indexOf(char, at + 1)
  ) {
    count++;
  }
  return count;
}
