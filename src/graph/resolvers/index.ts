import type { Resolvers } from '../generated/resolvers-types.js';
import { scalarResolvers } from '../scalars.js';
import { appResolvers } from './app.js';
import { companyResolvers } from './company.js';
import { principalResolvers } from './principal.js';
import { Query } from './query.js';
import { userExtensionResolvers } from './user-extensions.js';
import { userResolvers } from './user.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  ...principalResolvers,
  ...userResolvers,
  ...userExtensionResolvers,
  ...companyResolvers,
  ...appResolvers,
};
