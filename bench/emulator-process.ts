/**
 * The emulator as a child process of the runner, so its CPU time and memory
 * are neither the load generator's nor a contender's. Started with the
 * latency in argv[2] (ms); prints one JSON line (`EmulatorInfo`) on stdout
 * once listening, and stops on SIGTERM.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../src/emulator/index.js';
import type { EmulatorData } from '../src/emulator/index.js';
import {
  BENCH_DATA_SIZE,
  type EmulatorInfo,
  type EmulatorRequest,
  type Homes,
  exitWithRunner,
} from './shared.js';

async function main(): Promise<void> {
  const latencyMs = Number(process.argv[2] ?? '0');
  const emulator = await startEmulator({
    size: BENCH_DATA_SIZE,
    seed: 1,
    ...(latencyMs > 0 && { latency: { ms: latencyMs } }),
  });
  const company = emulator.data.companies[0]!;
  const homesFile = join(tmpdir(), `profile-graph-bench-${randomUUID()}.json`);
  await writeFile(homesFile, JSON.stringify(homesOf(emulator.data)));
  const info: EmulatorInfo = {
    pid: process.pid,
    dataCenters: emulator.dataCenters,
    jwksUrl: emulator.jwksUrl,
    homesFile,
    companyId: company.id,
    userIds: emulator.data.users
      .filter((user) => user.companyId === company.id)
      .map((user) => user.id),
    // A company token: the caller a company's own directory front end has.
    // Three hours outlives the longest run.
    token: await emulator.mintToken({
      sub: company.id,
      expiresInSeconds: 3 * 3600,
    }),
  };
  process.on('message', (request: EmulatorRequest) => {
    if (request === 'reset') emulator.reset();
    process.send!(emulator.stats().total);
  });
  process.stdout.write(`${JSON.stringify(info)}\n`);
  exitWithRunner();
  process.once('SIGTERM', () => {
    void emulator.close().then(() => process.exit(0));
  });
}

/** Where every user and company lives, for the baselines' routing. */
function homesOf(data: EmulatorData): Homes {
  const homes: Homes = {};
  for (const user of data.users) homes[user.id] = user.dataCenter;
  for (const company of data.companies) homes[company.id] = company.dataCenter;
  return homes;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
