/**
 * Tokens no issuer would sign: unsigned (`alg: none`), HMAC-signed with the
 * issuer's public key (the RS256/HS256 confusion), signed by a stranger's key
 * under the issuer's key id, or with a tampered payload.
 */
import { createHmac, createPublicKey } from 'node:crypto';
import { generateKeyPair, SignJWT, decodeJwt } from 'jose';
import {
  SANDBOX_KEY_ID,
  SANDBOX_PUBLIC_JWK,
} from '../../../src/emulator/index.js';

const b64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims of `token` under `alg: none`, with an empty signature. */
export function unsignedCopy(token: string): string {
  const header = b64url({ alg: 'none', typ: 'JWT' });
  return `${header}.${token.split('.')[1]}.`;
}

/** The claims of `token`, HS256-signed with the public key's PEM as secret. */
export function hmacWithPublicKey(token: string): string {
  const pem = createPublicKey({ key: SANDBOX_PUBLIC_JWK, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  const header = b64url({ alg: 'HS256', typ: 'JWT', kid: SANDBOX_KEY_ID });
  const input = `${header}.${token.split('.')[1]}`;
  const signature = createHmac('sha256', pem).update(input).digest('base64url');
  return `${input}.${signature}`;
}

/** The claims of `token`, RS256-signed by a fresh key under the sandbox kid. */
export async function signedByStranger(token: string): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT(decodeJwt(token))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: SANDBOX_KEY_ID })
    .sign(privateKey);
}

/** `token` with one claim changed and the original signature kept. */
export function tampered(token: string, claims: Record<string, unknown>) {
  const [header, , signature] = token.split('.');
  return `${header}.${b64url({ ...decodeJwt(token), ...claims })}.${signature}`;
}
