/**
 * The SDL this subgraph publishes: the text a router or `rover subgraph
 * introspect` reads from `_service { sdl }`, and what `rover subgraph
 * publish` takes.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { readConfig } from '../config.js';
import { buildSchema } from '../graph/schema.js';

export interface SubgraphSdlOptions {
  /** Keep `@requiresScopes` in the SDL; see `PUBLISH_SCOPE_DIRECTIVES`. */
  publishScopeDirectives: boolean;
}

/**
 * Calls the very `_service` resolver the server runs, so the printed text
 * cannot drift from what the running subgraph answers. The resolver is called
 * directly rather than through `graphql()`: `@apollo/subgraph` builds the
 * schema with graphql's CommonJS build, and under an ESM loader (vitest)
 * `graphql()` comes from the ESM build, which refuses a schema from the other.
 */
export async function subgraphSdl(
  options: SubgraphSdlOptions,
): Promise<string> {
  const schema = buildSchema(options);
  const field = schema.getQueryType()?.getFields()['_service'];
  const answer: unknown = await field?.resolve?.(
    undefined,
    {},
    {},
    undefined as unknown as GraphQLResolveInfo,
  );
  const sdl = (answer as { sdl?: unknown } | undefined)?.sdl;
  if (typeof sdl !== 'string') {
    throw new Error('the schema has no _service.sdl; is it a subgraph?');
  }
  return sdl;
}

/**
 * `PUBLISH_SCOPE_DIRECTIVES` as the server reads it. Only that variable is
 * passed on: printing the schema must not demand an upstream or a JWKS URL,
 * which the full configuration requires in production.
 */
export function publishScopeDirectivesFromEnv(env: NodeJS.ProcessEnv): boolean {
  const { PUBLISH_SCOPE_DIRECTIVES } = env;
  return readConfig(
    PUBLISH_SCOPE_DIRECTIVES === undefined ? {} : { PUBLISH_SCOPE_DIRECTIVES },
  ).PUBLISH_SCOPE_DIRECTIVES;
}
