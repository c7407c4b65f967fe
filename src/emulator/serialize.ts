/**
 * Turns stored records into wire resources: strips the emulator-only fields
 * and applies the `schema` query parameter to users.
 */
import {
  DOCUMENTS_SCHEMA,
  LIST_RESPONSE_SCHEMA,
  PROGRAMS_SCHEMA,
  TRAVEL_PREFERENCES_SCHEMA,
  USER_EXPENSE_SCHEMA,
  type WireApp,
  type WireCompany,
  type WireListResponse,
  type WireUser,
} from '../upstream/profile-v1/wire.js';
import type { Located } from './data/store.js';
import type { EmulatorApp, EmulatorCompany, EmulatorUser } from './types.js';

/**
 * `?schema=` as the reference describes it: `expense` adds the Expense 0.2
 * extension, `compact` leaves out the bulky travel extensions, and a comma
 * list combines them. Full URNs are accepted as list items too.
 */
export interface SchemaView {
  expense: boolean;
  compact: boolean;
}

export function parseSchemaView(param: string | null): SchemaView {
  const items = (param ?? '').split(',').map((item) => item.trim());
  return {
    expense: items.some((i) => i === 'expense' || i === USER_EXPENSE_SCHEMA),
    compact: items.includes('compact'),
  };
}

const COMPACT_DROPS = [
  TRAVEL_PREFERENCES_SCHEMA,
  PROGRAMS_SCHEMA,
  DOCUMENTS_SCHEMA,
] as const;

export function wireUser(user: EmulatorUser, view: SchemaView): WireUser {
  const { dataCenter: _dc, companyId: _company, ...wire } = user;
  const out: WireUser = { ...wire };
  let schemas = [...(wire.schemas ?? [])];
  if (!view.expense) delete out[USER_EXPENSE_SCHEMA];
  else schemas.push(USER_EXPENSE_SCHEMA);
  if (view.compact) {
    for (const urn of COMPACT_DROPS) delete out[urn];
    delete out.emergencyContact;
    schemas = schemas.filter(
      (urn) => !(COMPACT_DROPS as readonly string[]).includes(urn),
    );
  }
  out.schemas = schemas;
  return out;
}

export function wireCompany(company: EmulatorCompany): WireCompany {
  const { dataCenter: _dc, ...wire } = company;
  return wire;
}

export function wireApp(app: EmulatorApp): WireApp {
  const { dataCenter: _dc, connectedCompanyIds: _links, ...wire } = app;
  return wire;
}

export function wireResource(found: Located, view: SchemaView) {
  switch (found.kind) {
    case 'user':
      return wireUser(found.resource, view);
    case 'company':
      return wireCompany(found.resource);
    case 'app':
      return wireApp(found.resource);
  }
}

export function listResponse<T>(
  page: T[],
  totalResults: number,
  startIndex: number,
): WireListResponse<T> {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults,
    startIndex,
    itemsPerPage: page.length,
    Resources: page,
  };
}
