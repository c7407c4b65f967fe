/**
 * Prints a sandbox access token, and nothing else, on stdout:
 *
 *   npx tsx src/emulator/token-cli.ts [--sub UUID] [--scope "user_read company_read"]
 *                                     [--expires SECONDS] [--dc NAME] [--app UUID]
 *
 * No emulator needs to run: the key is the fixed sandbox key, and the data
 * set and issuer URLs follow from the same EMULATOR_* settings the emulator
 * reads (see settings.ts). The default subject is the demo principal.
 */
import { parseArgs } from 'node:util';
import { fixtures } from './data/fixtures.js';
import { generateData } from './data/generate.js';
import { DataStore } from './data/store.js';
import { emulatorOptionsFromEnv, sandboxTokenIssuers } from './settings.js';
import { mintSandboxToken } from './tokens.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      scope: { type: 'string' },
      expires: { type: 'string' },
      dc: { type: 'string' },
      app: { type: 'string' },
    },
  });
  const options = emulatorOptionsFromEnv();
  const issuers = sandboxTokenIssuers(options);
  const data = generateData(
    options.seed ?? 1,
    options.size ?? 'demo',
    Object.keys(issuers),
  );
  const store = new DataStore(data);
  const sub = values.sub ?? fixtures(data).demoUser.id;
  if (store.find(sub) === undefined) {
    throw new TypeError(
      `--sub ${sub} is not a user, company or app of the sandbox data set`,
    );
  }
  const token = await mintSandboxToken(store, issuers, {
    sub,
    ...(values.scope === undefined
      ? {}
      : { scopes: values.scope.split(/\s+/).filter(Boolean) }),
    ...(values.expires === undefined
      ? {}
      : { expiresInSeconds: Number(values.expires) }),
    ...(values.dc === undefined ? {} : { dataCenter: values.dc }),
    ...(values.app === undefined ? {} : { app: values.app }),
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
