import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.js', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });

// The shared ESCO set sits in ../shared/data beside the repository, or where PASSERELLE_SHARED_DATA says; without
// it the ESCO test fails with the remedy rather than being skipped.
function sharedEsco(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const path = join(process.env.PASSERELLE_SHARED_DATA ?? resolve(here, '../../../../shared/data'), 'esco');
  if (!existsSync(path)) {
    throw new Error(
      `Shared data not found at ${path}: place it beside the repository (../shared/data) or set PASSERELLE_SHARED_DATA.`,
    );
  }
  return path;
}

describe('the research notebook', () => {
  it('compares the two configurations on the synthetic data, with and without congestion-aware lists', () => {
    const result = run(['--candidates', '2500', '--queries', '20']);
    expect(result.stderr).toContain('… rank · défaut');
    expect(result.status).toBe(0);
    for (const row of [
      '| défaut | lists |',
      '| défaut | congestion-aware |',
      '| souhaitées à parts égales | lists |',
    ])
      expect(result.stdout).toContain(row);
    expect(result.stdout).toMatch(/2500 candidates/);
    expect(result.stdout).toMatch(/20 queries over a catalogue of \d+ offers/);
    expect(result.stdout).toMatch(/- ndcg@10 : « .+ » fait mieux|- ndcg@10 : égalité/);
    expect(result.stdout).toContain('--esco');
  });

  // Loading the whole of ESCO takes seconds on a busy machine: a larger limit against hangs.
  it('runs the ESCO profile-recovery part on a folder the user gives', { timeout: 180_000 }, () => {
    const result = run([
      '--candidates',
      '500',
      '--queries',
      '5',
      '--esco',
      sharedEsco(),
      '--occupations',
      '8',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# ESCO');
    expect(result.stdout).toMatch(/8 occupations sampled/);
    expect(result.stdout).toMatch(/\| souhaitées à parts égales \| \d\.\d{3} \|/);
    expect(result.stdout).toContain('baseline (Jaccard of skill sets)');
  });

  it('exits with 2 and says why on a bad option, a bad configuration or a missing ESCO folder', () => {
    expect(run(['--queries', 'many']).status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'experiment-'));
    const config = join(dir, 'experiment.json');
    writeFileSync(
      config,
      JSON.stringify({
        seed: 1,
        data: { kind: 'synthetic', candidates: 100 },
        engines: [],
        metrics: ['ndcg@10'],
        split: { kind: 'random', testShare: 0.5 },
      }),
    );
    const bad = run(['--config', config]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('engines');
    const missing = run(['--queries', '5', '--esco', join(dir, 'no-esco')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-esco');
  });
});
