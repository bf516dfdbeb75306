// Reads the workspace's package manifests, for the packaging checks.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Manifest {
  readonly dir: string;
  readonly name: string;
  readonly private?: boolean;
  readonly sideEffects?: boolean | string[];
  readonly exports?: Record<string, string | { types?: string; import?: string }>;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/** Every package.json under packages/, examples/ and tests/. */
export function readManifests(): Manifest[] {
  const dirs = ['packages', 'examples'].flatMap((group) => {
    const base = join(ROOT, group);
    return existsSync(base) ? readdirSync(base).map((name) => join(base, name)) : [];
  });
  dirs.push(join(ROOT, 'tests'));
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({
      dir,
      ...(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Omit<Manifest, 'dir'>),
    }));
}

/** The Passerelle packages a manifest depends on, in any dependency field. */
export function passerelleDependencies(manifest: Manifest): string[] {
  const all = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies };
  return Object.keys(all).filter((name) => name.startsWith('@passerelle/'));
}

/** The first dependency cycle found among the given edges, or undefined. */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, trail: string[]): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'open');
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next, [...trail, node]);
      if (cycle) return cycle;
    }
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}
