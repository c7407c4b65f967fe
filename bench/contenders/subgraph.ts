/**
 * Contender: this subgraph, assembled as `test/support/stack.ts` does, over
 * the benchmark's emulator. BENCH_BULK picks SCIM bulk lookups or fan-out.
 */
import { pino } from 'pino';
import { readConfig } from '../../src/config.js';
import { startSubgraph } from '../../src/server/subgraph.js';
import { exitWithRunner, readContenderEnv } from '../shared.js';

async function main(): Promise<void> {
  const env = readContenderEnv();
  const config = readConfig({
    // Production settings: no introspection, no error details, as deployed.
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: env.PORT,
    LOG_LEVEL: 'warn',
    UPSTREAM_DATA_CENTERS: Object.entries(
      JSON.parse(env.BENCH_DATA_CENTERS) as Record<string, string>,
    )
      .map(([name, url]) => `${name}=${url}`)
      .join(','),
    UPSTREAM_DEFAULT_DATA_CENTER: 'US',
    JWKS_URL: env.BENCH_JWKS_URL,
    UPSTREAM_BULK_LOOKUP: env.BENCH_BULK,
  });
  const subgraph = await startSubgraph(
    config,
    {
      dataCenters: config.UPSTREAM_DATA_CENTERS!,
      defaultDataCenter: 'US',
      jwksUrl: env.BENCH_JWKS_URL,
    },
    pino({ level: config.LOG_LEVEL }, pino.destination(2)),
  );
  exitWithRunner();
  process.once('SIGTERM', () => {
    void subgraph.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
