import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isUpstreamError } from '../upstream/errors.js';

/**
 * Shapes every error a client sees. Upstream faults keep their stable code
 * and the safe facts a client can act on (status, retry delay); upstream
 * bodies, stacks and tokens never leave the process. Anything unexpected is
 * reported as an internal error with no detail outside development.
 */
export function formatErrorFor(includeDetails: boolean) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
  ): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isUpstreamError(original)) {
      return {
        message: original.message,
        ...(formatted.locations && { locations: formatted.locations }),
        ...(formatted.path && { path: formatted.path }),
        extensions: {
          code: original.code,
          correlationId: original.correlationId,
          ...(original.status !== undefined && {
            upstreamStatus: original.status,
          }),
          ...(original.upstreamCode !== undefined && {
            upstreamCode: original.upstreamCode,
          }),
          ...(original.retryAfterSeconds !== undefined && {
            retryAfterSeconds: original.retryAfterSeconds,
          }),
          ...(original.dataCenter !== undefined && {
            dataCenter: original.dataCenter,
          }),
        },
      };
    }
    const code = formatted.extensions?.['code'];
    if (code === 'INTERNAL_SERVER_ERROR' && !includeDetails) {
      return {
        message: 'Internal server error',
        ...(formatted.path && { path: formatted.path }),
        extensions: { code },
      };
    }
    if (includeDetails) return formatted;
    const { stacktrace: _stacktrace, ...extensions } =
      formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
