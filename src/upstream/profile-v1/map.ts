/**
 * Profile v1 JSON -> domain model. Loose by design: the real service sends
 * nulls where the schema says required and omits arrays (reference section
 * 5), so fields of the wrong type become `null` or `[]`. Only what makes a
 * resource unusable, no object or no string `id`, is a `ShapeError`, which
 * the backend reports for that one resource.
 */
import type {
  App,
  Company,
  Employee,
  Principal,
  User,
  UserExpense,
} from '../model.js';
import {
  APP_SCHEMA,
  COMPANY_EXPENSE_SCHEMA,
  COMPANY_SCHEMA,
  COMPANY_TRAVEL_SCHEMA,
  DOCUMENTS_SCHEMA,
  EMPLOYEE_SCHEMA,
  PROGRAMS_SCHEMA,
  TRAVEL_PREFERENCES_SCHEMA,
  USER_EXPENSE_SCHEMA,
  USER_SCHEMA,
} from './wire.js';

/** A JSON value that cannot be read as the resource it should be. */
export class ShapeError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object<T>(value: unknown): T | null {
  return isObject(value) ? (value as T) : null;
}

function objects<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isObject) as T[]) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function texts(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

function lower(value: unknown): string | null {
  return typeof value === 'string' ? value.toLowerCase() : null;
}

/** The resource's own fields; throws when there is no usable `id`. */
function resource(value: unknown, kind: string): Json & { id: string } {
  if (!isObject(value)) throw new ShapeError(`${kind} is not a JSON object`);
  if (typeof value.id !== 'string' || value.id === '') {
    throw new ShapeError(`${kind} has no string id`);
  }
  return value as Json & { id: string };
}

/** `active` is required, yet samples vary; absent means the user exists. */
function flag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.toLowerCase() !== 'false';
  return true;
}

// Ids inside extensions become loader keys in the graph, so they are
// normalized here like the resource ids themselves.
function employee(value: unknown): Employee | null {
  const e = object<Employee>(value);
  if (e === null) return null;
  return {
    ...e,
    companyUUID: lower(e.companyUUID),
    managerId: lower(e.managerId),
  };
}

function userExpense(value: unknown): UserExpense | null {
  const x = object<UserExpense>(value);
  if (x === null) return null;
  return {
    ...x,
    approvers: texts(x.approvers).map((id) => id.toLowerCase()),
    delegates: texts(x.delegates).map((id) => id.toLowerCase()),
    delegators: texts(x.delegators).map((id) => id.toLowerCase()),
  };
}

export function mapUser(value: unknown): User {
  const w = resource(value, 'user');
  return {
    id: w.id.toLowerCase(),
    meta: object(w.meta),
    name: object(w.name),
    displayName: text(w.displayName),
    nickName: text(w.nickName),
    gender: text(w.gender),
    profileImageUrl: text(w.profileImageURL),
    preferredLanguage: text(w.preferredLanguage),
    locale: text(w.locale),
    timezone: text(w.timezone),
    dateOfBirth: text(w.dateOfBirth),
    userType: text(w.userType),
    active: flag(w.active),
    emails: objects(w.emails),
    phoneNumbers: objects(w.phoneNumbers),
    ims: objects(w.ims),
    addresses: objects(w.addresses),
    emergencyContact: object(w.emergencyContact),
    travelIds: texts(w.travelIds),
    employee: employee(w[EMPLOYEE_SCHEMA]),
    travelPreferences: object(w[TRAVEL_PREFERENCES_SCHEMA]),
    programs: object(w[PROGRAMS_SCHEMA]),
    documents: object(w[DOCUMENTS_SCHEMA]),
    expense: userExpense(w[USER_EXPENSE_SCHEMA]),
  };
}

export function mapCompany(value: unknown): Company {
  const w = resource(value, 'company');
  return {
    id: w.id.toLowerCase(),
    meta: object(w.meta),
    name: text(w.name),
    internetDomain: text(w.internetDomain),
    companyDomain: text(w.companyDomain),
    defaultLanguage: text(w.defaultLanguage),
    addresses: objects(w.addresses),
    travel: object(w[COMPANY_TRAVEL_SCHEMA]),
    expense: object(w[COMPANY_EXPENSE_SCHEMA]),
  };
}

export function mapApp(value: unknown): App {
  const w = resource(value, 'app');
  return {
    id: w.id.toLowerCase(),
    meta: object(w.meta),
    name: text(w.name),
    description: text(w.description),
    ownerCompanyId: lower(w.ownerCompanyUUID),
    scopes: texts(w.scopes),
  };
}

/**
 * `/me` answers whichever principal the token belongs to. Its kind comes
 * from `meta.principalType`, else from the schema URNs it lists.
 */
export function mapPrincipal(value: unknown): Principal {
  const w = resource(value, 'principal');
  switch (principalKind(w)) {
    case 'user':
      return { kind: 'user', user: mapUser(w) };
    case 'company':
      return { kind: 'company', company: mapCompany(w) };
    case 'app':
      return { kind: 'app', app: mapApp(w) };
    default:
      throw new ShapeError('principal is neither a user, a company nor an app');
  }
}

function principalKind(w: Json): string | undefined {
  const type = object<Json>(w.meta)?.principalType;
  if (type === 'user' || type === 'company' || type === 'app') return type;
  const schemas = texts(w.schemas);
  if (schemas.includes(USER_SCHEMA) || EMPLOYEE_SCHEMA in w) return 'user';
  if (schemas.includes(COMPANY_SCHEMA)) return 'company';
  if (schemas.includes(APP_SCHEMA)) return 'app';
  return undefined;
}

/**
 * The resources of a SCIM ListResponse (or of a bare array, which some
 * list endpoints may send); throws when it is neither.
 */
export function listResources(value: unknown): {
  resources: unknown[];
  total: number;
  startIndex: number;
} {
  if (Array.isArray(value)) {
    return { resources: value, total: value.length, startIndex: 1 };
  }
  if (!isObject(value) || !Array.isArray(value.Resources)) {
    throw new ShapeError('list response has no Resources array');
  }
  const resources = value.Resources as unknown[];
  const total = countField(value, 'totalResults', 0) ?? resources.length;
  const startIndex = countField(value, 'startIndex', 1) ?? 1;
  return { resources, total, startIndex };
}

/**
 * A paging number of a list response, `undefined` when absent. Anything
 * else than a whole number from `min` to 2^31-1 (the most a GraphQL `Int`
 * such as `totalCount` holds) is refused: a string or a fraction, taken as
 * absent or passed on, would misstate pages or fail the field later as an
 * internal error.
 */
function countField(
  list: Record<string, unknown>,
  name: string,
  min: number,
): number | undefined {
  const value = list[name];
  if (value === undefined || value === null) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < min ||
    value > MAX_INT
  ) {
    throw new ShapeError(
      `list response has a ${name} that is not a whole number from ${min} to ${MAX_INT}`,
    );
  }
  return value;
}

const MAX_INT = 2 ** 31 - 1;

/** The id of a list entry, lower-cased, or `undefined` when it has none. */
export function entryId(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string'
    ? value.id.toLowerCase()
    : undefined;
}
