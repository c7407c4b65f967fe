import type { Logger } from 'pino';
import type { Caller } from '../auth/caller.js';
import type { Loaders } from '../loaders/create-loaders.js';
import type { CallContext, ProfileBackend } from '../upstream/backend.js';

/** What every resolver sees: made fresh for each GraphQL request. */
export interface GraphContext {
  /**
   * The verified caller; absent only on requests that read nothing but the
   * schema (introspection, `_service`), which the server lets through.
   */
  caller?: Caller;
  correlationId: string;
  loaders: Loaders;
  backend: ProfileBackend;
  /** Token, correlation id and deadline for upstream calls. */
  call: CallContext;
  logger: Logger;
}
