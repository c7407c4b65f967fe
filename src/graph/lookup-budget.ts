/**
 * How many ids an operation names explicitly: every item of every list
 * argument (`users(ids:)`, `_entities(representations:)`), through aliases
 * and fragments, counted as often as the field appears.
 *
 * The cost limit scores a query's shape, not its arguments, so without this
 * one request could name thousands of ids (30 aliases of 100 ids, or a huge
 * `_entities` call) and fan out into hundreds of upstream calls. Counting is
 * static and runs before execution, so a refused operation costs nothing.
 */
import { Kind, valueFromASTUntyped } from 'graphql';
import type {
  ArgumentNode,
  DocumentNode,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

export function countRequestedIds(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return sumOverArguments(document, operationName, variables, (arg, bound) =>
    listLength(arg.value, bound),
  );
}

/**
 * About how many resources an operation asks for at most: the ids it names
 * plus the page sizes it asks for (`first`), plus one for the operation
 * itself. Admission control weighs operations by it, since what a request
 * holds in memory while it runs grows with the resources it fetches. A
 * connection left at its default page size counts nothing here; a nested
 * page (each user's reports, say) counts once, not once per parent.
 */
export function estimateResources(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return (
    1 +
    sumOverArguments(
      document,
      operationName,
      variables,
      (arg, bound) =>
        listLength(arg.value, bound) +
        (arg.name.value === 'first' ? intValue(arg.value, bound) : 0),
    )
  );
}

/**
 * `weigh` summed over every argument of every field the operation selects,
 * through aliases and fragments, as often as each field appears. `weigh`
 * reads variables as the operation will run with them: the values sent,
 * else the defaults the operation declares (`$ids: [ID!] = [...]`), which
 * would otherwise carry any number of ids past the count.
 */
function sumOverArguments(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  weigh: (arg: ArgumentNode, bound: Record<string, unknown>) => number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(def.name.value, def);
    }
  }
  const operation = document.definitions.find(
    (def) =>
      def.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || def.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return 0;
  const bound: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue === undefined) continue;
    bound[definition.variable.name.value] = valueFromASTUntyped(
      definition.defaultValue,
    );
  }
  Object.assign(bound, variables);
  const count = (set: SelectionSetNode, depth: number): number =>
    set.selections.reduce((sum, selection) => {
      // Validation has already refused fragment cycles; the depth guard
      // only keeps a bug there from becoming a stack overflow here.
      if (depth > 64) return sum;
      switch (selection.kind) {
        case Kind.FIELD:
          return (
            sum +
            (selection.arguments ?? []).reduce(
              (n, arg) => n + weigh(arg, bound),
              0,
            ) +
            (selection.selectionSet
              ? count(selection.selectionSet, depth + 1)
              : 0)
          );
        case Kind.INLINE_FRAGMENT:
          return sum + count(selection.selectionSet, depth + 1);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(selection.name.value);
          return fragment ? sum + count(fragment.selectionSet, depth + 1) : sum;
        }
      }
    }, 0);
  return count(operation.selectionSet, 0);
}

function listLength(
  value: ValueNode,
  variables: Record<string, unknown> | undefined,
): number {
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const bound = variables?.[value.name.value];
    return Array.isArray(bound) ? bound.length : 0;
  }
  return 0;
}

function intValue(
  value: ValueNode,
  variables: Record<string, unknown> | undefined,
): number {
  const bound =
    value.kind === Kind.INT
      ? Number(value.value)
      : value.kind === Kind.VARIABLE
        ? variables?.[value.name.value]
        : undefined;
  return typeof bound === 'number' && Number.isSafeInteger(bound) && bound > 0
    ? bound
    : 0;
}
