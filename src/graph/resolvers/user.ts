import type { Resolvers } from '../generated/resolvers-types.js';
import { loadRoster } from './roster.js';
import {
  ADDRESS_TYPES,
  EMAIL_TYPES,
  enumValue,
  IM_TYPES,
  PHONE_TYPES,
  USER_TYPES,
} from './enums.js';
import { loadLink, loadReference } from './lookups.js';

export const userResolvers: Resolvers = {
  User: {
    __resolveReference: (reference, ctx) =>
      loadReference(ctx.loaders.users, reference.id),
    userType: (user) => enumValue(USER_TYPES, user.userType),
    primaryEmail: (user) =>
      user.emails.find((email) => email.primary) ?? user.emails[0] ?? null,
    instantMessengers: (user) => user.ims,
    loyaltyPrograms: (user) => user.programs ?? null,
    travelDocuments: (user) => user.documents ?? null,
    company: (user, _args, ctx) =>
      loadLink(ctx.loaders.companies, user.employee?.companyUUID),
    manager: (user, _args, ctx) =>
      loadLink(ctx.loaders.users, user.employee?.managerId),
    async directReports(user, _args, ctx) {
      const companyId = user.employee?.companyUUID;
      if (!companyId) return [];
      const roster = await loadRoster(ctx.loaders, companyId);
      return roster.filter(
        (member) => member.employee?.managerId?.toLowerCase() === user.id,
      );
    },
  },
  Email: {
    type: (email) => enumValue(EMAIL_TYPES, email.type),
  },
  PhoneNumber: {
    type: (phone) => enumValue(PHONE_TYPES, phone.type),
    countryIsdCode: (phone) => phone.countryISDCode ?? null,
  },
  InstantMessenger: {
    type: (im) => enumValue(IM_TYPES, im.type),
  },
  Address: {
    type: (address) => enumValue(ADDRESS_TYPES, address.type),
  },
};
