/**
 * Sandbox access tokens: RS256 JWTs in the documented `concur.version` 2
 * layout (reference section 2), signed with the public sandbox key.
 */
import { SignJWT, importJWK, jwtVerify, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import type { DataStore } from './data/store.js';
import {
  SANDBOX_KEY_ID,
  SANDBOX_PRIVATE_JWK,
  SANDBOX_PUBLIC_JWK,
} from './sandbox-key.js';
import type { MintOptions, PrincipalType } from './types.js';

export const DEFAULT_SCOPES = ['user_read', 'company_read', 'app_read'];

/**
 * Clock skew accepted on `exp` and `nbf`, in seconds. As lenient as the
 * subgraph's default, so a token the subgraph accepts for skew is not then
 * refused upstream: a real service must allow for the same drift.
 */
const CLOCK_TOLERANCE_SECONDS = 30;

type Key = Awaited<ReturnType<typeof importJWK>>;
let privateKey: Promise<Key> | undefined;
let publicKey: Promise<Key> | undefined;

function signingKey(): Promise<Key> {
  privateKey ??= importJWK(SANDBOX_PRIVATE_JWK, 'RS256');
  return privateKey;
}

function verificationKey(): Promise<Key> {
  publicKey ??= importJWK(SANDBOX_PUBLIC_JWK, 'RS256');
  return publicKey;
}

/** The JWKS every data center serves at `/oauth2/v0/jwks`. */
export function sandboxJwks() {
  return {
    keys: [
      { ...SANDBOX_PUBLIC_JWK, kid: SANDBOX_KEY_ID, alg: 'RS256', use: 'sig' },
    ],
  };
}

/**
 * Mints a token for `options.sub`. `iss` is the base URL of the principal's
 * home data center (`dataCenters` maps names to base URLs). A sub that is not
 * in the data set still gets a token (type `user`, first data center), which
 * the emulator then rejects: useful for testing unknown principals.
 */
export async function mintSandboxToken(
  store: DataStore,
  dataCenters: Record<string, string>,
  options: MintOptions,
): Promise<string> {
  const found = store.find(options.sub);
  const type: PrincipalType = found?.kind ?? 'user';
  const home =
    options.dataCenter ?? found?.resource.dataCenter ?? firstKey(dataCenters);
  const iss = dataCenters[home];
  if (iss === undefined) {
    throw new TypeError(`dataCenter ${home} is not one of the emulator's`);
  }
  const now = Math.floor(Date.now() / 1000);
  const payload: JWTPayload = {
    sub: options.sub,
    iss,
    aud: '*',
    iat: now + (options.issuedAtOffsetSeconds ?? 0),
    nbf: now + (options.notBeforeOffsetSeconds ?? 0),
    exp: now + (options.expiresInSeconds ?? 3600),
    'concur.version': 2,
    'concur.type': type,
    'concur.profile': `${iss}/profile/v1/${type === 'user' ? 'users' : 'principals'}/${options.sub}`,
    'concur.scopes': options.scopes ?? DEFAULT_SCOPES,
    ...(type === 'app' || options.app !== undefined
      ? {
          'concur.app': `${iss}/profile/v1/apps/${type === 'app' ? options.sub : options.app}`,
        }
      : {}),
    ...options.extraClaims,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: SANDBOX_KEY_ID })
    .sign(await signingKey());
}

/**
 * Tokens whose signature already checked out, by their exact text. A caller
 * sends the same token on every call, and the RS256 check was a third of
 * the emulator's CPU under load, which on one machine is taken from the
 * subgraph it serves (the real Profile API's CPU is someone else's). A
 * token is looked up whole, so a changed byte is checked afresh; expiry is
 * still checked on every call, below.
 */
const verifiedTokens = new LRUCache<string, JWTPayload>({ max: 1000 });

/** Throws a jose error for a bad signature, algorithm, shape or time. */
export async function verifySandboxToken(token: string): Promise<JWTPayload> {
  const known = verifiedTokens.get(token);
  if (known !== undefined && !expired(known)) return known;
  // An expired token goes through jose again, which refuses it with the
  // same error as one never seen.
  const { payload } = await jwtVerify(token, await verificationKey(), {
    algorithms: ['RS256'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  });
  verifiedTokens.set(token, payload);
  return payload;
}

/** jose's own rule: expired once `exp` is at or before now less the skew. */
function expired(payload: JWTPayload): boolean {
  const now = Math.floor(Date.now() / 1000);
  return (
    payload.exp !== undefined && payload.exp <= now - CLOCK_TOLERANCE_SECONDS
  );
}

function firstKey(record: Record<string, string>): string {
  const [first] = Object.keys(record);
  if (first === undefined) throw new TypeError('no data centers');
  return first;
}
