/**
 * The extension parts of a generated user: travel preferences, loyalty
 * programs, travel documents and the Expense 0.2 view.
 */
import type { SeededFaker as Faker } from './seeded-faker.js';
import type {
  WireDocuments,
  WireLoyaltyProgram,
  WireName,
  WirePrograms,
  WireTravelPreferences,
  WireUserExpense,
} from '../../upstream/profile-v1/wire.js';
import { isoDate } from './seeded-faker.js';

const AIRPORTS = ['SEA', 'JFK', 'LHR', 'FRA', 'CDG', 'PEK', 'PVG', 'AMS'];
const AIRLINES = [
  ['AA', 'American Airlines'],
  ['BA', 'British Airways'],
  ['LH', 'Lufthansa'],
  ['CA', 'Air China'],
] as const;
const CURRENCIES: Record<string, string> = { US: 'USD', CN: 'CNY', GB: 'GBP' };
const HOTELS = [
  ['MC', 'Marriott'],
  ['HH', 'Hilton'],
  ['IC', 'InterContinental'],
] as const;

export function buildTravelPreferences(faker: Faker): WireTravelPreferences {
  const dontCare = (...values: string[]) =>
    faker.helpers.arrayElement(['DontCare', ...values]);
  return {
    air: {
      seat: {
        interrowPosition: dontCare('Window', 'Aisle'),
        sectionPosition: dontCare('Forward', 'Rear'),
      },
      meal: dontCare('Vegetarian', 'Kosher', 'LowSodium'),
      homeAirport: faker.helpers.arrayElement(AIRPORTS),
    },
    rail: {
      seat: dontCare('Aisle', 'Window'),
      coach: dontCare('Compartment', 'Coach'),
      berth: dontCare('Lower', 'Upper'),
      deck: dontCare('Upper', 'Lower'),
      space: dontCare('Table', 'Luggage'),
      meal: dontCare('Vegetarian'),
    },
    car: {
      smoking: 'NonSmoking',
      carType: dontCare('Compact', 'Intermediate', 'FullSize'),
      transmission: dontCare('Automatic', 'Manual'),
      gpsEnabled: faker.datatype.boolean(),
      skirack: false,
    },
    hotel: {
      smoking: 'NonSmoking',
      roomType: dontCare('King', 'Queen', 'Double'),
      remark: null,
      amenities: { gym: faker.datatype.boolean(), pool: false },
    },
  };
}

function loyalty(
  faker: Faker,
  vendor: readonly [string, string],
): WireLoyaltyProgram {
  return {
    vendorCode: vendor[0],
    vendorName: vendor[1],
    account: faker.string.numeric(9),
    status: faker.helpers.arrayElement(['Silver', 'Gold', 'Platinum']),
    points: faker.number.int(200_000),
    segments: faker.number.int(80),
    expiration: isoDate(faker.date.future({ years: 3 })),
    default: true,
    extraData: [],
  };
}

export function buildPrograms(faker: Faker): WirePrograms {
  return {
    air: [loyalty(faker, faker.helpers.arrayElement(AIRLINES))],
    rail: [],
    car: [],
    hotel: [loyalty(faker, faker.helpers.arrayElement(HOTELS))],
  };
}

export function buildDocuments(faker: Faker, country: string): WireDocuments {
  const issued = faker.date.past({ years: 8 });
  const expires = new Date(issued.getTime() + 10 * 365 * 86_400_000);
  return {
    passport: [
      {
        number: faker.string.alphanumeric({ length: 9, casing: 'upper' }),
        issuingCountry: country,
        nationality: country,
        placeIssued: faker.pick.city(),
        dateIssued: isoDate(issued),
        expiration: isoDate(expires),
      },
    ],
    visa: [],
    driverLicense: [],
    nationalIdentifications: [],
    hasNoPassport: false,
  };
}

export function buildUserExpense(
  faker: Faker,
  name: WireName,
  country: string,
  approvers: string[],
): WireUserExpense {
  return {
    active: true,
    countryCode: country,
    countrySubdivision: null,
    firstName: name.givenName ?? null,
    lastName: name.familyName ?? null,
    middleInitial: name.middleName?.slice(0, 1) ?? null,
    localeCode: 'en_US',
    cashAdvanceAccountCode: null,
    driverId: null,
    ledger: 'DEFAULT',
    reimbursementCurrency: CURRENCIES[country] ?? 'EUR',
    reimbursementType: 'ADPPAYR',
    customData: [
      {
        customFieldName: 'Division',
        customFieldValue: faker.commerce.department(),
      },
    ],
    orgUnitData: [],
    approvers,
    delegates: [],
    delegators: [],
  };
}
