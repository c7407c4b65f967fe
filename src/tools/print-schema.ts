/**
 * `npm run schema:print [-- FILE]`: writes the subgraph SDL that `rover
 * subgraph publish` takes, to FILE or to stdout. `PUBLISH_SCOPE_DIRECTIVES`
 * decides whether it carries `@requiresScopes`, as it does for the server.
 *
 * With stdout, run it as `npm run --silent schema:print`: otherwise npm's
 * own banner lines precede the SDL.
 */
import { writeFileSync } from 'node:fs';
import { publishScopeDirectivesFromEnv, subgraphSdl } from './subgraph-sdl.js';

async function main(args: string[]): Promise<void> {
  const [file, ...extra] = args;
  if (extra.length > 0) {
    throw new TypeError(`expected at most one output file, got ${args.length}`);
  }
  const sdl = await subgraphSdl({
    publishScopeDirectives: publishScopeDirectivesFromEnv(process.env),
  });
  if (file === undefined) process.stdout.write(`${sdl}\n`);
  else writeFileSync(file, `${sdl}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`schema:print failed: ${String(error)}\n`);
  process.exitCode = 1;
});
