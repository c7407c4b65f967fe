import type { GraphContext } from '../graph/context.js';
import type { RequestRecord } from './request-record.js';

/**
 * The graph's context plus what only the server needs. Resolvers see it as
 * a GraphContext; the extra field never reaches them by name.
 */
export interface ServerContext extends GraphContext {
  record: RequestRecord;
}
