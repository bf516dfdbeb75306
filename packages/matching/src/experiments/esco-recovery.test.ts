import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStarterTaxonomy } from '@passerelle/core';
import { loadEscoCompactFromDirectory } from '@passerelle/core/node';
import { describe, expect, it } from 'vitest';
import { escoRecoveryMarkdown, runEscoRecoveryExperiment } from './esco-recovery.js';

describe('the profile-recovery experiment on the starter taxonomy', () => {
  const taxonomy = createStarterTaxonomy();
  const result = runEscoRecoveryExperiment(taxonomy, { occupations: 30, seed: 5 });

  it('is deterministic for a seed', () => {
    expect(runEscoRecoveryExperiment(taxonomy, { occupations: 30, seed: 5 })).toEqual(result);
  });

  it('recovers intact profiles better than badly damaged ones, and reports every method in every scenario', () => {
    const first = result.scenarios[0]!;
    const last = result.scenarios[result.scenarios.length - 1]!;
    expect(result.scenarios).toHaveLength(4);
    for (const scenario of result.scenarios) {
      expect(scenario.rows.map((r) => r.method)).toEqual([
        'engine (default)',
        'engine (optional skills count as much as essential ones)',
        'baseline (Jaccard of skill sets)',
      ]);
      for (const row of scenario.rows) {
        for (const value of [row.hitAt1, row.hitAt10, row.mrrAt10, row.ndcgAt10, row.sameIscoGroupAt1]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(row.hitAt1).toBeLessThanOrEqual(row.mrrAt10);
        expect(row.mrrAt10).toBeLessThanOrEqual(row.hitAt10);
      }
    }
    expect(first.rows[0]!.hitAt10).toBeGreaterThan(0.8);
    expect(last.meanSkillsHeld).toBeLessThan(first.meanSkillsHeld);
    expect(last.rows[0]!.mrrAt10).toBeLessThanOrEqual(first.rows[0]!.mrrAt10);
  });

  it('writes one Markdown table per scenario', () => {
    const markdown = escoRecoveryMarkdown(result);
    expect(markdown.match(/^## /gm)).toHaveLength(4);
    expect(markdown).toContain('| baseline (Jaccard of skill sets) |');
  });

  it('rejects shares out of range', () => {
    expect(() =>
      runEscoRecoveryExperiment(taxonomy, { scenarios: [{ removeShare: 1, perturbShare: 0 }] }),
    ).toThrow(RangeError);
  });
});

// The shared ESCO set sits in ../shared/data beside the repository, or where PASSERELLE_SHARED_DATA says; without
// it this suite fails with the remedy rather than being skipped.
function sharedEsco(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const path = join(
    process.env.PASSERELLE_SHARED_DATA ?? resolve(here, '../../../../../shared/data'),
    'esco',
  );
  if (!existsSync(path)) {
    throw new Error(
      `Shared data not found at ${path}: place it beside the repository (../shared/data) or set PASSERELLE_SHARED_DATA.`,
    );
  }
  return path;
}

describe('the profile-recovery experiment on the shared ESCO set', () => {
  it('finds most intact occupations in the top 10 among about 3,000', async () => {
    const { taxonomy } = await loadEscoCompactFromDirectory(sharedEsco());
    const result = runEscoRecoveryExperiment(taxonomy, {
      occupations: 25,
      scenarios: [{ removeShare: 0, perturbShare: 0 }],
      engines: [{ name: 'default' }],
    });
    expect(result.catalogue).toBeGreaterThan(2500);
    const [engine, baseline] = result.scenarios[0]!.rows;
    expect(engine!.hitAt10).toBeGreaterThanOrEqual(0.9);
    expect(baseline!.hitAt10).toBeGreaterThanOrEqual(0.9);
  });
});
