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
      throw authError(error.message, correlationId);
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

function authError(message: string, correlationId: string) {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      correlationId,
      http: { status: 401 },
    },
  });
}
