/**
 * The subgraph enforces `@requiresScopes` itself, whatever router sits in
 * front (or none): the SDL is the one source of the rules.
 *
 * Semantics follow Apollo Router's: a field needs its own scopes and those of
 * the type it returns. The check runs before the field's resolver, so a
 * refused field never reaches the upstream.
 */
import { defaultFieldResolver, Kind } from 'graphql';
import type {
  ConstDirectiveNode,
  DocumentNode,
  GraphQLFieldResolver,
  TypeNode,
} from 'graphql';
import { satisfies } from '../auth/scopes.js';
import type { GraphContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/** One `@requiresScopes(scopes:)` value: any group, all scopes in a group. */
type Requirement = string[][];

type ResolverMap = Record<string, Record<string, unknown>>;

/** Wraps `resolvers` so every scoped field and entity checks the caller. */
export function withScopeChecks(
  typeDefs: DocumentNode,
  resolvers: ResolverMap,
): ResolverMap {
  const typeRules = new Map<string, Requirement>();
  for (const def of typeDefs.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const rule = requirementOf(def.directives);
    if (rule) typeRules.set(def.name.value, rule);
  }

  const wrapped: ResolverMap = { ...resolvers };
  for (const def of typeDefs.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const typeName = def.name.value;
    const fields = { ...wrapped[typeName] };
    for (const field of def.fields ?? []) {
      const rules = [
        requirementOf(field.directives),
        typeRules.get(namedType(field.type)),
      ].filter((rule): rule is Requirement => rule !== undefined);
      if (rules.length === 0) continue;
      const resolve = (fields[field.name.value] ??
        defaultFieldResolver) as GraphQLFieldResolver<unknown, GraphContext>;
      fields[field.name.value] = guarded(rules, resolve);
    }
    const entityRule = typeRules.get(typeName);
    const resolveReference = fields['__resolveReference'];
    if (entityRule && typeof resolveReference === 'function') {
      fields['__resolveReference'] = guardedReference(
        entityRule,
        resolveReference as ReferenceResolver,
      );
    }
    wrapped[typeName] = fields;
  }
  return wrapped;
}

type ReferenceResolver = (
  reference: unknown,
  context: GraphContext,
  info: unknown,
) => unknown;

function guarded(
  rules: Requirement[],
  resolve: GraphQLFieldResolver<unknown, GraphContext>,
): GraphQLFieldResolver<unknown, GraphContext> {
  return (source, args, context, info) => {
    assertAllowed(rules, context);
    return resolve(source, args, context, info);
  };
}

function guardedReference(
  rule: Requirement,
  resolve: ReferenceResolver,
): ReferenceResolver {
  return (reference, context, info) => {
    // A rejected promise, not a throw: @apollo/subgraph resolves all
    // representations in one list, and a synchronous throw would fail the
    // whole `_entities` field instead of this entity's slot alone.
    try {
      assertAllowed([rule], context);
    } catch (error) {
      return Promise.reject(error);
    }
    return resolve(reference, context, info);
  };
}

export function assertAllowed(rules: Requirement[], context: GraphContext) {
  const caller = context.caller;
  if (!caller) throw unauthenticated('A bearer token is required.');
  for (const rule of rules) {
    if (!satisfies(caller.grants, rule)) {
      throw forbidden(`This field needs the scope ${describe(rule)}.`);
    }
  }
}

function describe(rule: Requirement): string {
  return rule.map((group) => group.join(' and ')).join(' or ');
}

function requirementOf(
  directives: readonly ConstDirectiveNode[] | undefined,
): Requirement | undefined {
  const directive = directives?.find((d) => d.name.value === 'requiresScopes');
  const arg = directive?.arguments?.find((a) => a.name.value === 'scopes');
  if (!arg || arg.value.kind !== Kind.LIST) return undefined;
  return arg.value.values.map((group) =>
    group.kind === Kind.LIST
      ? group.values.map((scope) =>
          scope.kind === Kind.STRING ? scope.value : '',
        )
      : [],
  );
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
