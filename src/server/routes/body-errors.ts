import type { RequestRecord } from '../request-record.js';

interface BodyParserError {
  type?: string;
  status?: number;
}

export interface ErrorAnswer {
  status: number;
  body: string;
}

/**
 * The answer to a body the JSON parser refused (too large, not JSON): a
 * GraphQL error in JSON with the parser's status (413, 400). `undefined`
 * for anything that is not a body parser's refusal.
 */
export function bodyErrorAnswer(
  error: unknown,
  record: RequestRecord,
): ErrorAnswer | undefined {
  const { type, status } = (error ?? {}) as BodyParserError;
  if (type === undefined || status === undefined) return undefined;
  const tooLarge = type === 'entity.too.large';
  const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  record.errorCodes.push(code);
  const message = tooLarge
    ? 'The request body is larger than this server accepts.'
    : 'The request body is not valid JSON.';
  return {
    status,
    body: JSON.stringify({
      errors: [
        { message, extensions: { code, correlationId: record.correlationId } },
      ],
    }),
  };
}
