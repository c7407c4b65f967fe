import type { Loaders } from '../../loaders/create-loaders.js';
import type { User } from '../../upstream/model.js';

/** Users fetched per list call when reading a whole company. */
const ROSTER_PAGE_SIZE = 1000;

/**
 * Most users read to answer one `directReports`. The Profile API cannot
 * filter users by manager, so reports are found in the company's list; past
 * this many users the answer is cut short rather than the request stalled.
 */
const ROSTER_LIMIT = 10_000;

/**
 * The whole user list of a company, page by page, through the request's
 * loader: many users asking for their reports share one walk.
 */
export async function loadRoster(
  loaders: Loaders,
  companyId: string,
): Promise<User[]> {
  const members: User[] = [];
  for (let offset = 0; offset < ROSTER_LIMIT; offset += ROSTER_PAGE_SIZE) {
    const page = await loaders.companyUsers.load({
      companyId: companyId.toLowerCase(),
      offset,
      limit: ROSTER_PAGE_SIZE,
    });
    if (!page) break;
    members.push(...page.items);
    if (page.items.length === 0 || offset + page.items.length >= page.total) {
      break;
    }
  }
  return members;
}
