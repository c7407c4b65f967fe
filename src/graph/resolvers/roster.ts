import { GraphQLError } from 'graphql';
import type { GraphErrorCode } from '../errors.js';
import type { Loaders } from '../../loaders/create-loaders.js';
import type { User } from '../../upstream/model.js';

/** Users asked for per list call when reading a whole company. */
const ROSTER_PAGE_SIZE = 1000;

/**
 * Most users read to answer one `directReports`. The Profile API cannot
 * filter users by manager, so reports are found in the company's list.
 */
const ROSTER_LIMIT = 10_000;

/**
 * Most list calls for one roster. SCIM lets a server send fewer users than
 * asked for, so pages can be short; this keeps a server that sends a few at
 * a time from turning one field into thousands of calls.
 */
const ROSTER_MAX_CALLS = 40;

/**
 * The whole user list of a company, page by page, through the request's
 * loader: many users asking for their reports share one walk. Each page
 * starts after the users actually received, not after the page size asked
 * for, so a short page skips nobody. A company too large to read whole is
 * an error, not a silently shortened list.
 */
export async function loadRoster(
  loaders: Loaders,
  companyId: string,
): Promise<User[]> {
  const members: User[] = [];
  for (let calls = 0; calls < ROSTER_MAX_CALLS; calls++) {
    const page = await loaders.companyUsers.load({
      companyId: companyId.toLowerCase(),
      offset: members.length,
      limit: ROSTER_PAGE_SIZE,
    });
    if (!page) return members;
    if (page.total > ROSTER_LIMIT) throw rosterTooLarge();
    // A page that starts elsewhere than asked would repeat or skip users,
    // and an empty one before the total would end the list short.
    if (page.offset !== members.length || page.items.length === 0) {
      if (page.items.length === 0 && members.length >= page.total) {
        return members;
      }
      throw rosterUnreadable();
    }
    members.push(...page.items);
    if (members.length >= page.total) return members;
  }
  throw rosterTooLarge();
}

function rosterUnreadable(): GraphQLError {
  const code = 'BAD_UPSTREAM_RESPONSE';
  return new GraphQLError(
    "directReports could not read the company's user list whole: a page started elsewhere than asked, or ended the list before its total.",
    { extensions: { code } },
  );
}

function rosterTooLarge(): GraphQLError {
  const code: GraphErrorCode = 'RESULT_TOO_LARGE';
  return new GraphQLError(
    `directReports reads the company's whole user list, and this one is too long: more than ${ROSTER_LIMIT} users, or more than ${ROSTER_MAX_CALLS} pages.`,
    { extensions: { code } },
  );
}
