/**
 * The process entry as an orchestrator drives it: it starts, becomes ready,
 * and exits 0 on SIGTERM after an orderly shutdown; when it cannot listen it
 * exits 1 with one line naming the address and the setting to change.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/stack.js';
import { closedPort, get } from './helpers.js';

/**
 * `src/main.ts` in sandbox mode with `env` added, once it has printed its
 * URL and demo token.
 */
async function startProcess(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env['PATH'],
      HOST: '127.0.0.1',
      PORT: '0',
      EMULATOR_PORTS: '0,0,0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: 'pipe',
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', resolve),
  );
  const started = new Promise<{ url: string; token: string }>(
    (resolve, reject) => {
      const timer = setInterval(() => {
        const url = /"url":"(http:[^"]+)"/.exec(stdout)?.[1];
        const token = /Bearer ([\w.-]+)/.exec(stdout)?.[1];
        if (url && token) {
          clearInterval(timer);
          resolve({ url: url.replace('localhost', '127.0.0.1'), token });
        }
      }, 50);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`exited early: ${stdout}`));
      });
    },
  );
  return { child, exited, stdout: () => stdout, ...(await started) };
}

describe('the process on SIGTERM', () => {
  it('shuts down in order and exits 0', async () => {
    const { child, exited, stdout, url } = await startProcess();

    const ready = await get(url.replace(/\/graphql$/, '/health/ready'));
    child.kill('SIGTERM');
    const code = await exited;

    expect(ready.status).toBe(200);
    expect(code).toBe(0);
    expect(stdout()).toContain('"msg":"shutting down"');
    expect(stdout()).toContain('"signal":"SIGTERM"');
  });

  it('exits 0 within seconds when the trace collector cannot be reached, saying spans were dropped', async () => {
    const { child, exited, stdout, url, token } = await startProcess({
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${await closedPort()}`,
      SHUTDOWN_GRACE_MS: '0',
      LOG_LEVEL: 'debug',
    });
    // One query, so spans wait in the batch for the collector.
    const answer = await postGraphQL(url, {
      token,
      query: '{ me { __typename } }',
    });

    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const code = await exited;

    expect(answer.body.errors).toBeUndefined();
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(4_000);
    expect(stdout()).toContain('"msg":"spans dropped at shutdown');
    expect(stdout()).toContain('"msg":"emulator closed"');
  });
});

describe('the process when it cannot listen', () => {
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  const start = async (env: Record<string, string>) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env['PATH'], LOG_LEVEL: 'silent', ...env },
      stdio: 'pipe',
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) =>
      child.on('exit', resolve),
    );
    return { code, stderr };
  };

  it('names the busy subgraph address and PORT in one line', async () => {
    const { code, stderr } = await start({
      HOST: '127.0.0.1',
      PORT: String(busyPort),
      EMULATOR_PORTS: '0,0,0',
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Cannot start the subgraph on 127.0.0.1:${busyPort}: the port is in use (is another profile-graph running?) (EADDRINUSE); set PORT to a free port.`,
    ]);
  });

  it('names the busy emulator port and EMULATOR_PORTS in one line', async () => {
    const { code, stderr } = await start({
      PORT: '0',
      EMULATOR_PORTS: `${busyPort},0,0`,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^Cannot start the emulator on 127\\.0\\.0\\.1:${busyPort}: .*EMULATOR_PORTS`,
      ),
    );
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names HOST when the address is not of this machine', async () => {
    // TEST-NET-1 (RFC 5737): never assigned to a local interface; binding
    // fails at once with EADDRNOTAVAIL and sends nothing anywhere.
    const { code, stderr } = await start({
      HOST: '192.0.2.1',
      PORT: '0',
      EMULATOR_PORTS: '0,0,0',
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      /^Cannot start the subgraph on 192\.0\.2\.1:0: .*EADDRNOTAVAIL.*set HOST/,
    );
  });
});

describe('npm start', () => {
  // npm forwards SIGTERM to its child only; the script execs node, so that
  // child is the server itself and not a shell that would die alone and
  // leave the server running.
  it('stops the server when npm gets SIGTERM', async () => {
    const npm = spawn('npm', ['start'], {
      env: {
        PATH: process.env['PATH'],
        HOST: '127.0.0.1',
        PORT: '0',
        EMULATOR_PORTS: '0,0,0',
      },
      stdio: 'pipe',
    });
    let stdout = '';
    npm.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await until(() => /"url":"http:[^"]+"/.test(stdout), 20_000);
    const url = /"url":"(http:[^"]+)"/.exec(stdout)![1]!;
    const live = url.replace(/\/graphql$/, '/health/live');
    const descendants = descendantsOf(npm.pid!);
    try {
      npm.kill('SIGTERM');
      await until(async () => !(await answers(live)), 15_000);
      await until(() => !descendants.some(alive), 15_000);
    } finally {
      for (const pid of descendants)
        if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    expect(descendants.filter(alive)).toEqual([]);
  }, 40_000);
});

function descendantsOf(pid: number): number[] {
  let children: number[];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)])
      .toString()
      .trim()
      .split('\n')
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

async function answers(url: string): Promise<boolean> {
  try {
    await get(url);
    return true;
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
