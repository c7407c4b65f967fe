/**
 * `npm run build` (after type-checking): bundles the server into `dist/`,
 * the directory the Docker image runs (`node dist/main.js`).
 *
 * Why a bundle rather than tsc's one file per module: a replica's start-up
 * was mostly Node resolving and reading about 1,150 module files of Apollo,
 * graphql and their dependencies (1.1-1.8 s to the first answer on the
 * bench machine, against 0.7-0.9 s bundled). It also makes `dist/` whole:
 * the image needs no `node_modules` beside it.
 *
 * What is loaded only on demand stays so: `--splitting` turns each dynamic
 * `import()` (the sandbox emulator, OpenTelemetry's SDK, ioredis) into a
 * chunk of its own, read only when that path runs.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The CommonJS packages inside an ES-module bundle still call `require` for
 * Node's built-ins; ES modules have no `require`, so each chunk makes one.
 */
const REQUIRE_SHIM = [
  "import { createRequire as createRequireForBundle } from 'node:module';",
  'const require = createRequireForBundle(import.meta.url);',
].join('\n');

export async function bundle(outdir = `${ROOT}dist`): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main: `${ROOT}src/main.ts` },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: REQUIRE_SHIM },
    // Maps for `node --enable-source-maps` when debugging; the image's CMD
    // leaves them off (see the Dockerfile). The sources themselves are in
    // the repository and the packages, not needed in the image.
    sourcemap: true,
    sourcesContent: false,
    // Licences of the bundled packages, kept in a file beside each chunk.
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  bundle().catch((error: unknown) => {
    process.stderr.write(`bundle failed: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
