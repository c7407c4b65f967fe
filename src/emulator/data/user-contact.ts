/**
 * The contact parts of a generated user: names, emails, phones, instant
 * messaging, addresses and the emergency contact.
 */
import type { SeededFaker as Faker } from './seeded-faker.js';
import type {
  WireAddress,
  WireEmail,
  WireEmergencyContact,
  WireIm,
  WireName,
  WirePhoneNumber,
} from '../../upstream/profile-v1/wire.js';
import { SEXES, isoDate } from './seeded-faker.js';

export function buildName(faker: Faker, sex: 'female' | 'male'): WireName {
  const givenName = faker.pick.firstName(sex);
  const familyName = faker.pick.lastName();
  const middleName = faker.pick.middleName(sex);
  return {
    formatted: `${givenName} ${middleName} ${familyName}`,
    givenName,
    familyName,
    middleName,
    honorificPrefix: faker.person.prefix(sex),
    honorificSuffix: null,
  };
}

export function buildEmails(
  faker: Faker,
  name: WireName,
  domain: string,
): WireEmail[] {
  const local = `${name.givenName}.${name.familyName}`
    .toLowerCase()
    .replace(/[^a-z.]/g, '');
  const added = faker.date.past({ years: 5 }).toISOString();
  const business: WireEmail = {
    id: faker.pick.numericId(),
    value: `${local}@${domain}`,
    display: `${local}@${domain}`,
    type: 'Business',
    primary: true,
    notifications: true,
    dateAdded: added,
    verified: true,
    dateVerified: added,
  };
  const personal = `${local}${faker.number.int(99)}@example.net`;
  return [
    business,
    {
      id: faker.pick.numericId(),
      value: personal,
      display: personal,
      type: 'Personal',
      primary: false,
      notifications: false,
      dateAdded: added,
      verified: false,
      dateVerified: null,
    },
  ];
}

export function buildPhones(faker: Faker, country: string): WirePhoneNumber[] {
  return (['Work', 'Cell'] as const).map((type, index) => {
    const digits = faker.string.numeric(10);
    const display = `+1 ${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    return {
      id: faker.pick.numericId(),
      value: `tel:${display.replace(' ', '-')}`,
      display,
      type,
      primary: index === 0,
      countryCode: country,
      countryISDCode: '1',
      notifications: type === 'Cell',
      verified: index === 0,
    };
  });
}

export function buildIms(faker: Faker, name: WireName): WireIm[] {
  const handle = `${name.givenName}${faker.number.int(999)}`.toLowerCase();
  return [
    {
      id: faker.pick.numericId(),
      value: handle,
      display: handle,
      type: 'skype',
      primary: true,
      notifications: false,
    },
  ];
}

export function buildAddress(
  faker: Faker,
  country: string,
  type: string | null,
): WireAddress {
  const streetAddress = faker.pick.streetAddress();
  const locality = faker.pick.city();
  const region = faker.location.state({ abbreviated: true });
  const postalCode = faker.pick.zipCode();
  return {
    id: faker.pick.numericId(),
    formatted: `${streetAddress}, ${locality}, ${region} ${postalCode}, ${country}`,
    streetAddress,
    locality,
    region,
    country,
    postalCode,
    ...(type === null ? {} : { type }),
  };
}

export function buildEmergencyContact(
  faker: Faker,
  country: string,
): WireEmergencyContact {
  const sex = faker.helpers.arrayElement(SEXES);
  const address = buildAddress(faker, country, null);
  return {
    name: buildName(faker, sex),
    phone: `+1-${faker.string.numeric(3)}-555-${faker.string.numeric(4)}`,
    phone2: null,
    relationship: faker.helpers.arrayElement(['Spouse', 'Parent', 'Friend']),
    streetAddress: address.streetAddress,
    locality: address.locality,
    region: address.region,
    country,
    postalCode: address.postalCode,
  };
}

export function birthDate(faker: Faker): string {
  return isoDate(faker.date.birthdate({ mode: 'age', min: 22, max: 66 }));
}
