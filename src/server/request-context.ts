import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Caller } from '../auth/caller.js';
import { TokenRejectedError } from '../auth/errors.js';
import type { TokenVerifier } from '../auth/verify-token.js';
import type { GraphContext } from '../graph/context.js';
import { createLoaders } from '../loaders/create-loaders.js';
import type { CallContext, ProfileBackend } from '../upstream/backend.js';
import type { DataCenterTable } from '../upstream/data-centers.js';

export interface ContextDependencies {
  backend: ProfileBackend;
  verifyToken: TokenVerifier;
  dataCenters: DataCenterTable;
  logger: Logger;
  requestDeadlineMs: number;
  maxBatchSize: number;
}

export interface IncomingCall {
  authorization: string | undefined;
  correlationId: string;
  signal?: AbortSignal;
}

/**
 * Turns one HTTP request into the context its resolvers share: the verified
 * caller, the upstream call context and fresh loaders. The token is checked
 * here, before any resolver can reach the upstream.
 */
export async function buildContext(
  deps: ContextDependencies,
  incoming: IncomingCall,
): Promise<GraphContext> {
  const { correlationId } = incoming;
  const token = bearerToken(incoming.authorization, correlationId);
  const caller = token ? await verify(deps, token, correlationId) : undefined;
  const homeDataCenter = deps.dataCenters.resolve(caller?.issuer)?.name;
  const call: CallContext = {
    token: token ?? '',
    correlationId,
    deadlineAt: Date.now() + deps.requestDeadlineMs,
    ...(homeDataCenter && { homeDataCenter }),
    ...(caller && { principalId: caller.subject }),
    ...(incoming.signal && { signal: incoming.signal }),
  };
  return {
    ...(caller && { caller }),
    correlationId,
    call,
    backend: deps.backend,
    loaders: createLoaders(deps.backend, call, deps.maxBatchSize),
    logger: deps.logger.child({ correlationId }),
  };
}

/** The token of an `Authorization: Bearer …` header; undefined when absent. */
function bearerToken(header: string | undefined, correlationId: string) {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header);
  if (!match) {
    throw authError(
      'The Authorization header must be "Bearer <token>".',
      correlationId,
      'invalid_request',
    );
  }
  return match[1];
}

async function verify(
  deps: ContextDependencies,
  token: string,
  correlationId: string,
): Promise<Caller> {
  try {
    return await deps.verifyToken(token);
  } catch (error) {
    if (error instanceof TokenRejectedError) {
      throw authError(error.message, correlationId, 'invalid_token');
    }
    deps.logger.error({ correlationId, err: error }, 'token keys unavailable');
    throw new GraphQLError('Token keys are unavailable; try again shortly.', {
      extensions: {
        code: 'AUTH_UNAVAILABLE',
        correlationId,
        http: { status: 503 },
      },
    });
  }
}

function authError(
  message: string,
  correlationId: string,
  reason: BearerErrorCode,
) {
  return new GraphQLError(message, {
    extensions: unauthenticatedExtensions(bearerChallenge(reason), {
      correlationId,
    }),
  });
}

/** RFC 6750 section 3.1 error codes a 401 can carry. */
export type BearerErrorCode = 'invalid_request' | 'invalid_token';

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 6750 section 3): bare when
 * no credentials came, with an `error` when the ones sent were refused.
 */
export function bearerChallenge(reason?: BearerErrorCode): HeaderMap {
  const value = reason ? `Bearer error="${reason}"` : 'Bearer';
  return new HeaderMap([['www-authenticate', value]]);
}

/**
 * `extensions` of a 401 with its challenge header. Typed loosely on purpose:
 * graphql-yoga (a test dependency) declares `extensions.http.headers` as a
 * plain record globally, while Apollo Server reads a HeaderMap.
 */
export function unauthenticatedExtensions(
  challenge: HeaderMap,
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    code: 'UNAUTHENTICATED',
    ...more,
    http: { status: 401, headers: challenge },
  };
}
