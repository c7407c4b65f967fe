/**
 * A bad environment is refused as a whole: one message naming every bad
 * variable, and no server listening.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  introspectionEnabled,
  readConfig,
} from '../../src/config.js';

const BAD = {
  PORT: 'eighty',
  LOG_LEVEL: 'loud',
  MAX_QUERY_DEPTH: '0',
  CORS_ORIGINS: 'https://ok.example',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url',
  UPSTREAM_DATA_CENTERS: 'US=ftp://nowhere',
};

describe('readConfig', () => {
  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      readConfig(BAD);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of [
      'PORT',
      'LOG_LEVEL',
      'MAX_QUERY_DEPTH',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'UPSTREAM_DATA_CENTERS',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('CORS_ORIGINS');
  });

  it('names every broken rule between settings together', () => {
    expect(() =>
      readConfig({
        NODE_ENV: 'production',
        UPSTREAM_DATA_CENTERS: 'EMEA=https://emea.example',
      }),
    ).toThrow(/UPSTREAM_DEFAULT_DATA_CENTER[\s\S]*JWKS_URL/);
  });

  it('turns introspection off in production unless asked for', () => {
    const production = {
      NODE_ENV: 'production',
      UPSTREAM_DATA_CENTERS: 'US=https://us.example',
      JWKS_URL: 'https://us.example/jwks',
    };
    expect(introspectionEnabled(readConfig(production))).toBe(false);
    expect(
      introspectionEnabled(
        readConfig({ ...production, INTROSPECTION: 'true' }),
      ),
    ).toBe(true);
    expect(introspectionEnabled(readConfig({}))).toBe(true);
  });
});

describe('the process', () => {
  it('exits 1 with the one message and never listens', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env['PATH'], ...BAD },
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) =>
      child.on('exit', resolve),
    );

    expect(code).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration:/);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('LOG_LEVEL');
    expect(stdout).not.toContain('listening');
  });
});
