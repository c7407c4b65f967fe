/**
 * Child processes: the emulator and each contender run in their own Node
 * process, so a contender's peak RSS is its own (read from the kernel's
 * VmHWM, no sampling to miss a spike) and its CPU is not shared with the
 * load generator's event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { EmulatorInfo, EmulatorRequest } from './shared.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Runs `bench/<script>` under tsx, as `npm start` runs the subgraph. */
export function spawnScript(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(
    process.execPath,
    [
      ...(process.env['BENCH_NODE_FLAGS']?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      `${HERE}${script}`,
      ...args,
    ],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
}

/** The compiled subgraph, `dist/main.js`, as the container image runs it. */
const BUILT_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * The Node flags of the image's CMD (Dockerfile), which the built subgraph
 * runs with here too; test/bench/image-flags.test.ts keeps the two equal.
 */
export const IMAGE_NODE_FLAGS = [
  '--max-old-space-size=384',
  '--max-semi-space-size=16',
];

/**
 * Runs this subgraph from its build (see run.ts), with settings as a
 * deployment passes them: environment variables read by `src/config.ts`.
 * Not under tsx: its loader thread and transpiler add about 40 MB and most
 * of a second to start-up, which no deployment pays.
 */
export function spawnBuiltSubgraph(env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    [
      ...IMAGE_NODE_FLAGS,
      ...(process.env['BENCH_NODE_FLAGS']?.split(' ').filter(Boolean) ?? []),
      BUILT_MAIN,
    ],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
}

export interface EmulatorHandle {
  child: ChildProcess;
  info: EmulatorInfo;
  /** Profile calls since the last reset. */
  total(): Promise<number>;
  reset(): Promise<void>;
}

/**
 * Stats and reset go over the IPC channel rather than `/_emulator/stats`,
 * whose answer carries the last 20,000 call records: serialising that
 * between runs would cost more than the question.
 */
export async function startEmulatorProcess(
  latencyMs: number,
): Promise<EmulatorHandle> {
  const child = spawnScript('emulator-process.ts', [String(latencyMs)]);
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`the emulator process exited with ${code}`)),
    );
  });
  lines.close();
  const ask = (request: EmulatorRequest) =>
    new Promise<number>((resolve) => {
      child.once('message', (reply) => resolve(reply as number));
      child.send(request);
    });
  return {
    child,
    info: JSON.parse(first) as EmulatorInfo,
    total: () => ask('total'),
    reset: async () => void (await ask('reset')),
  };
}

/** A port nothing listens on right now (the child binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Peak resident set size in bytes, as the kernel recorded it (Linux). */
export async function peakRssBytes(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time the process has used so far, user and system, in ms (Linux). The
 * kernel counts in clock ticks (100 per second here), so a figure over a
 * 10 s run is good to about 1%.
 */
export async function cpuTimeMs(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces: utime
    // and stime are the 14th and 15th of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
