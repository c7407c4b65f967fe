/**
 * The seeded data set. Everything here is a pure function of the seed and
 * the size: same inputs, same ids and data, on every run and machine.
 */
import type { DataSize, EmulatorData, EmulatorUser } from '../types.js';
import { buildApp, buildCompany } from './organizations.js';
import { seededFaker } from './seeded-faker.js';
import { buildUser } from './users.js';
import type { SeededFaker as Faker } from './seeded-faker.js';
import type { EmulatorCompany } from '../types.js';

export interface ResolvedSize {
  companies: number;
  usersPerCompany: number;
  apps: number;
}

export function resolveSize(size: DataSize): ResolvedSize {
  if (size === 'demo') return { companies: 3, usersPerCompany: 12, apps: 3 };
  if (size === 'bench') {
    return { companies: 100, usersPerCompany: 100, apps: 10 };
  }
  const { companies, usersPerCompany } = size;
  if (!Number.isInteger(companies) || companies < 1) {
    throw new TypeError(
      `size.companies must be a positive integer, got ${companies}`,
    );
  }
  if (!Number.isInteger(usersPerCompany) || usersPerCompany < 1) {
    throw new TypeError(
      `size.usersPerCompany must be a positive integer, got ${usersPerCompany}`,
    );
  }
  const apps = size.apps ?? Math.max(1, Math.round(companies / 10));
  return { companies, usersPerCompany, apps };
}

/**
 * Company `i` lives in data center `i mod n`. Data set invariants tests rely
 * on (see `fixtures.ts`): `users[0]` is a top manager of `companies[0]` in
 * the first data center; every fourth user of a company (positions 3, 7, ...)
 * lives in the next data center; the user at position 4 reports to the one at
 * position 3, so cross-data-center manager links always exist.
 */
export function generateData(
  seed: number,
  size: DataSize,
  dataCenters: readonly string[],
): EmulatorData {
  const faker = seededFaker(seed);
  const resolved = resolveSize(size);
  const companies = Array.from({ length: resolved.companies }, (_, i) =>
    buildCompany(faker, dataCenters[i % dataCenters.length] as string),
  );
  const users = companies.flatMap((company) =>
    buildCompanyUsers(faker, company, resolved.usersPerCompany, dataCenters),
  );
  const apps = Array.from({ length: resolved.apps }, (_, i) => {
    const owner = companies[i % companies.length] as EmulatorCompany;
    // The next company lives in the next data center, when there is one.
    const partner = companies[(i + 1) % companies.length] as EmulatorCompany;
    const connected = partner === owner ? [owner] : [owner, partner];
    return buildApp(faker, owner, connected);
  });
  return { companies, users, apps };
}

function buildCompanyUsers(
  faker: Faker,
  company: EmulatorCompany,
  count: number,
  dataCenters: readonly string[],
): EmulatorUser[] {
  const home = dataCenters.indexOf(company.dataCenter);
  const away = dataCenters[(home + 1) % dataCenters.length] as string;
  const topManagers = Math.min(5, Math.max(1, Math.round(count / 8)));
  const users: EmulatorUser[] = [];
  for (let index = 0; index < count; index++) {
    const managerIndex =
      index < topManagers
        ? null
        : index % 4 === 0
          ? index - 1
          : faker.number.int(index - 1);
    users.push(
      buildUser(faker, {
        company,
        dataCenter: index % 4 === 3 ? away : company.dataCenter,
        index,
        managerId: managerIndex === null ? null : users[managerIndex]!.id,
      }),
    );
  }
  return users;
}
