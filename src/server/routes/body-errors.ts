import type { NextFunction, Request, Response } from 'express';
import { recordOf } from '../request-record.js';

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Answers a body the JSON parser refused (too large, not JSON) as a GraphQL
 * error in JSON, with the parser's status (413, 400), instead of express's
 * HTML error page.
 */
export function bodyErrors() {
  return (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    const { type, status } = (err ?? {}) as BodyParserError;
    if (type === undefined || status === undefined || res.headersSent) {
      next(err);
      return;
    }
    const tooLarge = type === 'entity.too.large';
    const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    recordOf(res).errorCodes.push(code);
    res.status(status).json({
      errors: [
        {
          message: tooLarge
            ? 'The request body is larger than this server accepts.'
            : 'The request body is not valid JSON.',
          extensions: { code, correlationId: recordOf(res).correlationId },
        },
      ],
    });
  };
}
