import type {
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLUnionType,
} from 'graphql';
import { badUserInput } from './errors.js';

/**
 * Answers each `_entities` representation whose `__typename` is not an
 * entity type of this subgraph with BAD_USER_INPUT in its own slot, and
 * hands only the others to @apollo/subgraph's resolver, so they still
 * resolve.
 *
 * Left to the library, such a name fails in one of two ways, neither with a
 * client code: a name with no object or interface type behind it
 * (`Invoice`, the union `Principal`) throws a plain Error that fails the
 * whole list, and an object type that is no entity (`PageInfo`, `Query`,
 * `__Schema`) comes back as the representation itself and fails `_Entity`'s
 * type resolution as an INTERNAL_SERVER_ERROR. Either is a router's or a
 * client's mistake. The entity types are the members of `_Entity`, which
 * the library builds from the `@key` types of the SDL, so the check follows
 * the schema and matches no library message. Entity interfaces (`@key` on
 * an interface) are not members of `_Entity`; this schema has none, and one
 * added would need accepting here.
 */
export function withEntityTypeCheck(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()['_entities'];
  const union = schema.getType('_Entity');
  const resolve = field?.resolve;
  if (!field || !resolve || !isUnion(union)) {
    throw new Error(
      'The subgraph schema has no resolved Query._entities or no _Entity union to check representations against.',
    );
  }
  const entityTypes = new Set(union.getTypes().map((type) => type.name));
  const named = listed([...entityTypes]);
  const isEntity = (representation: unknown) => {
    const typename = typenameOf(representation);
    return typename !== undefined && entityTypes.has(typename);
  };

  field.resolve = (source, args, context, info) => {
    const representations = (args as { representations: unknown[] })
      .representations;
    const resolved = resolve(
      source,
      { ...args, representations: representations.filter(isEntity) },
      context,
      info,
    ) as unknown[];
    // An Error value in a list is reported by graphql-js at its own index,
    // with the neighbours' data kept.
    let next = 0;
    return representations.map((representation) =>
      isEntity(representation)
        ? resolved[next++]
        : notAnEntity(typenameOf(representation), named),
    );
  };
  return schema;
}

/**
 * Not graphql's `isUnionType`: under vitest this module and @apollo/subgraph
 * load different copies of graphql (ESM and CommonJS), and its predicates
 * refuse a type built by the other copy.
 */
function isUnion(type: GraphQLNamedType | undefined): type is GraphQLUnionType {
  return (
    typeof (type as { getTypes?: unknown } | undefined)?.getTypes === 'function'
  );
}

function typenameOf(representation: unknown): string | undefined {
  if (typeof representation !== 'object' || representation === null) {
    return undefined;
  }
  const typename = (representation as { __typename?: unknown }).__typename;
  return typeof typename === 'string' ? typename : undefined;
}

function notAnEntity(typename: string | undefined, named: string) {
  if (typename === undefined) {
    return badUserInput(
      `_entities: a representation needs a string __typename; representations must name ${named}.`,
    );
  }
  return badUserInput(
    `_entities: ${JSON.stringify(typename.slice(0, 100))} is not an entity type of this subgraph; representations must name ${named}.`,
  );
}

/** `A, B or C`. */
function listed(names: string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
