/**
 * The four scenarios: what is asked, of what, and at which upstream latency.
 * Every contender gets the same request bodies in the same order.
 */
import type { EmulatorInfo } from './shared.js';

export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4';

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** Added by the emulator to every Profile call. */
  latencyMs: number;
  /** Request bodies, sent in turn by every connection. */
  bodies(info: EmulatorInfo): string[];
}

const S1_QUERY = `query ($id: ID!) {
  user(id: $id) { id displayName nickName preferredLanguage timezone active }
}`;

const S2_QUERY = `query ($id: ID!) {
  company(id: $id) {
    id name
    users(first: 100) {
      totalCount
      edges { node {
        id displayName
        manager { id displayName }
        company { id name }
      } }
    }
  }
}`;

/** What a gateway sends for a list of users that another subgraph owns. */
const S3_QUERY = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on User { id displayName } }
}`;

const body = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

function companyUsersBody(info: EmulatorInfo): string[] {
  return [body(S2_QUERY, { id: info.companyId })];
}

/**
 * @param baseLatencyMs the emulator latency of S1 to S3; S4 always runs at
 * 20 ms, the figure its goal is stated in.
 */
export function scenarios(baseLatencyMs: number): Scenario[] {
  return [
    {
      id: 'S1',
      title: 'user(id), 6 scalar fields',
      latencyMs: baseLatencyMs,
      // Every user of the company in turn, a quarter of them in EMEA.
      bodies: (info) => info.userIds.map((id) => body(S1_QUERY, { id })),
    },
    {
      id: 'S2',
      title: "company's first 100 users + manager + company",
      latencyMs: baseLatencyMs,
      bodies: companyUsersBody,
    },
    {
      id: 'S3',
      title: '_entities, 500 User representations',
      latencyMs: baseLatencyMs,
      bodies: (info) => [
        body(S3_QUERY, {
          r: info.userIds.map((id) => ({ __typename: 'User', id })),
        }),
      ],
    },
    {
      id: 'S4',
      title: 'S2 at 20 ms upstream latency',
      latencyMs: 20,
      bodies: companyUsersBody,
    },
  ];
}

/** Every `id` in an answer: the distinct resources it is made of. */
export function distinctIds(data: unknown, into = new Set<string>()) {
  if (Array.isArray(data)) {
    for (const item of data) distinctIds(item, into);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'id' && typeof value === 'string') into.add(value);
      else distinctIds(value, into);
    }
  }
  return into;
}
