/**
 * The process entry as an orchestrator drives it: it starts, becomes ready,
 * and exits 0 on SIGTERM after an orderly shutdown.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { get } from './helpers.js';

describe('the process on SIGTERM', () => {
  it('shuts down in order and exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env['PATH'],
        HOST: '127.0.0.1',
        PORT: '0',
        EMULATOR_PORTS: '0,0,0',
        LOG_LEVEL: 'info',
      },
      stdio: 'pipe',
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', resolve),
    );
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /"url":"(http:[^"]+)"/.exec(stdout);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!.replace('localhost', '127.0.0.1'));
        }
      }, 50);
      void exited.then(() => reject(new Error(`exited early: ${stdout}`)));
    });

    const ready = await get(url.replace(/\/graphql$/, '/health/ready'));
    child.kill('SIGTERM');
    const code = await exited;

    expect(ready.status).toBe(200);
    expect(code).toBe(0);
    expect(stdout).toContain('"msg":"shutting down"');
    expect(stdout).toContain('"signal":"SIGTERM"');
  });
});
