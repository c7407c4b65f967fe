/**
 * The README's Settings tables name every setting the code reads, so a
 * person configuring the service never has to read src/config.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const settingsSection = readme.slice(
  readme.indexOf('## Settings'),
  readme.indexOf('## Operating it'),
);

describe('the README', () => {
  it('lists every setting of src/config.ts in its Settings table', () => {
    const source = readFileSync('src/config.ts', 'utf8');
    const names = [...source.matchAll(/^ {2}([A-Z][A-Z0-9_]+): /gm)].map(
      (match) => match[1]!,
    );
    expect(names.length).toBeGreaterThan(40);
    const missing = names.filter(
      (name) =>
        !settingsSection.includes(`| \`${name}\``) &&
        !settingsSection.includes(`\`, \`${name}\``),
    );
    expect(missing).toEqual([]);
  });

  it('lists every emulator setting', () => {
    const source = readFileSync('src/emulator/settings.ts', 'utf8');
    const names = new Set(source.match(/EMULATOR_[A-Z_]+/g));
    for (const name of names) {
      if (name === 'EMULATOR_PORT_') continue; // the per-center prefix
      expect(settingsSection).toMatch(
        new RegExp(`\`${name}\`|\`_${name.replace('EMULATOR_PORT_', '')}\``),
      );
    }
  });

  it('shows the token command with npm silenced', () => {
    expect(readme).not.toMatch(/npm run token/);
    expect(readme).toMatch(/npm run -s token --/);
  });
});
