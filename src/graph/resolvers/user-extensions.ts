import type { Resolvers } from '../generated/resolvers-types.js';

/**
 * The extension schemas reuse Concur's shapes; these resolvers only rename
 * what GraphQL style spells differently and default missing lists to empty,
 * since the upstream sends `null` and omits fields freely.
 */
export const userExtensionResolvers: Resolvers = {
  Employee: {
    companyId: (employee) => employee.companyUUID ?? null,
  },
  CarPreferences: {
    skiRack: (car) => car.skirack ?? null,
  },
  HotelPreferences: {
    amenities: (hotel) =>
      Object.entries(hotel.amenities ?? {})
        .filter(([, wanted]) => wanted)
        .map(([amenity]) => amenity),
  },
  LoyaltyPrograms: {
    air: (programs) => programs.air ?? [],
    rail: (programs) => programs.rail ?? [],
    car: (programs) => programs.car ?? [],
    hotel: (programs) => programs.hotel ?? [],
  },
  LoyaltyProgram: {
    isDefault: (program) => program.default ?? null,
    extraData: (program) => program.extraData ?? [],
  },
  TravelDocuments: {
    passports: (documents) => documents.passport ?? [],
    visas: (documents) => documents.visa ?? [],
    driverLicenses: (documents) => documents.driverLicense ?? [],
    nationalIdentifications: (documents) =>
      documents.nationalIdentifications ?? [],
  },
  UserExpense: {
    customData: (expense) =>
      (expense.customData ?? []).map((field) => ({
        name: field.customFieldName,
        value: field.customFieldValue ?? null,
      })),
    orgUnitData: (expense) =>
      (expense.orgUnitData ?? []).map((unit) => ({
        name: unit.orgUnitName,
        value: unit.orgUnitValue ?? null,
      })),
    approverIds: (expense) => expense.approvers ?? [],
    delegateIds: (expense) => expense.delegates ?? [],
    delegatorIds: (expense) => expense.delegators ?? [],
  },
};
