/**
 * The process entry. With UPSTREAM_DATA_CENTERS set it serves the subgraph
 * over that upstream; without it (a fresh clone) it starts the bundled
 * Profile API emulator in-process and prints what a person needs to try it.
 */
import { ConfigError, readConfig, type Config } from './config.js';
import type { RunningEmulator } from './emulator/index.js';
import { createLogger } from './server/logger.js';
import { startSubgraph, type UpstreamTarget } from './server/subgraph.js';
import type { Logger } from 'pino';

async function main() {
  const config = readConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  const emulator = config.UPSTREAM_DATA_CENTERS
    ? undefined
    : await startSandboxEmulator(logger);
  const subgraph = await startSubgraph(
    config,
    upstreamTarget(config, emulator),
    logger,
  ).catch(exitIfCannotListen('subgraph', `${config.HOST}:${config.PORT}`));
  logger.info({ url: subgraph.url, sandbox: Boolean(emulator) }, 'listening');
  if (emulator) await printSandboxBanner(subgraph.url, emulator);
  stopOnSignals(logger, config.SHUTDOWN_GRACE_MS, async () => {
    // The emulator is closed even when closing the subgraph failed, so its
    // listeners never outlive a failed shutdown.
    try {
      await subgraph.close();
      logger.debug('subgraph closed');
    } finally {
      await emulator?.close();
      logger.debug('emulator closed');
    }
  });
}

/**
 * The bundled emulator, loaded only in sandbox mode: its data generator
 * (faker) is about 35 MB that a deployed replica has no use for.
 */
async function startSandboxEmulator(logger: Logger): Promise<RunningEmulator> {
  const { emulatorOptionsFromEnv, startEmulator } =
    await import('./emulator/index.js');
  return startEmulator({
    ...emulatorOptionsFromEnv(),
    logger: logger.child({ component: 'emulator' }),
  }).catch(exitIfCannotListen('emulator'));
}

interface ListenError {
  code?: string;
  address?: string;
  port?: number;
  hostname?: string;
}

/** Why a bind fails, and whether the port or the address is to blame. */
const LISTEN_CAUSES: Record<string, [string, 'port' | 'host']> = {
  EADDRINUSE: [
    'the port is in use (is another profile-graph running?)',
    'port',
  ],
  EACCES: ['the port needs privileges this process lacks', 'port'],
  EADDRNOTAVAIL: ['the address is not one of this machine', 'host'],
  ENOTFOUND: ['the host name does not resolve', 'host'],
  EAI_AGAIN: ['the host name does not resolve', 'host'],
};

const LISTEN_FIXES = {
  subgraph: {
    port: 'set PORT to a free port',
    host: 'set HOST to an address of this machine (127.0.0.1, 0.0.0.0)',
  },
  emulator: {
    port: 'set EMULATOR_PORTS to three free ports for US, EMEA and CN (e.g. 5010,5011,5012), or stop the other process',
    host: 'set EMULATOR_HOST to an address of this machine (127.0.0.1)',
  },
};

/**
 * A listener that cannot bind ends the process with one line saying which
 * address failed, why, and which setting to change; anything else goes on
 * to the generic handler below.
 */
function exitIfCannotListen(what: 'emulator' | 'subgraph', where?: string) {
  return (error: unknown): never => {
    const { code, address, port, hostname } = (error ?? {}) as ListenError;
    const known = code === undefined ? undefined : LISTEN_CAUSES[code];
    if (known === undefined) throw error;
    const [cause, blame] = known;
    const failed = where ?? hostname ?? `${address ?? '?'}:${port ?? '?'}`;
    console.error(
      `Cannot start the ${what} on ${failed}: ${cause} (${code}); ${LISTEN_FIXES[what][blame]}.`,
    );
    process.exit(1);
  };
}

function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function upstreamTarget(
  config: Config,
  emulator: RunningEmulator | undefined,
): UpstreamTarget {
  if (emulator) {
    return {
      dataCenters: emulator.dataCenters,
      // Checked against the emulator's US, EMEA and CN by readConfig.
      defaultDataCenter: config.UPSTREAM_DEFAULT_DATA_CENTER,
      jwksUrl: emulator.jwksUrl,
    };
  }
  return {
    dataCenters: config.UPSTREAM_DATA_CENTERS!,
    defaultDataCenter: config.UPSTREAM_DEFAULT_DATA_CENTER,
    jwksUrl: config.JWKS_URL!,
  };
}

async function printSandboxBanner(url: string, emulator: RunningEmulator) {
  const { fixtures } = await import('./emulator/index.js');
  const { tokenCommandFor } = await import('./emulator/settings.js');
  const { demoUser } = fixtures(emulator.data);
  const token = await emulator.mintToken({
    sub: demoUser.id,
    expiresInSeconds: 12 * 3600,
  });
  const query = JSON.stringify({
    query:
      '{ me { ... on User { displayName company { name } manager { displayName } } } }',
  });
  const lines = [
    '',
    `profile-graph sandbox: ${url}`,
    `Profile API emulator: ${Object.entries(emulator.dataCenters)
      .map(([name, base]) => `${name} ${base}`)
      .join(', ')}`,
    '',
    `Demo token (${demoUser.displayName}, valid 12 h; more with \`${tokenCommandFor(emulator.dataCenters)}\`):`,
    token,
    '',
    'Try it:',
    `curl -s ${url} -H 'content-type: application/json' -H 'authorization: Bearer ${token}' -d '${query}'`,
    '',
  ];
  console.log(lines.join('\n'));
}

/**
 * SIGTERM (Kubernetes, docker stop) and SIGINT start one orderly stop: the
 * server stops accepting and gives requests in flight `graceMs`, then pools
 * and the emulator close. Should closing hang past the grace period and a
 * margin, the process exits anyway: an orchestrator would kill it soon.
 */
function stopOnSignals(
  logger: Logger,
  graceMs: number,
  stop: () => Promise<void>,
) {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs }, 'shutting down');
    setTimeout(() => {
      logger.error({ graceMs }, 'shutdown overran its grace period');
      process.exit(1);
    }, graceMs + 5_000).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
