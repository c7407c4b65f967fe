/**
 * What an operation needs from the upstream beyond the resources
 * themselves, read from the document before execution so the first
 * upstream call already asks for it.
 */
import { BREAK, visit } from 'graphql';
import type { DocumentNode } from 'graphql';

/**
 * Whether the document may read `User.expense`: any field named `expense`,
 * through fragments and aliases alike. `Company.expense` and fragments the
 * operation does not use count too; asking for a little more than needed
 * is harmless, asking for less is not. (A type-aware walk would need
 * graphql's TypeInfo over the subgraph schema, which @apollo/subgraph builds
 * with graphql's CommonJS entry; under vitest, which loads the ES module
 * one, its instanceof checks fail.)
 */
export function readsUserExpense(document: DocumentNode): boolean {
  // Apollo hands the same parsed document to every request that sends the
  // same query text, so one walk per distinct query is enough.
  const known = answers.get(document);
  if (known !== undefined) return known;
  const found = walk(document);
  answers.set(document, found);
  return found;
}

const answers = new WeakMap<DocumentNode, boolean>();

function walk(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== 'expense') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}
