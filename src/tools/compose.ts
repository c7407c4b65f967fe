/**
 * Supergraph composition with `@apollo/composition`, the library `rover
 * supergraph compose` and GraphOS build checks run, so a schema that fails
 * here would fail to publish too.
 */
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphDefinition {
  /** The subgraph's name in the supergraph, for example `profile`. */
  name: string;
  /** Where a gateway reaches it; composition only records it. */
  url: string;
  sdl: string;
}

export type CompositionOutcome =
  | { ok: true; supergraphSdl: string; hints: string[] }
  | { ok: false; errors: string[] };

/** The name and a placeholder URL this subgraph composes under. */
export const PROFILE_SUBGRAPH = {
  name: 'profile',
  url: 'http://profile-graph.invalid/graphql',
};

/** The example subgraph of another team that `schema:check` composes with. */
export const EXAMPLE_EXPENSES_SUBGRAPH = {
  name: 'expenses',
  url: 'http://expenses.invalid/graphql',
  file: new URL(
    '../../test/supergraph/expenses/expenses.graphql',
    import.meta.url,
  ),
};

/** The example expenses subgraph, read from its SDL file. */
export function exampleExpensesSubgraph(): SubgraphDefinition {
  const { name, url, file } = EXAMPLE_EXPENSES_SUBGRAPH;
  return { name, url, sdl: readFileSync(file, 'utf8') };
}

/** Composes the subgraphs; a syntax error in one is a composition error too. */
export function composeSupergraph(
  subgraphs: readonly SubgraphDefinition[],
): CompositionOutcome {
  const services = [];
  for (const subgraph of subgraphs) {
    try {
      services.push({ ...subgraph, typeDefs: parse(subgraph.sdl) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [`[${subgraph.name}] ${message}`] };
    }
  }
  const result = composeServices(services);
  if (result.errors) {
    return { ok: false, errors: result.errors.map((e) => e.message) };
  }
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
