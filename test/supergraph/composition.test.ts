/**
 * What `npm run schema:print` and `npm run schema:check` do, so `npm test`
 * fails when the published SDL stops composing with another team's subgraph.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  composeSupergraph,
  exampleExpensesSubgraph,
  PROFILE_SUBGRAPH,
} from '../../src/tools/compose.js';
import { subgraphSdl } from '../../src/tools/subgraph-sdl.js';

const run = promisify(execFile);
const TOOLS = new URL('../../src/tools/', import.meta.url);

/** Runs a tool script the way its npm script does, through tsx. */
function runTool(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const file = new URL(script, TOOLS).pathname;
  return run(process.execPath, ['--import', 'tsx', file, ...args], {
    env: { ...process.env, ...env },
  });
}

async function composeWithExpenses(publishScopeDirectives: boolean) {
  const sdl = await subgraphSdl({ publishScopeDirectives });
  return composeSupergraph([
    { ...PROFILE_SUBGRAPH, sdl },
    exampleExpensesSubgraph(),
  ]);
}

describe('composition with the example expenses subgraph', () => {
  it('composes with the scope directives published', async () => {
    const outcome = await composeWithExpenses(true);

    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    expect(outcome.supergraphSdl).toContain('@requiresScopes');
    expect(outcome.supergraphSdl).toMatch(/join__graph\(name: "expenses"/);
  });

  it('composes without them, for @apollo/gateway', async () => {
    const outcome = await composeWithExpenses(false);

    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    expect(outcome.supergraphSdl).not.toContain('requiresScopes');
  });

  it('returns the composition errors when a subgraph disagrees on a key', async () => {
    const outcome = composeSupergraph([
      {
        ...PROFILE_SUBGRAPH,
        sdl: await subgraphSdl({ publishScopeDirectives: true }),
      },
      {
        name: 'billing',
        url: 'http://billing.invalid/graphql',
        sdl: 'type User @key(fields: "id") { id: Int! }\ntype Query { payer: User }',
      },
    ]);

    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.join('\n')).toMatch(/"User\.id".*Int!.*ID!/);
  });

  it('reports a syntax error in a subgraph as a composition error', () => {
    const outcome = composeSupergraph([
      { name: 'broken', url: 'http://broken.invalid/graphql', sdl: 'type {' },
    ]);

    expect(outcome).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^\[broken\] Syntax Error/)],
    });
  });
});

describe('schema tools', () => {
  it('schema:print writes the _service SDL, honouring PUBLISH_SCOPE_DIRECTIVES', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'schema-print-')), 'p.graphql');

    await runTool('print-schema.ts', [out], {
      PUBLISH_SCOPE_DIRECTIVES: 'false',
    });

    const printed = readFileSync(out, 'utf8');
    expect(printed).toBe(
      `${await subgraphSdl({ publishScopeDirectives: false })}\n`,
    );
    expect(printed).toMatch(/type User\s+@key\(fields: "id"\)/);
    // The federation spec still defines the directive; no field uses it.
    expect(printed).not.toMatch(/requiresScopes\(scopes: \[\["/);
  });

  it('schema:check exits 1 and prints every error when composition fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
    const other = join(dir, 'billing.graphql');
    writeFileSync(
      other,
      'type User @key(fields: "id") { id: Int! }\ntype Query { payer: User }\n',
    );

    const failure = await runTool('check-schema.ts', [other], {}).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );

    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('profile does not compose with billing');
    expect(failure?.stderr).toMatch(/"User\.id"/);
  });
});
