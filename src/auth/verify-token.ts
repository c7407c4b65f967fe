import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import type { Caller, PrincipalType } from './caller.js';
import { TokenRejectedError } from './errors.js';
import { cachedVerifier } from './cached-verifier.js';
import { judgeKeySet } from './key-set.js';
import { grantsOf, parseScopeClaim } from './scopes.js';

export interface TokenVerifierOptions {
  /** Where the issuer publishes its signing keys. */
  jwksUrl: string;
  /** Accepted `iss` values; any issuer when empty (tests only). */
  issuers: readonly string[];
  /** Required `aud`; not checked when undefined. */
  audience?: string;
  /**
   * App UUIDs whose tokens are accepted, read from `concur.app`; any app
   * when empty. Concur's `aud` is `*` for every client, so this is what
   * tells a token issued to our front end from one issued to another app.
   */
  allowedApps?: readonly string[];
  /** Accepted `alg` values. Concur signs with RS256 only. */
  algorithms: readonly string[];
  /** Allowed clock difference for `exp`, `nbf` and `iat`, in seconds. */
  clockToleranceSeconds: number;
  /** How long a fetched key set is trusted before it is fetched again. */
  jwksCacheMaxAgeMs: number;
  /** Abort a key-set fetch after this long. */
  jwksTimeoutMs: number;
}

export type TokenVerifier = (token: string) => Promise<Caller>;

/** A verified caller and when its token expires, for caching. */
export interface VerifiedToken {
  caller: Caller;
  expiresAtMs: number;
}

const PRINCIPAL_TYPES = new Set<string>(['user', 'company', 'app']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Builds the function that turns a bearer token into a verified caller. The
 * key set is fetched lazily, cached and refetched by jose (with a cooldown, so
 * a flood of unknown `kid`s cannot turn into a flood of fetches); verified
 * tokens are remembered for a short while (cached-verifier.ts).
 */
export function createTokenVerifier(
  options: TokenVerifierOptions,
): TokenVerifier {
  return cachedVerifier(verifyWithKeySet(options), {
    maxEntries: 10_000,
    maxAgeMs: 60_000,
  });
}

function verifyWithKeySet(
  options: TokenVerifierOptions,
): (token: string) => Promise<VerifiedToken> {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
    cacheMaxAge: options.jwksCacheMaxAgeMs,
    timeoutDuration: options.jwksTimeoutMs,
  });
  const keySetUsable = usableKeysCheck(keys, options.algorithms);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: [...options.algorithms],
        clockTolerance: options.clockToleranceSeconds,
        // A token without `exp` would be good forever; Concur's always
        // carry one (reference section 2), so one without is refused.
        requiredClaims: ['exp', 'sub'],
        ...(options.issuers.length > 0 && { issuer: [...options.issuers] }),
        ...(options.audience !== undefined && { audience: options.audience }),
      }));
    } catch (error) {
      if (
        error instanceof errors.JWKSNoMatchingKey &&
        !(await keySetUsable())
      ) {
        throw new KeySetUnavailableError(error);
      }
      throw rejectionFor(error);
    }
    assertAllowedApp(payload, options.allowedApps ?? []);
    // `exp` is a required claim, so jose has checked it is a number.
    return { caller: callerFrom(payload), expiresAtMs: payload.exp! * 1000 };
  };
}

/**
 * Whether the key set the verifier holds has any key it could use. Asked
 * only when no key matched a token, to tell a token signed by a key we do
 * not know (the caller's fault, 401) from a key set with nothing usable in
 * it (ours, 503). The verdict is kept until the set changes, so a flood of
 * tokens with unknown `kid`s costs a comparison each, not key imports.
 */
function usableKeysCheck(
  keys: ReturnType<typeof createRemoteJWKSet>,
  algorithms: readonly string[],
): () => Promise<boolean> {
  let judged: { text: string; usable: Promise<boolean> } | undefined;
  return () => {
    const jwks = keys.jwks();
    const text = JSON.stringify(jwks);
    if (judged === undefined || judged.text !== text) {
      const usable = judgeKeySet(jwks, algorithms).then((v) => v === 'usable');
      judged = { text, usable };
    }
    return judged.usable;
  };
}

/** `concur.app` is a URL ending in `/apps/{uuid}` (reference section 2). */
function assertAllowedApp(payload: JWTPayload, allowed: readonly string[]) {
  if (allowed.length === 0) return;
  const claim = payload['concur.app'];
  const app =
    typeof claim === 'string'
      ? /\/apps\/([0-9a-fA-F-]{36})\/?$/.exec(claim)?.[1]?.toLowerCase()
      : undefined;
  if (app === undefined || !allowed.includes(app)) {
    throw new TokenRejectedError(
      'The token was not issued to an app this service accepts.',
    );
  }
}

function callerFrom(payload: JWTPayload): Caller {
  const subject = payload.sub;
  if (typeof subject !== 'string' || !UUID.test(subject)) {
    throw new TokenRejectedError('The token has no principal UUID in "sub".');
  }
  const type = payload['concur.type'];
  if (typeof type !== 'string' || !PRINCIPAL_TYPES.has(type)) {
    throw new TokenRejectedError(
      'The token has no principal type in "concur.type".',
    );
  }
  // Newer tokens carry `concur.scopes`; older samples only the URL-named
  // claim, and plain OAuth tokens a `scope` string (reference section 2).
  const scopes = parseScopeClaim(
    payload['concur.scopes'] ??
      payload['https://api.concursolutions.com/scopes'] ??
      payload['scope'],
  );
  return {
    subject: subject.toLowerCase(),
    type: type as PrincipalType,
    grants: grantsOf(scopes),
    ...(typeof payload.iss === 'string' && { issuer: payload.iss }),
  };
}

/** A caller-safe reason for each way jose can refuse a token. */
function rejectionFor(error: unknown): Error {
  if (error instanceof errors.JWTExpired) {
    return new TokenRejectedError('The token has expired.', { cause: error });
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new TokenRejectedError(
      `The token's "${error.claim}" claim is not acceptable.`,
      { cause: error },
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new TokenRejectedError(
      'The token is not signed with an accepted algorithm.',
      { cause: error },
    );
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return new TokenRejectedError('The token is not signed by a trusted key.', {
      cause: error,
    });
  }
  if (isKeySetFailure(error)) return new KeySetUnavailableError(error);
  return new TokenRejectedError('The token is not a well-formed JWT.', {
    cause: error,
  });
}

/**
 * jose wraps every fault of the token itself in a JOSEError; anything else
 * (a fetch that failed, a key set that timed out or made no sense) is a fault
 * of the key set.
 */
function isKeySetFailure(error: unknown): boolean {
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    // The plain base class is what jose throws when the key-set URL does
    // not answer 200 (a 503, a redirect); every token fault has its own.
    (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') ||
    !(error instanceof errors.JOSEError)
  );
}

/**
 * The key set could not be fetched: the fault is ours, not the caller's, so
 * it must not read as a bad token.
 */
export class KeySetUnavailableError extends Error {
  readonly code = 'AUTH_UNAVAILABLE';

  constructor(cause: unknown) {
    super('Token keys are unavailable; try again shortly.', { cause });
    this.name = 'KeySetUnavailableError';
  }
}
