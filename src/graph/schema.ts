import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { Kind, parse, visit } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { withEntityTypeCheck } from './entity-type-check.js';
import { resolvers } from './resolvers/index.js';
import { withScopeChecks } from './scopes.js';

/**
 * `schema/` beside the package's `package.json`. Found by walking up rather
 * than by a fixed relative path, because this code runs at two depths: as
 * `src/graph/schema.ts` (tsx, the tests) and inside the bundle in `dist/`.
 */
function findSchemaDir(): URL {
  let dir = new URL('.', import.meta.url);
  for (;;) {
    if (existsSync(new URL('package.json', dir))) {
      return new URL('schema/', dir);
    }
    const parent = new URL('..', dir);
    if (parent.href === dir.href) {
      throw new Error(`no package.json above ${import.meta.url}`);
    }
    dir = parent;
  }
}

const SCHEMA_DIR = findSchemaDir();

/** The SDL of every file in `schema/`, as one document. */
export function loadTypeDefs(): DocumentNode {
  const files = readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  const sdl = files
    .map((name) => readFileSync(new URL(name, SCHEMA_DIR), 'utf8'))
    .join('\n');
  return parse(sdl);
}

export interface SchemaOptions {
  /**
   * Whether the published SDL carries `@requiresScopes`. Apollo Router and
   * Hive Gateway enforce it; `@apollo/gateway` 2.x refuses to load a
   * supergraph that uses it, so its users turn this off. The subgraph checks
   * scopes itself either way.
   */
  publishScopeDirectives: boolean;
}

export function buildSchema(options: SchemaOptions): GraphQLSchema {
  const typeDefs = loadTypeDefs();
  const checked = withScopeChecks(typeDefs, resolvers as never);
  const published = options.publishScopeDirectives
    ? typeDefs
    : withoutScopeDirectives(typeDefs);
  return withEntityTypeCheck(
    buildSubgraphSchema([
      {
        typeDefs: published,
        resolvers: checked as GraphQLResolverMap<unknown>,
      },
    ]),
  );
}

/** The SDL minus `@requiresScopes` and its import; the rules stay enforced. */
export function withoutScopeDirectives(typeDefs: DocumentNode): DocumentNode {
  const scopeImports = new Set(['@requiresScopes', 'Scope']);
  return visit(typeDefs, {
    Directive(node) {
      if (node.name.value === 'requiresScopes') return null;
      if (node.name.value !== 'link') return undefined;
      return visit(node, {
        ListValue(list) {
          return {
            ...list,
            values: list.values.filter(
              (value) =>
                value.kind !== Kind.STRING || !scopeImports.has(value.value),
            ),
          };
        },
      });
    },
  });
}
