/** Generated companies and apps: the principals users belong to. */
import type { SeededFaker as Faker } from './seeded-faker.js';
import {
  APP_SCHEMA,
  COMPANY_EXPENSE_SCHEMA,
  COMPANY_TRAVEL_SCHEMA,
} from '../../upstream/profile-v1/wire.js';
import type { EmulatorApp, EmulatorCompany } from '../types.js';
import { buildAddress } from './user-contact.js';
import { countriesFor, zonelessTimestamp } from './seeded-faker.js';

/** Scopes every generated app was registered with. */
export const APP_SCOPES = ['user_read', 'company_read', 'app_read'];

export function buildCompany(
  faker: Faker,
  dataCenter: string,
): EmulatorCompany {
  const id = faker.string.uuid();
  const name = faker.company.name();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const country = faker.helpers.arrayElement(countriesFor(dataCenter));
  return {
    // The reference says company replies list only their extensions.
    schemas: [COMPANY_TRAVEL_SCHEMA, COMPANY_EXPENSE_SCHEMA],
    id,
    meta: {
      created: faker.date.past({ years: 10 }).toISOString(),
      lastModified: zonelessTimestamp(faker.date.recent({ days: 30 })),
      principalType: 'company',
      resourceType: 'Company',
    },
    name,
    internetDomain: `${slug}.example.com`,
    companyDomain: slug,
    defaultLanguage: 'en-us',
    addresses: [buildAddress(faker, country, null)],
    [COMPANY_TRAVEL_SCHEMA]: {
      active: true,
      offeringCode: 'TRAVEL',
      isVendor: false,
      isBillable: true,
      contact: {
        name: faker.person.fullName(),
        phone: `+1-${faker.string.numeric(3)}-555-${faker.string.numeric(4)}`,
        emailAddress: `travel@${slug}.example.com`,
      },
    },
    [COMPANY_EXPENSE_SCHEMA]: {
      offeringCode: 'EXPENSE',
      marketingName: faker.helpers.arrayElement(['CTE', 'Standard']),
    },
    dataCenter,
  };
}

export function buildApp(
  faker: Faker,
  owner: EmulatorCompany,
  connected: EmulatorCompany[],
): EmulatorApp {
  const name = `${faker.company.buzzAdjective()} ${faker.company.buzzNoun()}`;
  return {
    schemas: [APP_SCHEMA],
    id: faker.string.uuid(),
    meta: {
      created: faker.date.past({ years: 4 }).toISOString(),
      lastModified: zonelessTimestamp(faker.date.recent({ days: 30 })),
      principalType: 'app',
      resourceType: 'App',
    },
    name: name.replace(/^./, (first) => first.toUpperCase()),
    description: faker.company.catchPhrase(),
    ownerCompanyUUID: owner.id,
    scopes: APP_SCOPES,
    // An app lives where the company that registered it lives.
    dataCenter: owner.dataCenter,
    connectedCompanyIds: connected.map((company) => company.id),
  };
}
