/**
 * What one HTTP request to /graphql did, filled in as it goes (correlation
 * id first, then the operation and its errors) and read once when the
 * response is finished, for the request log line and the request metrics.
 * It is opened before anything else looks at the request, so requests
 * Apollo refuses before any plugin runs (a bad token, a body too large) are
 * still logged and counted.
 */

export interface RequestRecord {
  correlationId: string;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  operationName?: string;
  /** `extensions.code` of every error in the response, in order. */
  errorCodes: string[];
  /** The verified caller's subject, once the token is checked. */
  subject?: string;
  /** The operation parsed and validated against the schema. */
  validated?: boolean;
}

/** The code of a thrown GraphQL error, for requests refused early. */
export function codeOf(error: unknown): string {
  const extensions = (error as { extensions?: { code?: unknown } })?.extensions;
  return typeof extensions?.code === 'string'
    ? extensions.code
    : 'INTERNAL_SERVER_ERROR';
}
