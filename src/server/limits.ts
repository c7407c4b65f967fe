/**
 * Query limits, each checked before execution, so a refused operation costs
 * no upstream call. Depth, aliases, directives and cost come from
 * graphql-armor's validation rules; the token count from graphql-js's own
 * parser option (`maxTokens`), because armor's token plugin fails inside
 * Apollo Server 5 as a 500 instead of a client error.
 *
 * armor reports every refusal as a "Syntax Error" with a generic code;
 * `withLimitCodes` gives each its own `extensions.code`, found by the
 * message armor writes (the one thing it lets a handler keep), so a client
 * can branch on which limit it hit.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError, ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** Ids one operation may name in its arguments (lookup-budget.ts). */
  maxIds: number;
}

const CODES: Array<[RegExp, string]> = [
  [/^Syntax Error: Query depth limit of/, 'QUERY_TOO_DEEP'],
  [/^Syntax Error: Aliases limit of/, 'TOO_MANY_ALIASES'],
  [/^Syntax Error: Directives limit of/, 'TOO_MANY_DIRECTIVES'],
  [/^Syntax Error: Query Cost limit of/, 'QUERY_TOO_COSTLY'],
  // graphql-js 16 writes "more that"; "than" keeps a fixed release working.
  [
    /^Syntax Error: Document contains more tha[nt] \d+ tokens/,
    'QUERY_TOO_LARGE',
  ],
  // graphql-js (16.10+) stops checking that repeated fields merge once the
  // work grows too large, with only this bare message; it is a limit too.
  [/^Validation aborted\.$/, 'QUERY_TOO_COMPLEX'],
];

const MESSAGES: Record<string, string> = {
  QUERY_TOO_COMPLEX:
    'The operation repeats fields too often to check that its selections merge; remove the duplicate selections.',
};

export function queryLimits(limits: QueryLimits): {
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { enabled: false },
    // Suggestions ("did you mean …") stay: the schema is public to anyone
    // allowed to introspect, and they help people writing queries.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

/**
 * Wraps a `formatError` so each limit error carries its own code, without
 * the "Syntax Error" prefix. Done in formatError rather than a plugin
 * because parse failures (the token limit) reach no response hook.
 */
export function withLimitCodes(
  format: (
    formatted: GraphQLFormattedError,
    error: unknown,
  ) => GraphQLFormattedError,
) {
  return (formatted: GraphQLFormattedError, error: unknown) => {
    const code = CODES.find(([pattern]) =>
      pattern.test(formatted.message),
    )?.[1];
    if (code === undefined) return format(formatted, error);
    return format(
      {
        ...formatted,
        message:
          MESSAGES[code] ?? formatted.message.replace(/^Syntax Error: /, ''),
        extensions: { ...formatted.extensions, code },
      },
      error,
    );
  };
}
