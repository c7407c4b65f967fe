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

describe('ranges and rules reported by users', () => {
  const problemsOf = (env: Record<string, string>): string => {
    try {
      readConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    return '';
  };

  it('names every out-of-range or refused value in one message', () => {
    const message = problemsOf({
      JWT_CLOCK_TOLERANCE_SECONDS: '-5',
      UPSTREAM_MAX_REDIRECTS: '-1',
      UPSTREAM_DEFAULT_DATA_CENTER: 'MARS',
      JWT_ALGORITHMS: 'none,HS256',
      HOST: '256.1.1.1',
      EMULATOR_SIZE: 'huge',
      EMULATOR_SEED: 'x',
      EMULATOR_PORTS: '4010,99999,4012',
    });
    expect(message).toMatch(
      /JWT_CLOCK_TOLERANCE_SECONDS: expected a whole number from 0 to 300, got "-5"/,
    );
    expect(message).toMatch(/UPSTREAM_MAX_REDIRECTS: .* 0 to 5, got "-1"/);
    expect(message).toMatch(
      /UPSTREAM_DEFAULT_DATA_CENTER: MARS is not one of .*\(US, EMEA, CN\)/,
    );
    expect(message).toMatch(/JWT_ALGORITHMS: none, HS256 refused/);
    expect(message).toMatch(/public key's bytes/);
    expect(message).toMatch(/HOST: .*got "256\.1\.1\.1"/);
    expect(message).toMatch(/EMULATOR_SIZE: expected demo, bench/);
    expect(message).toMatch(/EMULATOR_SEED: .*got "x"/);
    expect(message).toMatch(/EMULATOR_PORTS: .*0 to 65535, got "99999"/);
  });

  it('refuses a clock tolerance that would switch expiry off', () => {
    expect(problemsOf({ JWT_CLOCK_TOLERANCE_SECONDS: '99999999' })).toMatch(
      /JWT_CLOCK_TOLERANCE_SECONDS/,
    );
  });

  it('accepts every asymmetric JWS algorithm', () => {
    const algorithms =
      'RS256,RS384,RS512,PS256,PS384,PS512,ES256,ES384,ES512,EdDSA';
    expect(readConfig({ JWT_ALGORITHMS: algorithms }).JWT_ALGORITHMS).toEqual(
      algorithms.split(','),
    );
  });

  it('checks the emulator settings only in sandbox mode', () => {
    const upstream = {
      UPSTREAM_DATA_CENTERS: 'EU=https://eu.example',
      UPSTREAM_DEFAULT_DATA_CENTER: 'EU',
      JWKS_URL: 'https://eu.example/jwks',
    };
    expect(() =>
      readConfig({ ...upstream, EMULATOR_SIZE: 'huge' }),
    ).not.toThrow();
  });

  it('reports a bad value and a broken rule between settings together', () => {
    const message = problemsOf({
      PORT: '-1',
      UPSTREAM_DATA_CENTERS: 'EU=https://eu.example',
    });
    expect(message).toMatch(/PORT:/);
    expect(message).toMatch(/UPSTREAM_DEFAULT_DATA_CENTER: US is not one/);
    expect(message).toMatch(/JWKS_URL: required/);
  });
});

describe('HOST', () => {
  const upstream = {
    UPSTREAM_DATA_CENTERS: 'US=https://us.example',
    JWKS_URL: 'https://us.example/jwks',
  };

  it('defaults to loopback in sandbox mode', () => {
    expect(readConfig({}).HOST).toBe('127.0.0.1');
  });

  it('defaults to every interface with an upstream', () => {
    expect(readConfig(upstream).HOST).toBe('0.0.0.0');
  });

  it('is taken as set in either mode', () => {
    expect(readConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(readConfig({ ...upstream, HOST: '::1' }).HOST).toBe('::1');
    expect(readConfig({ HOST: 'localhost' }).HOST).toBe('localhost');
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

describe('settings that could carry secrets', () => {
  const problemsOf = (env: Record<string, string>): string => {
    try {
      readConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    return '';
  };
  const upstream = { JWKS_URL: 'https://x.example/jwks' };

  it('refuses credentials and query strings in URLs without repeating them', () => {
    const envs: Array<Record<string, string>> = [
      {
        ...upstream,
        UPSTREAM_DATA_CENTERS: 'US=https://user:SECRET123@x.example',
      },
      {
        ...upstream,
        UPSTREAM_DATA_CENTERS: 'US=https://x.example/?apikey=SECRET123',
      },
      { ...upstream, UPSTREAM_DATA_CENTERS: 'US=https://x.example/#SECRET123' },
      {
        ...upstream,
        UPSTREAM_DATA_CENTERS: 'US=https://u:SECRET123@x.example,EMEA',
      },
      {
        UPSTREAM_DATA_CENTERS: 'US=https://x.example',
        JWKS_URL: 'http://user:SECRET123@host/jwks?key=x',
      },
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://user:SECRET123@otel:4318' },
    ];
    for (const env of envs) {
      const message = problemsOf(env);
      expect(message).toMatch(/^Invalid configuration/);
      expect(message).not.toContain('SECRET123');
    }
  });

  it('refuses two data centers at one origin', () => {
    const message = problemsOf({
      ...upstream,
      UPSTREAM_DATA_CENTERS: 'US=https://x.example,EMEA=https://X.example/',
    });
    expect(message).toContain('US and EMEA have the same host and port');
  });

  it('takes CORS origins as a browser sends them and says how to write them', () => {
    expect(
      readConfig({ CORS_ORIGINS: 'http://LOCALHOST:3000,https://a.example' })
        .CORS_ORIGINS,
    ).toEqual(['http://localhost:3000', 'https://a.example']);
    expect(problemsOf({ CORS_ORIGINS: 'http://localhost:5173/' })).toContain(
      'scheme://host[:port] with no path or trailing slash',
    );
    expect(problemsOf({ CORS_ORIGINS: '*' })).toContain(
      'list each allowed origin',
    );
  });

  it('accepts digits only for whole numbers', () => {
    for (const value of ['1e3', '0x10', ' 5000', '5000 ', '5000.0']) {
      expect(problemsOf({ UPSTREAM_CALL_TIMEOUT_MS: value })).toContain(
        'UPSTREAM_CALL_TIMEOUT_MS',
      );
    }
    expect(readConfig({ UPSTREAM_CALL_TIMEOUT_MS: '5000' })).toMatchObject({
      UPSTREAM_CALL_TIMEOUT_MS: 5000,
    });
  });
});
