/**
 * Public types of the Profile API emulator. Other packages (the server's
 * sandbox mode, the connector's tests, benchmarks) code against these, so
 * change them only together with their users.
 */
import type { Logger } from 'pino';
import type {
  WireApp,
  WireCompany,
  WireUser,
} from '../upstream/profile-v1/wire.js';

export type DataCenterName = string;

/** Size of the seeded data set: `demo` is 3 companies of 12 users, 3 apps. */
export type DataSize =
  | 'demo'
  | 'bench'
  | { companies: number; usersPerCompany: number; apps?: number };

export interface EmulatorOptions {
  /** Interface every listener binds to. @default '127.0.0.1' */
  host?: string;
  /**
   * One listener per data center; port 0 picks a free port.
   * @default US, EMEA and CN, each on port 0
   */
  dataCenters?: Array<{ name: DataCenterName; port?: number }>;
  /** Seed of the data set and of fault `rate` draws. @default 1 */
  seed?: number;
  /** @default 'demo' */
  size?: DataSize;
  /** Added to every `/profile/v1` call: `ms` plus uniform `0..jitterMs`. */
  latency?: { ms: number; jitterMs?: number };
  /** Idle keep-alive timeout of every listener. @default 5000 */
  keepAliveTimeoutMs?: number;
  /** @default a silent pino logger */
  logger?: Logger;
}

/**
 * The seeded data set. Each entry is the wire resource itself plus where it
 * lives (`dataCenter`) and emulator-only links; those extra fields are
 * stripped before a resource goes on the wire. Users carry the
 * `com:concur:Expense:0.2` extension here; it is sent only on `schema=expense`.
 */
export interface EmulatorData {
  companies: EmulatorCompany[];
  users: EmulatorUser[];
  apps: EmulatorApp[];
}
export type EmulatorCompany = WireCompany & { dataCenter: DataCenterName };
export type EmulatorUser = WireUser & {
  dataCenter: DataCenterName;
  companyId: string;
};
export type EmulatorApp = WireApp & {
  dataCenter: DataCenterName;
  /** Includes the owner company. */
  connectedCompanyIds: string[];
};

export type PrincipalType = 'user' | 'company' | 'app';

export interface MintOptions {
  /** A user, company or app UUID; `concur.type` is derived from it. */
  sub: string;
  /**
   * @default ['user_read', 'company_read', 'app_read']
   * A string goes into the token as a string (space separated).
   */
  scopes?: string[] | string;
  /** Negative mints an already expired token. @default 3600 */
  expiresInSeconds?: number;
  /** `nbf` = now + this. @default 0 */
  notBeforeOffsetSeconds?: number;
  /** `iat` = now + this. @default 0 */
  issuedAtOffsetSeconds?: number;
  /** Home data center for `iss`. @default the principal's */
  dataCenter?: DataCenterName;
  /**
   * The app (OAuth client) a user or company token was issued to, as
   * `concur.app`. @default none; an app token always names itself
   */
  app?: string;
  /** Merged last, so they can override any claim. */
  extraClaims?: Record<string, unknown>;
}

export interface FaultMatch {
  dataCenter?: DataCenterName;
  method?: string;
  pathPrefix?: string;
  /** A UUID anywhere in the path or the query (filter), case-insensitive. */
  resourceId?: string;
}

export type FaultAction =
  | {
      kind: 'status';
      status: number;
      retryAfter?: number | string;
      /** Sent as JSON; a SCIM error body by default. */
      body?: unknown;
    }
  /** Delays the headers, then the call is answered normally. */
  | { kind: 'latency'; ms: number; jitterMs?: number }
  /** Destroys the socket without answering. */
  | { kind: 'reset' }
  /** Never answers; `close()` destroys the socket. */
  | { kind: 'hang' }
  /** Sends headers and part of the normal body, stalls, then finishes. */
  | { kind: 'stallBody'; ms: number }
  /** 200, `application/json`, a truncated JSON body. */
  | { kind: 'malformedJson' }
  /** 200 with a valid-looking JSON body of about `bytes` bytes. */
  | { kind: 'oversized'; bytes: number }
  /** 301 to any location, even outside the emulator or in a loop. */
  | { kind: 'redirect'; location: string };

export interface FaultRule {
  /** Assigned by `faults.add`; ignored on input. */
  id?: string;
  /** Every given field must match; no `match` matches every call. */
  match?: FaultMatch;
  /** Applies to the next N matching calls, then the rule expires. */
  times?: number;
  /** Share (0..1) of matching calls it applies to, drawn from the seed. */
  rate?: number;
  action: FaultAction;
}

export interface RequestRecord {
  dataCenter: DataCenterName;
  method: string;
  /** Route template, for example `/profile/v1/users/{id}`. */
  route: string;
  path: string;
  /** 0 when no answer was sent (reset, hang). */
  status: number;
  correlationId: string | null;
  /** Verified token `sub`, or null. */
  subject: string | null;
  /** The caller's company (an app's owner company), or null. */
  companyId: string | null;
  /** ISO timestamp. */
  at: string;
}

export interface EmulatorStats {
  total: number;
  byDataCenter: Record<DataCenterName, number>;
  /** Keys like `US GET /profile/v1/users/{id} 200`. */
  byRoute: Record<string, number>;
  /** The last 20,000 calls, oldest first. */
  requests: RequestRecord[];
}

export interface RunningEmulator {
  /** Name to base URL, for example `{ US: 'http://127.0.0.1:4010' }`. */
  dataCenters: Record<DataCenterName, string>;
  /** `${US base}/oauth2/v0/jwks`; every data center serves it. */
  jwksUrl: string;
  data: EmulatorData;
  mintToken(options: MintOptions): Promise<string>;
  faults: {
    add(rule: FaultRule): string;
    clear(): void;
    list(): FaultRule[];
  };
  stats(): EmulatorStats;
  /** Clears stats and faults, not data. */
  reset(): void;
  /** Closes every listener and destroys open sockets, hung ones too. */
  close(): Promise<void>;
}
