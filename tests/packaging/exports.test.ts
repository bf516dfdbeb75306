import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifests } from './workspace.js';

// The built artefacts, checked as a user receives them (turbo builds the packages before this suite).
const published = readManifests().filter((manifest) => !manifest.private && manifest.exports);

describe.each(published.map((manifest) => [manifest.name, manifest] as const))(
  '%s exports',
  (_name, manifest) => {
    const entries = Object.entries(manifest.exports ?? {}).filter(
      ([subpath]) => subpath !== './package.json',
    );

    it('declares sideEffects', () => {
      expect(manifest.sideEffects).toBeDefined();
    });

    it.each(entries)('%s resolves to built JavaScript and types', (_subpath, target) => {
      expect(typeof target).toBe('object');
      const { types, import: js } = target as { types?: string; import?: string };
      expect(types, 'types condition').toBeDefined();
      expect(js, 'import condition').toBeDefined();
      expect(existsSync(join(manifest.dir, types as string)), `${types} exists`).toBe(true);
      expect(existsSync(join(manifest.dir, js as string)), `${js} exists`).toBe(true);
    });

    it('keeps Node built-ins out of every entry but ./node', () => {
      for (const [subpath, target] of entries) {
        if (subpath === './node') continue;
        const js = readFileSync(join(manifest.dir, (target as { import: string }).import), 'utf8');
        expect(js, `${subpath} imports a Node built-in`).not.toMatch(/from\s*['"]node:|require\(['"]node:/);
      }
    });
  },
);

describe('@passerelle/core as a user imports it', () => {
  it('loads the main entry and parses a record', async () => {
    const core = await import('@passerelle/core');
    expect(typeof core.parseCandidate).toBe('function');
    expect(core.parseCandidate({}).ok).toBe(false);
  });

  it('keeps fast-check out of the main entry', () => {
    const manifest = readManifests().find((m) => m.name === '@passerelle/core');
    const main = readFileSync(join(manifest?.dir ?? '', 'dist/index.js'), 'utf8');
    expect(main).not.toContain('fast-check');
  });
});
