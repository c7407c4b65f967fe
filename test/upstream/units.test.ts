import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from '../../src/upstream/backoff.js';
import {
  createProfileV1Backend,
  DataCenterTable,
  errorForStatus,
  parseUpstreamCode,
  PRODUCTION_DATA_CENTERS,
} from '../../src/upstream/index.js';
import {
  mapCompany,
  mapPrincipal,
  mapUser,
} from '../../src/upstream/profile-v1/map.js';
import { Semaphore } from '../../src/upstream/semaphore.js';

describe('DataCenterTable', () => {
  const table = new DataCenterTable(PRODUCTION_DATA_CENTERS, 'US');

  it('matches a Location or token iss by origin only', () => {
    expect(
      table.byOrigin('https://emea.api.concursolutions.com/profile/v1/users/x')
        ?.name,
    ).toBe('EMEA');
    expect(
      table.byOrigin('https://emea.api.concursolutions.com:443/')?.name,
    ).toBe('EMEA');
    expect(
      table.byOrigin('http://emea.api.concursolutions.com/'),
    ).toBeUndefined();
    expect(
      table.byOrigin('https://emea.api.concursolutions.com.evil.example/'),
    ).toBeUndefined();
    expect(table.byOrigin('not a url')).toBeUndefined();
  });

  it('resolves a home data center by name, in any case, or by URL', () => {
    expect(table.resolve('CN')?.name).toBe('CN');
    expect(table.resolve('emea')?.name).toBe('EMEA');
    expect(table.resolve('https://us.api.concursolutions.com')?.name).toBe(
      'US',
    );
    expect(table.resolve('https://concur.com')).toBeUndefined();
    expect(table.resolve(undefined)).toBeUndefined();
  });

  it('rejects a default outside the table and a bad URL with TypeErrors naming them', () => {
    expect(() => new DataCenterTable({ US: 'https://a' }, 'EU')).toThrow(
      /defaultDataCenter/,
    );
    expect(() => new DataCenterTable({ US: 'nope' }, 'US')).toThrow(
      /dataCenters\.US/,
    );
  });
});

describe('options', () => {
  it('rejects a bad setting with a TypeError naming it', () => {
    expect(() => createProfileV1Backend({ maxAttempts: 0 })).toThrow(
      /maxAttempts/,
    );
    expect(() => createProfileV1Backend({ callTimeoutMs: 1.5 })).toThrow(
      /callTimeoutMs/,
    );
    expect(() =>
      createProfileV1Backend({ bulkLookup: { maxIdsPerCall: -1 } }),
    ).toThrow(/bulkLookup\.maxIdsPerCall/);
  });
});

describe('errors', () => {
  it('parses the upstream error code loosely and ignores anything that is not a code', () => {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value));
    expect(parseUpstreamCode(json({ scimType: 'invalidValue' }))).toBe(
      'invalidValue',
    );
    expect(parseUpstreamCode(json({ error: 'invalid_grant', code: 16 }))).toBe(
      'invalid_grant',
    );
    expect(parseUpstreamCode(json({ code: 16 }))).toBe('16');
    expect(
      parseUpstreamCode(json({ scimType: 'has spaces and <html>' })),
    ).toBeUndefined();
    expect(parseUpstreamCode(Buffer.from('<html>'))).toBeUndefined();
    expect(parseUpstreamCode(undefined)).toBeUndefined();
  });

  it('gives each status its stable code', () => {
    const codes = [400, 401, 403, 429, 500, 503].map(
      (status) => errorForStatus(status, { correlationId: 'c' }).code,
    );
    expect(codes).toEqual([
      'UPSTREAM_BAD_REQUEST',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'RATE_LIMITED',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
    ]);
  });
});

describe('backoff', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('never waits less than Retry-After', () => {
    const policy = { baseMs: 100, maxMs: 1_000, random: () => 0 };
    expect(retryDelayMs(policy, 1, 2)).toBe(2_000);
    expect(retryDelayMs(policy, 1, undefined)).toBe(0);
  });
});

describe('Semaphore', () => {
  it('holds at most its limit and serves waiters in order', async () => {
    const gate = new Semaphore(2);
    const order: number[] = [];
    let peak = 0;
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        gate.run(async () => {
          peak = Math.max(peak, gate.active);
          await new Promise((resolve) => setTimeout(resolve, 5));
          order.push(n);
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops waiting when the signal aborts', async () => {
    const gate = new Semaphore(1);
    let release = () => {};
    const held = gate.run(() => new Promise<void>((r) => (release = r)));
    const abort = new AbortController();
    const waiting = gate.run(() => Promise.resolve('ran'), abort.signal);
    abort.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    release();
    await held;
    expect(gate.active).toBe(0);
  });
});

describe('Profile v1 mapping', () => {
  it('lifts extension URNs into named fields and defaults arrays', () => {
    const user = mapUser({
      id: 'ABC-DEF',
      displayName: 'Ann',
      emails: null,
      'com:concur:Employee:1.0': {
        employeeId: 'e1',
        jobTitle: 'CFO',
        companyUUID: 'C0MPANY',
        managerId: 'MGR',
      },
      'com:concur:TravelPreferences:1.0': { air: { meal: 'VGML' } },
      'com:concur:Expense:0.2': { approvers: ['APPR'] },
    });
    expect(user).toMatchObject({
      id: 'abc-def',
      active: true,
      emails: [],
      phoneNumbers: [],
      travelIds: [],
      employee: { companyUUID: 'c0mpany', managerId: 'mgr', jobTitle: 'CFO' },
      travelPreferences: { air: { meal: 'VGML' } },
      expense: { approvers: ['appr'] },
      programs: null,
    });
  });

  it('maps company extensions', () => {
    const company = mapCompany({
      id: 'C1',
      'com:concur:Travel:0.1': { active: 1 },
      'com:concur:Expense:0.1': { marketingName: 'CTE' },
    });
    expect(company).toMatchObject({
      id: 'c1',
      addresses: [],
      travel: { active: 1 },
      expense: { marketingName: 'CTE' },
    });
  });

  it('tells principals apart by meta.principalType or schemas', () => {
    expect(mapPrincipal({ id: 'a', meta: { principalType: 'app' } }).kind).toBe(
      'app',
    );
    expect(
      mapPrincipal({ id: 'u', schemas: ['com:concur:User:1.0'] }).kind,
    ).toBe('user');
    expect(() => mapPrincipal({ id: 'x' })).toThrow(/neither/);
    expect(() => mapUser([1, 2])).toThrow(/not a JSON object/);
  });
});
