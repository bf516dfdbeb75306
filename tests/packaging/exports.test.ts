import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifests } from './workspace.js';

/** A built module and every module it imports by a relative path, transitively. */
function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const js = readFileSync(file, 'utf8');
    for (const match of js.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(resolve(dirname(file), match[1] as string));
    }
  };
  visit(entry);
  return [...seen];
}

// Entries meant for Node.js only (reading and writing files); every other entry must run in a browser.
const NODE_ONLY_SUBPATHS = new Set(['./node', './experiments/node']);

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

    it('holds no chunk that none of its built entries loads (no leftovers of earlier builds)', () => {
      const dist = join(manifest.dir, 'dist');
      const chunksDir = join(dist, 'chunks');
      if (!existsSync(chunksDir)) return;
      const roots = readdirSync(dist).filter((file) => file.endsWith('.js'));
      const loaded = new Set(roots.flatMap((file) => moduleClosure(join(dist, file))));
      const chunks = readdirSync(chunksDir).filter((file) => file.endsWith('.js'));
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.filter((file) => !loaded.has(join(chunksDir, file)))).toEqual([]);
    });

    it('keeps Node built-ins out of every entry but the Node-only ones, chunks included', () => {
      for (const [subpath, target] of entries) {
        if (NODE_ONLY_SUBPATHS.has(subpath)) continue;
        for (const file of moduleClosure(join(manifest.dir, (target as { import: string }).import))) {
          const js = readFileSync(file, 'utf8');
          expect(js, `${subpath} (${file}) imports a Node built-in`).not.toMatch(
            /from\s*['"]node:|require\(['"]node:/,
          );
        }
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
