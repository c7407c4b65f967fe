import { describe, expect, it } from 'vitest';
import {
  fixtures,
  generateData,
  emulatorOptionsFromEnv,
} from '../../src/emulator/index.js';
import {
  sandboxTokenIssuers,
  tokenCommandFor,
} from '../../src/emulator/settings.js';

const DCS = ['US', 'EMEA', 'CN'];

describe('the seeded data set', () => {
  it('is identical for the same seed and differs for another seed', () => {
    const first = generateData(7, 'demo', DCS);
    const again = generateData(7, 'demo', DCS);
    const other = generateData(8, 'demo', DCS);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(other.users[0]!.id).not.toBe(first.users[0]!.id);
  });

  it('has the demo shape: 3 companies, one per data center, 12 users each, 3 apps', () => {
    const data = generateData(1, 'demo', DCS);
    expect(data.companies.map((c) => c.dataCenter)).toEqual(DCS);
    expect(data.users).toHaveLength(36);
    expect(data.apps).toHaveLength(3);
    for (const company of data.companies) {
      const members = data.users.filter((u) => u.companyId === company.id);
      const away = members.filter((u) => u.dataCenter !== company.dataCenter);
      expect(members).toHaveLength(12);
      expect(away).toHaveLength(3);
    }
    for (const app of data.apps) {
      const dcs = app.connectedCompanyIds.map(
        (id) => data.companies.find((c) => c.id === id)!.dataCenter,
      );
      expect(new Set(dcs).size).toBe(2);
      expect(app.connectedCompanyIds).toContain(app.ownerCompanyUUID);
    }
  });

  it('uses lower-case v4-shaped UUIDs and fully populated users', () => {
    const data = generateData(1, 'demo', DCS);
    const v4 =
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const item of [...data.users, ...data.companies, ...data.apps]) {
      expect(item.id).toMatch(v4);
    }
    const user = data.users[5]!;
    expect(user.emails?.length).toBeGreaterThan(0);
    expect(user.phoneNumbers?.length).toBeGreaterThan(0);
    expect(user.addresses?.length).toBeGreaterThan(0);
    expect(user.emergencyContact?.name?.givenName).toBeTruthy();
    expect(user['com:concur:Employee:1.0']?.jobTitle).toBeTruthy();
    expect(user['com:concur:TravelPreferences:1.0']?.air).toBeTruthy();
    expect(user['com:concur:Programs:1.0']?.air?.length).toBe(1);
    expect(user['com:concur:Documents:1.0']?.passport?.length).toBe(1);
    expect(user['com:concur:Expense:0.2']?.localeCode).toBe('en_US');
  });

  it('forms manager chains inside each company that end at a top manager', () => {
    const data = generateData(1, 'demo', DCS);
    const byId = new Map(data.users.map((u) => [u.id, u]));
    for (const user of data.users) {
      let current = user;
      for (let hops = 0; hops < 50; hops++) {
        const managerId = current['com:concur:Employee:1.0']?.managerId;
        if (!managerId) break;
        const manager = byId.get(managerId)!;
        expect(manager.companyId).toBe(user.companyId);
        current = manager;
      }
      expect(current['com:concur:Employee:1.0']?.managerId).toBeNull();
    }
  });

  it('offers the documented fixtures', () => {
    const fx = fixtures(generateData(1, 'demo', DCS));
    expect(fx.demoUser['com:concur:Employee:1.0']?.managerId).toBeNull();
    expect(fx.demoUser.dataCenter).toBe('US');
    expect(fx.homeCompany.dataCenter).toBe('US');
    expect(fx.homeCompanyLocalUsers.every((u) => u.dataCenter === 'US')).toBe(
      true,
    );
    expect(fx.homeCompanyRemoteUser.dataCenter).toBe('EMEA');
    expect(fx.firstUserIn['CN']!.dataCenter).toBe('CN');
    const managerId =
      fx.userWithRemoteManager['com:concur:Employee:1.0']?.managerId;
    expect(managerId).toBeTruthy();
  });

  it('generates the bench size of 10,000 users', () => {
    const started = performance.now();
    const data = generateData(1, 'bench', DCS);
    const ms = Math.round(performance.now() - started);
    // Timing is logged, not asserted: CI machines vary.
    process.stdout.write(`bench data set generated in ${ms} ms\n`);
    expect(data.users.length).toBeGreaterThanOrEqual(10_000);
    expect(data.companies).toHaveLength(100);
  });

  it('reads its settings from the environment', () => {
    const options = emulatorOptionsFromEnv({
      EMULATOR_PORTS: '5010,5011,5012',
      EMULATOR_PORT_CN: '6000',
      EMULATOR_SEED: '3',
      EMULATOR_SIZE: '1000',
    });
    expect(options.seed).toBe(3);
    expect(options.size).toEqual({ companies: 10, usersPerCompany: 100 });
    expect(sandboxTokenIssuers(options)).toEqual({
      US: 'http://127.0.0.1:5010',
      EMEA: 'http://127.0.0.1:5011',
      CN: 'http://127.0.0.1:6000',
    });
    expect(() => emulatorOptionsFromEnv({ EMULATOR_SEED: 'x' })).toThrow(
      /EMULATOR_SEED/,
    );
  });

  it('refuses an EMULATOR_PORTS list that does not give each data center its own port', () => {
    for (const ports of ['4120,4121', '4120,4121,4122,4123', '4110,,4112']) {
      expect(() => emulatorOptionsFromEnv({ EMULATOR_PORTS: ports })).toThrow(
        /EMULATOR_PORTS: expected 3 ports \(US, EMEA, CN, in that order\)/,
      );
    }
    expect(() =>
      emulatorOptionsFromEnv({ EMULATOR_PORTS: '4120,4120,4122' }),
    ).toThrow(/US and EMEA are both given port 4120/);
    expect(() =>
      emulatorOptionsFromEnv({ EMULATOR_PORTS: '4120,4121,4122' }),
    ).not.toThrow();
    expect(() =>
      emulatorOptionsFromEnv({ EMULATOR_PORTS: '0,0,0' }),
    ).not.toThrow();
  });

  it('prints a token command that repeats the ports bound and the data set settings', () => {
    const defaults = {
      US: 'http://127.0.0.1:4010',
      EMEA: 'http://127.0.0.1:4011',
      CN: 'http://127.0.0.1:4012',
    };
    expect(tokenCommandFor(defaults, {})).toBe('npm run -s token');
    expect(
      tokenCommandFor(
        { ...defaults, CN: 'http://127.0.0.1:45417' },
        { EMULATOR_PORTS: '4010,4011,0', EMULATOR_SEED: '2' },
      ),
    ).toBe('EMULATOR_PORTS=4010,4011,45417 EMULATOR_SEED=2 npm run -s token');
  });

  it('refuses a data set too large to generate', () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_SIZE: '1e9' })).toThrow(
      /EMULATOR_SIZE: expected demo, bench or a number of users from 1 to 200000/,
    );
  });
});
