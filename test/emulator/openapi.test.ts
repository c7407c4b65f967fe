import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EmulatorFixtures,
  RunningEmulator,
} from '../../src/emulator/index.js';
import { call, startTestEmulator } from './helpers.js';

interface Operation {
  responses: Record<string, unknown>;
}

describe('the OpenAPI document', () => {
  let emulator: RunningEmulator;
  let fx: EmulatorFixtures;
  let document: { openapi: string; paths: Record<string, { get: Operation }> };

  beforeAll(async () => {
    ({ emulator, fx } = await startTestEmulator());
    document = (await call(emulator, 'EMEA', '/_emulator/openapi.json')).json();
  });
  afterAll(() => emulator.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('declares the status codes real responses carry', async () => {
    const token = await emulator.mintToken({ sub: fx.demoUser.id });
    const remote = fx.homeCompanyRemoteUser;
    const observed: Array<[string, string, string | null]> = [
      ['/profile/v1/me', '/profile/v1/me', token],
      ['/profile/v1/users/{id}', `/profile/v1/users/${remote.id}`, token],
      ['/profile/v1/users/{id}', `/profile/v1/users/${fx.demoUser.id}`, null],
      [
        '/profile/v1/companies/{id}/users',
        `/profile/v1/companies/${fx.homeCompany.id}/users`,
        token,
      ],
      ['/profile/v1/users', '/profile/v1/users?filter=bad', token],
    ];
    for (const [template, path, bearer] of observed) {
      const response = await call(emulator, 'US', path, { token: bearer });
      const declared = document.paths[template]?.get.responses;
      expect(declared, template).toBeDefined();
      expect(Object.keys(declared!), `${path} ${response.status}`).toContain(
        String(response.status),
      );
    }
  });
});
