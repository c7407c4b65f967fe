/**
 * `npm run emulator`: the Profile API emulator alone, on the demo ports
 * (4010 US, 4011 EMEA, 4012 CN) unless EMULATOR_* settings say otherwise.
 * Prints the data-center URLs, a demo token and a curl line that works as
 * printed.
 */
import pino from 'pino';
import { fixtures } from './data/fixtures.js';
import { startEmulator } from './index.js';
import { emulatorOptionsFromEnv } from './settings.js';

async function main(): Promise<void> {
  // Logs go to stderr so stdout holds only what a person copies.
  const logger = pino(
    { level: process.env.LOG_LEVEL ?? 'info' },
    pino.destination(2),
  );
  const emulator = await startEmulator({
    ...emulatorOptionsFromEnv(),
    logger,
  });
  const demo = fixtures(emulator.data);
  const token = await emulator.mintToken({ sub: demo.demoUser.id });
  const us = emulator.dataCenters[demo.demoUser.dataCenter] as string;
  console.log('Profile API emulator (sandbox only)');
  for (const [name, url] of Object.entries(emulator.dataCenters)) {
    console.log(`  ${name.padEnd(5)} ${url}`);
  }
  console.log(`  JWKS  ${emulator.jwksUrl}`);
  console.log(`  stats ${us}/_emulator/stats`);
  console.log(
    `\nDemo principal: ${demo.demoUser.displayName} (${demo.demoUser.id}), company ${demo.homeCompany.name}`,
  );
  console.log(`Demo token (1 h; "npm run -s token" for another):\n${token}\n`);
  console.log(
    `curl -s -H "Authorization: Bearer ${token}" -H "concur-correlationid: $(uuidgen 2>/dev/null || echo demo-correlation-id)" ${us}/profile/v1/me`,
  );

  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
