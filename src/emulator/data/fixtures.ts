/**
 * Named picks from a data set, so tests and the demo do not hard-code ids.
 * They lean on the invariants documented on `generateData`, so they exist in
 * every size with at least 2 data centers and 5 users per company.
 */
import type {
  EmulatorApp,
  EmulatorCompany,
  EmulatorData,
  EmulatorUser,
} from '../types.js';

export interface EmulatorFixtures {
  /** `users[0]`: a top manager of the first company, in the first DC (US). */
  demoUser: EmulatorUser;
  /** The first company, living in the first data center. */
  homeCompany: EmulatorCompany;
  /** Users of `homeCompany` living in its data center. */
  homeCompanyLocalUsers: EmulatorUser[];
  /** A user of `homeCompany` living in another data center (EMEA). */
  homeCompanyRemoteUser: EmulatorUser;
  /** A user whose manager lives in another data center. */
  userWithRemoteManager: EmulatorUser;
  /** The first user living in each data center, by name. */
  firstUserIn: Record<string, EmulatorUser>;
  /** The first company living in each data center, by name. */
  firstCompanyIn: Record<string, EmulatorCompany>;
  /** An app connected to `homeCompany`. */
  homeCompanyApp: EmulatorApp;
}

export function fixtures(data: EmulatorData): EmulatorFixtures {
  const homeCompany = required(data.companies[0], 'a company');
  const members = data.users.filter((u) => u.companyId === homeCompany.id);
  const byId = new Map(data.users.map((user) => [user.id, user]));
  const firstUserIn: Record<string, EmulatorUser> = {};
  for (const user of data.users) firstUserIn[user.dataCenter] ??= user;
  const firstCompanyIn: Record<string, EmulatorCompany> = {};
  for (const company of data.companies) {
    firstCompanyIn[company.dataCenter] ??= company;
  }
  const isLocal = (user: EmulatorUser) =>
    user.dataCenter === homeCompany.dataCenter;
  return {
    demoUser: required(data.users[0], 'a user'),
    homeCompany,
    homeCompanyLocalUsers: members.filter(isLocal),
    homeCompanyRemoteUser: required(
      members.find((user) => !isLocal(user)),
      'a remote user',
    ),
    userWithRemoteManager: required(
      data.users.find((user) => {
        const managerId = user['com:concur:Employee:1.0']?.managerId;
        const manager = managerId ? byId.get(managerId) : undefined;
        return manager !== undefined && manager.dataCenter !== user.dataCenter;
      }),
      'a user with a remote manager',
    ),
    firstUserIn,
    firstCompanyIn,
    homeCompanyApp: required(
      data.apps.find((app) => app.connectedCompanyIds.includes(homeCompany.id)),
      'an app',
    ),
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new TypeError(`the data set is too small to hold ${what}`);
  }
  return value;
}
