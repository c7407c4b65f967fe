import { createLocalJWKSet, errors, type JSONWebKeySet } from 'jose';

/**
 * What a fetched token key set is worth to the verifier:
 * - `usable`: some token signed with an accepted algorithm could be checked
 *   against one of its keys.
 * - `not a key set`: jose refuses it whole (no `keys` list, a member that
 *   is not an object), so every token fails.
 * - `no usable keys`: a key set, but no key fits an accepted algorithm
 *   (another key type, curve or `alg`, not for signatures, private, an RSA
 *   key under 2048 bits), so every token fails.
 */
/** A key as jose hands it out of a key set. */
type Key = Awaited<ReturnType<ReturnType<typeof createLocalJWKSet>>>;

export type KeySetVerdict = 'usable' | 'not a key set' | 'no usable keys';

/**
 * Judges `jwks` by asking jose itself, the way the verifier will: for each
 * accepted algorithm, the keys a token without a `kid` could be checked
 * against. Repeating jose's rules here instead would drift from what the
 * verifier accepts the day jose changes one.
 */
export async function judgeKeySet(
  jwks: unknown,
  algorithms: readonly string[],
): Promise<KeySetVerdict> {
  let keyFor: ReturnType<typeof createLocalJWKSet>;
  try {
    keyFor = createLocalJWKSet(jwks as JSONWebKeySet);
  } catch {
    return 'not a key set';
  }
  for (const alg of algorithms) {
    if (await hasKeyFor(keyFor, alg)) return 'usable';
  }
  return 'no usable keys';
}

async function hasKeyFor(
  keyFor: ReturnType<typeof createLocalJWKSet>,
  alg: string,
): Promise<boolean> {
  try {
    return strongEnough(await keyFor({ alg }));
  } catch (error) {
    // Several keys fit; the verifier would try each that imports.
    if (error instanceof errors.JWKSMultipleMatchingKeys) {
      for await (const key of error) if (strongEnough(key)) return true;
    }
    // No key fits, or the only one that does will not import.
    return false;
  }
}

// jose picks and imports an RSA key of any size, then refuses one under
// 2048 bits when it verifies a signature with it.
function strongEnough(key: Key): boolean {
  const { modulusLength } = key.algorithm as { modulusLength?: number };
  return modulusLength === undefined || modulusLength >= 2048;
}
