/**
 * Lookups over the data set: where a resource lives, who may see it and the
 * links between companies, users and apps. Built once per emulator; the data
 * set never changes after start.
 */
import type {
  EmulatorApp,
  EmulatorCompany,
  EmulatorData,
  EmulatorUser,
  PrincipalType,
} from '../types.js';

export type Located =
  | { kind: 'user'; resource: EmulatorUser }
  | { kind: 'company'; resource: EmulatorCompany }
  | { kind: 'app'; resource: EmulatorApp };

export class DataStore {
  readonly data: EmulatorData;
  private readonly byId = new Map<string, Located>();
  private readonly usersByCompany = new Map<string, EmulatorUser[]>();
  private readonly appsByCompany = new Map<string, EmulatorApp[]>();

  constructor(data: EmulatorData) {
    this.data = data;
    for (const resource of data.companies) {
      this.byId.set(resource.id, { kind: 'company', resource });
    }
    for (const resource of data.users) {
      this.byId.set(resource.id, { kind: 'user', resource });
      listFor(this.usersByCompany, resource.companyId).push(resource);
    }
    for (const resource of data.apps) {
      this.byId.set(resource.id, { kind: 'app', resource });
      for (const companyId of resource.connectedCompanyIds) {
        listFor(this.appsByCompany, companyId).push(resource);
      }
    }
  }

  /** UUIDs compare case-insensitively (the reference: caseExact false). */
  find(id: string): Located | undefined {
    return this.byId.get(id.toLowerCase());
  }

  findKind<K extends PrincipalType>(
    id: string,
    kind: K,
  ): Extract<Located, { kind: K }> | undefined {
    const found = this.find(id);
    return found?.kind === kind
      ? (found as Extract<Located, { kind: K }>)
      : undefined;
  }

  usersOf(companyId: string): EmulatorUser[] {
    return this.usersByCompany.get(companyId) ?? [];
  }

  /** Apps connected to the company, its own included. */
  appsOf(companyId: string): EmulatorApp[] {
    return this.appsByCompany.get(companyId) ?? [];
  }

  companiesOf(app: EmulatorApp): EmulatorCompany[] {
    return app.connectedCompanyIds
      .map((id) => this.findKind(id, 'company')?.resource)
      .filter((company) => company !== undefined);
  }
}

function listFor<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}
