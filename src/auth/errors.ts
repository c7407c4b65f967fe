/**
 * Why a token was refused. The message is safe to return to the caller: it
 * names the rule the token broke, never the token or its claims.
 */
export class TokenRejectedError extends Error {
  readonly code = 'UNAUTHENTICATED';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenRejectedError';
  }
}
