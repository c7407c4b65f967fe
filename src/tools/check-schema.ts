/**
 * `npm run schema:check [-- OTHER.graphql ...]`: composes this subgraph's SDL
 * (as `PUBLISH_SCOPE_DIRECTIVES` shapes it) with other subgraphs' SDL files,
 * by default the example expenses subgraph, and exits 1 with every
 * composition error when they do not compose. Each file's base name is its
 * subgraph name.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  composeSupergraph,
  exampleExpensesSubgraph,
  PROFILE_SUBGRAPH,
  type SubgraphDefinition,
} from './compose.js';
import { publishScopeDirectivesFromEnv, subgraphSdl } from './subgraph-sdl.js';

function otherSubgraphs(files: string[]): SubgraphDefinition[] {
  if (files.length === 0) return [exampleExpensesSubgraph()];
  return files.map((file) => ({
    name: basename(file, extname(file)),
    url: `http://${basename(file, extname(file))}.invalid/graphql`,
    sdl: readFileSync(file, 'utf8'),
  }));
}

async function main(files: string[]): Promise<void> {
  const publishScopeDirectives = publishScopeDirectivesFromEnv(process.env);
  const sdl = await subgraphSdl({ publishScopeDirectives });
  const others = otherSubgraphs(files);
  const outcome = composeSupergraph([{ ...PROFILE_SUBGRAPH, sdl }, ...others]);
  const names = others.map((subgraph) => subgraph.name).join(', ');
  const mode = `scope directives ${publishScopeDirectives ? 'on' : 'off'}`;
  if (!outcome.ok) {
    process.stderr.write(
      `profile does not compose with ${names} (${mode}):\n` +
        outcome.errors.map((error) => `  - ${error}\n`).join(''),
    );
    process.exitCode = 1;
    return;
  }
  for (const hint of outcome.hints) process.stderr.write(`hint: ${hint}\n`);
  process.stdout.write(`profile composes with ${names} (${mode})\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`schema:check failed: ${String(error)}\n`);
  process.exitCode = 2;
});
