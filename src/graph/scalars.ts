/**
 * The custom scalars, from graphql-scalars, made to fail like an upstream
 * fault when the value they serialize is bad. In this graph every output
 * value of these scalars comes from the Profile API, so a date that is not a
 * date is the upstream's mistake: it fails that one field (which is
 * nullable) with `BAD_UPSTREAM_RESPONSE`, not an internal error, and the
 * message names the scalar but never echoes the upstream value.
 */
import { GraphQLError, GraphQLScalarType } from 'graphql';
import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  LocalDateTimeResolver,
  URLResolver,
} from 'graphql-scalars';

function upstreamChecked(
  scalar: GraphQLScalarType,
  prepare: (value: unknown) => unknown = (value) => value,
): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    serialize(value) {
      try {
        return config.serialize(prepare(value));
      } catch (cause) {
        throw new GraphQLError(
          `The upstream sent a value that is not a valid ${scalar.name}.`,
          {
            originalError: cause instanceof Error ? cause : undefined,
            extensions: { code: 'BAD_UPSTREAM_RESPONSE' },
          },
        );
      }
    },
  });
}

/**
 * Concur declares birth dates, termination dates and document dates as
 * `dateTime` yet means calendar dates, and its samples send `1990-01-01`; a
 * full date-time (`1990-01-01T00:00:00`) is cut to its date rather than
 * refused.
 */
function datePart(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
    ? value.slice(0, 10)
    : value;
}

export const scalarResolvers = {
  Date: upstreamChecked(DateResolver, datePart),
  DateTime: upstreamChecked(DateTimeResolver),
  LocalDateTime: upstreamChecked(LocalDateTimeResolver),
  EmailAddress: upstreamChecked(EmailAddressResolver),
  URL: upstreamChecked(URLResolver),
};
