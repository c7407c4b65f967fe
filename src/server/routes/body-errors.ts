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
 * What a client is told for each kind of body refused before Apollo reads
 * it: by the JSON parser, or for a batch too long (routes/graphql.ts).
 */
const REFUSALS: Record<string, { code: string; message: string }> = {
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than this server accepts.',
  },
  'entity.parse.failed': {
    code: 'BAD_REQUEST',
    message: 'The request body is not valid JSON.',
  },
  'charset.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The request body must be JSON in UTF-8.',
  },
  'batch.too.long': {
    code: 'TOO_MANY_OPERATIONS',
    message:
      'The batch holds more operations than this server runs from one request; send fewer at a time.',
  },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message:
      'The request body is compressed in a way this server does not read (gzip, deflate and br are read).',
  },
};

/** Any other refusal: a truncated upload, a corrupt gzip stream. */
const UNREADABLE = {
  code: 'BAD_REQUEST',
  message: 'The request body could not be read.',
};

/**
 * The answer to a body the JSON parser refused (too large, not JSON, a
 * charset or compression it does not read, a corrupt or cut-off stream): a
 * GraphQL error in JSON with the parser's 4xx status. `undefined` for
 * anything that is not a client's fault.
 */
export function bodyErrorAnswer(
  error: unknown,
  record: RequestRecord,
): ErrorAnswer | undefined {
  const { type, status } = (error ?? {}) as BodyParserError;
  if (typeof status !== 'number' || status < 400 || status > 499) {
    return undefined;
  }
  const { code, message } = (type && REFUSALS[type]) || UNREADABLE;
  record.errorCodes.push(code);
  return {
    status,
    body: JSON.stringify({
      errors: [
        { message, extensions: { code, correlationId: record.correlationId } },
      ],
    }),
  };
}
