/**
 * The Docker image holds `package.json`, `dist/` (the bundle) and `schema/`,
 * and no `node_modules`. This builds the bundle into a directory laid out
 * the same way, in the system's temporary directory where walking up finds
 * no `node_modules` either, starts it as the image's CMD does, and queries
 * it through the emulator's data centers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stop as stopEsbuild } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_NODE_FLAGS } from '../../bench/processes.js';
import {
  fixtures,
  startEmulator,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import { bundle } from '../../src/tools/bundle.js';
import { postGraphQL } from '../support/stack.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EMPLOYEE = 'com:concur:Employee:1.0';

let app: string;
let emulator: RunningEmulator;
let server: ChildProcess;
let url: string;

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'profile-graph-image-'));
  await bundle(join(app, 'dist'));
  // esbuild keeps its service process for further builds; there are none.
  await stopEsbuild();
  await cp(join(ROOT, 'package.json'), join(app, 'package.json'));
  await cp(join(ROOT, 'schema'), join(app, 'schema'), { recursive: true });
  emulator = await startEmulator();
  server = spawn(process.execPath, [...IMAGE_NODE_FLAGS, 'dist/main.js'], {
    cwd: app,
    // Only what a deployment sets: nothing of this test process's own
    // environment (a REDIS_URL, say) leaks into the run.
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      UPSTREAM_DATA_CENTERS: Object.entries(emulator.dataCenters)
        .map(([name, base]) => `${name}=${base}`)
        .join(','),
      UPSTREAM_DEFAULT_DATA_CENTER: 'US',
      JWKS_URL: emulator.jwksUrl,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await listeningUrl(server);
}, 60_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await emulator?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

/** The URL from the server's `listening` log line. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'listening' && entry.url) resolve(entry.url);
    });
    child.once('exit', (code) =>
      reject(new Error(`the bundle exited with ${code} before listening`)),
    );
  });
}

describe('the bundled build, laid out as in the image', () => {
  it('answers a query that crosses data centers', async () => {
    const picks = fixtures(emulator.data);
    const user = picks.userWithRemoteManager;
    const manager = emulator.data.users.find(
      (candidate) => candidate.id === user[EMPLOYEE]?.managerId,
    )!;
    const token = await emulator.mintToken({ sub: user.companyId });

    const { status, body } = await postGraphQL(url, {
      token,
      query: `query ($id: ID!) { user(id: $id) { id displayName manager { id displayName } } }`,
      variables: { id: user.id },
    });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.user).toEqual({
      id: user.id,
      displayName: user.displayName,
      manager: { id: manager.id, displayName: manager.displayName },
    });
  });

  it("hashes operations with Node's crypto, not a JavaScript SHA-256", async () => {
    const chunks = (await readdir(join(app, 'dist'))).filter((name) =>
      name.endsWith('.js'),
    );
    const code = await Promise.all(
      chunks.map((name) => readFile(join(app, 'dist', name), 'utf8')),
    );

    // esbuild marks each bundled module with its path.
    expect(code.join('\n')).not.toContain('node_modules/sha.js/');
  });

  it('refuses a request without a token, as the source build does', async () => {
    const { status, body } = await postGraphQL(url, {
      query: '{ me { __typename } }',
    });

    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
