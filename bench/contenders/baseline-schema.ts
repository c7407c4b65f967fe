/**
 * What both baselines share: the SDL subset the scenarios query (the same
 * names and shapes as the subgraph's, so answers can be compared), the
 * request context, and routing to each resource's home data center.
 *
 * The baselines' HTTP clients follow a 301 themselves and drop the
 * `Authorization` header when it crosses origins, so they could not reach a
 * resource stored in another data center at all. They get an oracle
 * instead: the emulator's own map of where everything lives. That is an
 * advantage this subgraph does not have (it learns homes from redirects).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Homes } from '../shared.js';

export const BASELINE_SDL = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    user(id: ID!): User
    company(id: ID!): Company
  }

  type User @key(fields: "id") {
    id: ID!
    displayName: String
    nickName: String
    preferredLanguage: String
    timezone: String
    active: Boolean!
    company: Company
    manager: User
  }

  type Company @key(fields: "id") {
    id: ID!
    name: String
    users(first: Int = 20, after: String): UserConnection!
  }

  type UserConnection {
    edges: [UserEdge!]!
    totalCount: Int!
  }

  type UserEdge {
    cursor: String!
    node: User
  }
`);

/** The wire fields the subset reads; the rest of the resource is ignored. */
export interface WireUserSlice {
  id: string;
  'com:concur:Employee:1.0'?: {
    companyUUID?: string | null;
    managerId?: string | null;
  } | null;
}

export interface WireList<T> {
  totalResults: number;
  Resources: T[];
}

export interface BaselineContext {
  token: string;
  correlationId: string;
}

/** The caller's token, passed on as is, and a correlation id per request. */
export function baselineContext(headers: {
  authorization?: string | undefined;
  'concur-correlationid'?: string | string[] | undefined;
}): BaselineContext {
  const incoming = headers['concur-correlationid'];
  return {
    token: (headers.authorization ?? '').replace(/^Bearer\s+/i, ''),
    correlationId: typeof incoming === 'string' ? incoming : randomUUID(),
  };
}

export class HomeRouter {
  private readonly homes: Homes;

  constructor(
    private readonly dataCenters: Record<string, string>,
    homesFile: string,
  ) {
    this.homes = JSON.parse(readFileSync(homesFile, 'utf8')) as Homes;
  }

  /** Base URL of the data center `id` lives in; US for unknown ids. */
  baseFor(id: string): string {
    const home = this.homes[id.toLowerCase()] ?? 'US';
    return (this.dataCenters[home] ?? this.dataCenters['US']) as string;
  }

  userUrl(id: string): string {
    return `${this.baseFor(id)}/profile/v1/users/${encodeURIComponent(id)}`;
  }

  companyUrl(id: string): string {
    return `${this.baseFor(id)}/profile/v1/companies/${encodeURIComponent(id)}`;
  }

  /** A company's user list is served by the company's data center. */
  companyUsersUrl(id: string, offset: number, limit: number): string {
    return `${this.companyUrl(id)}/users?startIndex=${offset + 1}&count=${limit}`;
  }
}

export function employeeOf(user: WireUserSlice) {
  return user['com:concur:Employee:1.0'] ?? null;
}

/** The subgraph's cursors are opaque; here an offset is enough. */
export function pageArgs(args: {
  first?: number | null;
  after?: string | null;
}) {
  const offset = args.after ? Number(args.after) + 1 : 0;
  return { offset, limit: Math.min(args.first ?? 20, 100) };
}

export function connectionOf<T>(list: WireList<T>, offset: number) {
  return {
    totalCount: list.totalResults,
    edges: list.Resources.map((node, index) => ({
      cursor: String(offset + index),
      node,
    })),
  };
}

type ModuleResolvers = NonNullable<
  Extract<
    Parameters<typeof buildSubgraphSchema>[0],
    { typeDefs: unknown }
  >['resolvers']
>;

/**
 * The baselines type their resolvers' context; @apollo/subgraph's map takes
 * `unknown` context, hence the one cast here rather than in each resolver.
 */
export function buildBaselineSchema(resolvers: object) {
  return buildSubgraphSchema({
    typeDefs: BASELINE_SDL,
    resolvers: resolvers as ModuleResolvers,
  });
}
