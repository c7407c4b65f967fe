/**
 * The SDL a router reads from `_service`: Federation 2, entities keyed by
 * id, scopes on the fields that need them, documented throughout, and able
 * to compose with another team's subgraph.
 */
import { composeServices } from '@apollo/composition';
import { Kind, parse, print } from 'graphql';
import type {
  ConstDirectiveNode,
  DefinitionNode,
  DocumentNode,
  FieldDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startStack, type Stack } from '../support/stack.js';
import { dataOf } from './helpers.js';

let stack: Stack;
let sdl: string;
let doc: DocumentNode;

beforeAll(async () => {
  stack = await startStack();
  const data = dataOf(
    await postGraphQL(stack.url, { query: '{ _service { sdl } }' }),
  );
  sdl = (data['_service'] as { sdl: string }).sdl;
  doc = parse(sdl);
});
afterAll(() => stack.close());

const ENTITIES = ['User', 'Company', 'App'];

function objectType(name: string) {
  const def = doc.definitions.find(
    (d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
  );
  if (def?.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new Error(name);
  return def;
}

function directive(
  node: { directives?: readonly ConstDirectiveNode[] },
  name: string,
) {
  const found = node.directives?.find((d) => d.name.value === name);
  return found && print(found);
}

function field(type: string, name: string): FieldDefinitionNode {
  return objectType(type).fields!.find((f) => f.name.value === name)!;
}

describe('published SDL (C11)', () => {
  it('links Federation 2 and imports @key and @requiresScopes', () => {
    const link = doc.definitions
      .filter((d) => d.kind === Kind.SCHEMA_EXTENSION)
      .flatMap((d) => d.directives ?? [])
      .map((d) => print(d))
      .find((d) => d.includes('specs.apollo.dev/federation/v2'));

    expect(link).toMatch(/federation\/v2\.\d+/);
    expect(link).toContain('"@key"');
    expect(link).toContain('"@requiresScopes"');
  });

  it.each(ENTITIES)('keeps @key(fields: "id") on %s', (type) => {
    expect(directive(objectType(type), 'key')).toBe('@key(fields: "id")');
  });

  it.each([
    ['User', 'company', 'company_read'],
    ['Company', 'users', 'user_read'],
    ['Company', 'apps', 'app_read'],
    ['App', 'ownerCompany', 'company_read'],
    ['App', 'connectedCompanies', 'company_read'],
  ])('keeps @requiresScopes on %s.%s', (type, name, scope) => {
    expect(directive(field(type, name), 'requiresScopes')).toContain(
      `"${scope}"`,
    );
  });

  it.each([
    ['User', 'user_read'],
    ['Company', 'company_read'],
    ['App', 'app_read'],
  ])('keeps @requiresScopes on the %s type', (type, scope) => {
    expect(directive(objectType(type), 'requiresScopes')).toContain(
      `"${scope}"`,
    );
  });

  it("composes with another subgraph's SDL", () => {
    const expenses = parse(`
      extend schema
        @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { reports: [Report!]! }
      type Report @key(fields: "id") { id: ID! owner: User! total: Float }
      type User @key(fields: "id") { id: ID! reports: [Report!]! }
    `);

    const result = composeServices([
      { name: 'profile', typeDefs: doc, url: 'http://profile' },
      { name: 'expenses', typeDefs: expenses, url: 'http://expenses' },
    ]);

    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    expect(result.supergraphSdl).toContain('requiresScopes');
  });
});

describe('documentation', () => {
  /** Types the federation library adds, which are not ours to describe. */
  const isOurs = (name: string) =>
    !/^(_|link__|federation__)/.test(name) && name !== 'Scope';

  function undocumented(def: DefinitionNode): string[] {
    // Directive definitions come from the federation library, not from us.
    if (def.kind === Kind.DIRECTIVE_DEFINITION) return [];
    if (!('name' in def) || !def.name || !isOurs(def.name.value)) return [];
    const type = def.name.value;
    const missing: string[] = [];
    if ('description' in def && !def.description) {
      missing.push(type);
    }
    const members = [
      ...('fields' in def ? (def.fields ?? []) : []),
      ...('values' in def ? (def.values ?? []) : []),
    ];
    for (const member of members) {
      const name = `${type}.${member.name.value}`;
      if (!isOurs(member.name.value)) continue;
      if (!member.description) missing.push(name);
      const args = 'arguments' in member ? (member.arguments ?? []) : [];
      for (const arg of args) {
        if (!arg.description) missing.push(`${name}(${arg.name.value})`);
      }
    }
    return missing;
  }

  it('describes every type, field, argument and enum value', () => {
    const missing = doc.definitions.flatMap(undocumented);

    expect(missing).toEqual([]);
  });
});
