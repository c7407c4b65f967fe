import type { SeededFaker as Faker } from './seeded-faker.js';
import {
  DOCUMENTS_SCHEMA,
  EMPLOYEE_SCHEMA,
  PROGRAMS_SCHEMA,
  TRAVEL_PREFERENCES_SCHEMA,
  USER_EXPENSE_SCHEMA,
  USER_SCHEMA,
} from '../../upstream/profile-v1/wire.js';
import type { EmulatorCompany, EmulatorUser } from '../types.js';
import {
  birthDate,
  buildAddress,
  buildEmails,
  buildEmergencyContact,
  buildIms,
  buildName,
  buildPhones,
} from './user-contact.js';
import {
  buildDocuments,
  buildPrograms,
  buildTravelPreferences,
  buildUserExpense,
} from './user-extensions.js';
import { SEXES, countriesFor, zonelessTimestamp } from './seeded-faker.js';

/** What the generator decides about a user before Faker fills it in. */
export interface UserPlan {
  company: EmulatorCompany;
  dataCenter: string;
  /** Position in the company, 0-based; becomes the employee id. */
  index: number;
  managerId: string | null;
}

/** Every served user lists these; Expense 0.2 is added on `schema=expense`. */
export const USER_SCHEMAS = [
  USER_SCHEMA,
  EMPLOYEE_SCHEMA,
  TRAVEL_PREFERENCES_SCHEMA,
  PROGRAMS_SCHEMA,
  DOCUMENTS_SCHEMA,
];

export function buildUser(faker: Faker, plan: UserPlan): EmulatorUser {
  const id = faker.string.uuid();
  const sex = faker.helpers.arrayElement(SEXES);
  const name = buildName(faker, sex);
  const country = faker.helpers.arrayElement(countriesFor(plan.dataCenter));
  const domain = plan.company.internetDomain ?? 'example.com';
  const created = faker.date.past({ years: 6 });
  return {
    schemas: USER_SCHEMAS,
    id,
    meta: {
      created: created.toISOString(),
      lastModified: zonelessTimestamp(faker.date.recent({ days: 90 })),
      principalType: 'user',
      resourceType: 'EnterpriseUser',
    },
    name,
    displayName: `${name.givenName} ${name.familyName}`,
    nickName: name.givenName ?? null,
    gender: sex === 'female' ? 'Female' : 'Male',
    profileImageURL: `https://images.example.com/profiles/${id}.png`,
    preferredLanguage: 'en-US',
    locale: 'en_US',
    timezone: faker.location.timeZone(),
    dateOfBirth: birthDate(faker),
    userType: 'Enterprise',
    // Every twentieth employee has left, so inactive users exist.
    active: plan.index % 20 !== 19,
    emails: buildEmails(faker, name, domain),
    phoneNumbers: buildPhones(faker, country),
    ims: buildIms(faker, name),
    addresses: [
      buildAddress(faker, country, 'Work'),
      buildAddress(faker, country, 'Home'),
    ],
    emergencyContact: buildEmergencyContact(faker, country),
    ...buildExtensions(faker, plan, name, country),
    dataCenter: plan.dataCenter,
    companyId: plan.company.id,
  };
}

function buildExtensions(
  faker: Faker,
  plan: UserPlan,
  name: EmulatorUser['name'] & object,
  country: string,
) {
  return {
    [EMPLOYEE_SCHEMA]: {
      companyUUID: plan.company.id,
      employeeId: `E${String(plan.index + 1).padStart(5, '0')}`,
      jobTitle: faker.pick.jobTitle(),
      managerId: plan.managerId,
      orgUnitId: faker.number.int({ min: 100, max: 999 }),
      costCenter: { code: `CC-${faker.string.numeric(4)}` },
      terminationDate: null,
    },
    [TRAVEL_PREFERENCES_SCHEMA]: buildTravelPreferences(faker),
    [PROGRAMS_SCHEMA]: buildPrograms(faker),
    [DOCUMENTS_SCHEMA]: buildDocuments(faker, country),
    [USER_EXPENSE_SCHEMA]: buildUserExpense(
      faker,
      name,
      country,
      plan.managerId === null ? [] : [plan.managerId],
    ),
  };
}
