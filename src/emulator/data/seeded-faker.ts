import { Faker, base, en } from '@faker-js/faker';

/**
 * Dates are drawn relative to this instant, not to "now", so the same seed
 * gives the same data set on every run and every machine.
 */
export const REFERENCE_DATE = new Date('2025-06-01T00:00:00.000Z');

/**
 * A private, seeded Faker (the global one would share state with anyone else
 * using it) plus cheap pools. Some Faker calls (last names, street addresses,
 * cities, job titles) cost about 10 microseconds each; drawing a few hundred
 * once and picking from them keeps the 10,000-user bench set under 2 s.
 */
export class SeededFaker extends Faker {
  readonly pick: {
    firstName(sex: 'female' | 'male'): string;
    middleName(sex: 'female' | 'male'): string;
    lastName(): string;
    zipCode(): string;
    streetAddress(): string;
    city(): string;
    jobTitle(): string;
    /** An 8-digit id for emails, phones and the like. */
    numericId(): string;
  };

  constructor(seed: number) {
    super({ locale: [en, base] });
    this.seed(seed);
    this.setDefaultRefDate(REFERENCE_DATE);
    const pool = (make: () => string) => {
      const items = Array.from({ length: POOL_SIZE }, make);
      return () => items[this.number.int(POOL_SIZE - 1)] as string;
    };
    const female = pool(() => this.person.firstName('female'));
    const male = pool(() => this.person.firstName('male'));
    this.pick = {
      // First names double as middle names: Faker's middle-name lists are
      // first names too, and one pool per sex halves the start-up draws.
      firstName: (sex) => (sex === 'female' ? female() : male()),
      middleName: (sex) => (sex === 'female' ? female() : male()),
      zipCode: pool(() => this.location.zipCode()),
      lastName: pool(() => this.person.lastName()),
      streetAddress: pool(() => this.location.streetAddress()),
      city: pool(() => this.location.city()),
      jobTitle: pool(() => this.person.jobTitle()),
      numericId: () => String(this.number.int({ min: 1e7, max: 1e8 - 1 })),
    };
  }
}

const POOL_SIZE = 400;

export function seededFaker(seed: number): SeededFaker {
  return new SeededFaker(seed);
}

/** `2019-03-04`: the date-only form the service uses for birth dates. */
export const SEXES = ['female', 'male'] as const;

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Zone-less timestamp, as the real service sends `meta.lastModified`. */
export function zonelessTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** Country codes users of each data center's companies tend to live in. */
export function countriesFor(dataCenter: string): readonly string[] {
  switch (dataCenter) {
    case 'EMEA':
      return ['GB', 'DE', 'FR', 'NL', 'SE'];
    case 'CN':
      return ['CN'];
    default:
      return ['US'];
  }
}
