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
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The CommonJS packages inside an ES-module bundle still call `require` for
 * Node's built-ins, and a few name `__dirname` (ioredis, for its optional
 * friendly stacks); ES modules have neither, so each chunk defines them.
 */
const COMMONJS_SHIM = [
  "import { createRequire as createRequireForBundle } from 'node:module';",
  "import { fileURLToPath as fileURLToPathForBundle } from 'node:url';",
  'const require = createRequireForBundle(import.meta.url);',
  'const __filename = fileURLToPathForBundle(import.meta.url);',
  "const __dirname = fileURLToPathForBundle(new URL('.', import.meta.url));",
].join('\n');

/**
 * `@apollo/utils.createhash` takes Node's crypto only when `module.require`
 * exists, which it does not inside a bundle, and would otherwise fall back
 * to sha.js, a SHA-256 in JavaScript, for the hash of every operation (1.7%
 * of a one-user query's CPU). This hands it Node's `createHash` instead.
 */
const nodeCreateHash: Plugin = {
  name: 'node-createhash',
  setup(build) {
    build.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, () => ({
      path: 'createhash',
      namespace: 'node-createhash',
    }));
    build.onLoad({ filter: /.*/, namespace: 'node-createhash' }, () => ({
      contents: "export { createHash } from 'node:crypto';",
      loader: 'js',
    }));
  },
};

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
    banner: { js: COMMONJS_SHIM },
    plugins: [nodeCreateHash],
    // Maps for `node --enable-source-maps` when debugging; the image's CMD
    // leaves them off (see the Dockerfile). The sources themselves are in
    // the repository and the packages, not needed in the image.
    sourcemap: true,
    sourcesContent: false,
    // The licence comments of bundled packages, in a `.LEGAL.txt` beside
    // each chunk that has any (main.js's, so far).
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
