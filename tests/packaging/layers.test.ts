import { describe, expect, it } from 'vitest';
import { findCycle, passerelleDependencies, readManifests } from './workspace.js';

/** Which Passerelle packages each library may depend on (ARCHITECTURE.md). */
const ALLOWED: Record<string, readonly string[]> = {
  '@passerelle/core': [],
  '@passerelle/matching': ['@passerelle/core'],
  '@passerelle/reporting': ['@passerelle/core'],
  '@passerelle/widgets': ['@passerelle/core', '@passerelle/matching', '@passerelle/reporting'],
  '@passerelle/cli': ['@passerelle/core', '@passerelle/matching', '@passerelle/reporting'],
};

describe('package layers', () => {
  const manifests = readManifests();

  it('finds the four library packages', () => {
    const names = manifests.map((manifest) => manifest.name);
    for (const name of [
      '@passerelle/core',
      '@passerelle/matching',
      '@passerelle/reporting',
      '@passerelle/widgets',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('has no forbidden edge between libraries', () => {
    const forbidden = manifests
      .filter((manifest) => manifest.name in ALLOWED)
      .flatMap((manifest) =>
        passerelleDependencies(manifest)
          .filter((dep) => !(ALLOWED[manifest.name] ?? []).includes(dep))
          .map((dep) => `${manifest.name} → ${dep}`),
      );
    expect(forbidden).toEqual([]);
  });

  it('has no dependency cycle', () => {
    const edges = new Map(manifests.map((manifest) => [manifest.name, passerelleDependencies(manifest)]));
    expect(findCycle(edges)).toBeUndefined();
  });

  it('detects a cycle when there is one (the check itself can fail)', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(edges)).toEqual(['a', 'b', 'c', 'a']);
  });
});
