/**
 * What the graph needs from an upstream, whatever API serves it.
 *
 * Loaders and resolvers depend on this interface only. Profile v1 implements
 * it in `profile-v1/`; an Identity v4 backend would implement it beside that
 * and be chosen in configuration, with no change above this line.
 */
import type { App, Company, Page, Principal, User } from './model.js';
import type { UpstreamError } from './errors.js';

/** Everything a call needs to know about the GraphQL request it serves. */
export interface CallContext {
  /** The caller's bearer token, sent upstream as is and nowhere else. */
  token: string;
  /** Sent as `concur-correlationid` on every upstream call. */
  correlationId: string;
  /** Data-center name the token says the caller lives in, if it says. */
  homeDataCenter?: string;
  /**
   * The principal the token names (`sub`, lower case), which `me` must
   * answer with; absent only where no token was verified.
   */
  principalId?: string;
  /** Epoch milliseconds after which no call or retry is started. */
  deadlineAt: number;
  /** Aborted when the GraphQL request is abandoned. */
  signal?: AbortSignal;
  /**
   * Whether users fetched for this request must carry their expense
   * settings. Concur sends them only when asked (reference section 4), and
   * they add about a tenth to every user's size, so they are asked for only
   * when the operation reads them. Default false.
   */
  includeUserExpense?: boolean;
}

/**
 * One answer per requested id, in request order: the resource, `null` when
 * upstream says it does not exist (or the caller may not see it), or the
 * error that stopped that id alone.
 */
export type BatchResult<T> = Array<T | null | UpstreamError>;

export interface ProfileBackend {
  /** The caller's own principal. */
  me(ctx: CallContext): Promise<Principal>;
  /** Ids must already be normalized (lower case). */
  users(ids: readonly string[], ctx: CallContext): Promise<BatchResult<User>>;
  companies(
    ids: readonly string[],
    ctx: CallContext,
  ): Promise<BatchResult<Company>>;
  apps(ids: readonly string[], ctx: CallContext): Promise<BatchResult<App>>;
  /** `null` when the company does not exist. */
  companyUsers(
    companyId: string,
    page: { offset: number; limit: number },
    ctx: CallContext,
  ): Promise<Page<User> | null>;
  companyApps(companyId: string, ctx: CallContext): Promise<App[] | null>;
  /** Companies connected to the app through App Center. */
  appCompanies(appId: string, ctx: CallContext): Promise<Company[] | null>;
  /** Closes pools and caches. */
  close(): Promise<void>;
}
