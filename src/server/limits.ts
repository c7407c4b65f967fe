/**
 * Query limits from graphql-armor: depth, aliases, directives, tokens and
 * cost, each checked before execution, so a refused operation costs no
 * upstream call. armor reports every refusal as a bare "Syntax Error"; we
 * tag each with the limit it broke, and `limitErrorsPlugin` turns the tag
 * into a stable `extensions.code` a client can branch on.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

const CODES = {
  maxDepth: 'QUERY_TOO_DEEP',
  maxAliases: 'TOO_MANY_ALIASES',
  maxDirectives: 'TOO_MANY_DIRECTIVES',
  maxTokens: 'QUERY_TOO_LARGE',
  costLimit: 'QUERY_TOO_COSTLY',
} as const;

type Limit = keyof typeof CODES;

export function queryLimits(limits: QueryLimits): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const tag = (limit: Limit) => ({
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        // extensions is a plain object on a fresh error; Apollo copies it
        // into the validation error it reports.
        (error.extensions as Record<string, unknown>)['limit'] = limit;
      },
    ],
  });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...tag('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...tag('maxAliases') },
    maxDirectives: { n: limits.maxDirectives, ...tag('maxDirectives') },
    maxTokens: { n: limits.maxTokens, ...tag('maxTokens') },
    costLimit: { maxCost: limits.maxCost, ...tag('costLimit') },
    // Suggestions ("did you mean …") stay: the schema is public to anyone
    // allowed to introspect, and they help people writing queries.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // armor's types point at Apollo's CommonJS typings; the objects are the
  // same plugins either way.
  return {
    plugins: plugins as unknown as ApolloServerPlugin[],
    validationRules,
  };
}

/** Gives each limit error its own code instead of a generic one. */
export function limitErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          result.errors = result.errors.map((error) => {
            const limit = error.extensions?.['limit'] as Limit | undefined;
            if (limit === undefined || !(limit in CODES)) return error;
            return {
              ...error,
              message: error.message.replace(/^Syntax Error: /, ''),
              extensions: { ...error.extensions, code: CODES[limit] },
            };
          });
        },
      };
    },
  };
}
