/**
 * A real Hive Gateway (`@graphql-hive/gateway-runtime`) on node's http server
 * at a free loopback port, serving a supergraph composed by
 * `@apollo/composition`, with header propagation and `@requiresScopes`
 * enforcement configured the way a platform team would.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { parseScopeClaim } from '../../../src/auth/scopes.js';

type KeySet = ReturnType<typeof createRemoteJWKSet>;

export interface HiveGatewayOptions {
  supergraphSdl: string;
  /** Where the gateway verifies callers' tokens before reading their scopes. */
  jwksUrl: string;
}

export interface RunningHiveGateway {
  url: string;
  close(): Promise<void>;
}

export async function startHiveGateway(
  options: HiveGatewayOptions,
): Promise<RunningHiveGateway> {
  const gateway = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    logging: false,
    // The same propagation rule as for every router (README, "For platform
    // teams"): the caller's Authorization and concur-correlationid go to
    // every subgraph request of the operation.
    propagateHeaders: {
      fromClientToSubgraphs({ request }) {
        return {
          authorization: request.headers.get('authorization'),
          'concur-correlationid': request.headers.get('concur-correlationid'),
        };
      },
    },
    genericAuth: scopeEnforcement(createRemoteJWKSet(new URL(options.jwksUrl))),
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}

/**
 * Hive Gateway enforces `@requiresScopes` from the supergraph through
 * envelop's generic-auth plugin (its `genericAuth` option): `resolveUserFn`
 * verifies the bearer token and `extractScopes` reads its scopes. Concur puts
 * them in `concur.scopes`, not the `scope` claim the plugin reads by default.
 * `protect-granular` checks only fields that carry a directive, and
 * `rejectUnauthenticated: false` drops each refused field with an error and
 * runs the rest, as Apollo Router does.
 */
function scopeEnforcement(keys: KeySet) {
  return {
    mode: 'protect-granular' as const,
    rejectUnauthenticated: false,
    resolveUserFn: ({ request }: { request: Request }) =>
      verifiedClaims(request, keys),
    extractScopes: (claims: JWTPayload) =>
      parseScopeClaim(
        claims['concur.scopes'] ??
          claims['https://api.concursolutions.com/scopes'] ??
          claims['scope'],
      ),
  };
}

/** The token's claims when its signature and times check out, else null. */
async function verifiedClaims(
  request: Request,
  keys: KeySet,
): Promise<JWTPayload | null> {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer (\S+)$/i.exec(header)?.[1];
  if (!token) return null;
  try {
    return (await jwtVerify(token, keys)).payload;
  } catch {
    return null;
  }
}
