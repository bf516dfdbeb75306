import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDir, jsonOf, runBin, tempDir, withCells } from '../../test/run-bin.js';

interface ExperimentDocument {
  ok: boolean;
  exitCode: number;
  files: { json: string; markdown: string };
  result: {
    metrics: string[];
    data: { source: string; queries: number; rejectedRecords: number };
    rows: Array<{ engine: string; variant: string; values: Record<string, number | null> }>;
  };
}

const SYNTHETIC = {
  name: 'weights',
  seed: 7,
  data: { kind: 'synthetic', candidates: 600 },
  engines: [{ name: 'default' }, { name: 'near', config: { weights: { geography: 0.6, skills: 0.3 } } }],
  split: { kind: 'random', testShare: 0.3 },
  metrics: ['ndcg@10', 'recall@10'],
};

describe('passerelle experiment', () => {
  it('compares engine configurations on synthetic data: a Markdown table, results written as JSON and Markdown', () => {
    const dir = tempDir();
    const config = join(dir, 'experiment.json');
    writeFileSync(config, JSON.stringify(SYNTHETIC));
    const run = runBin(['experiment', config]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# weights');
    expect(run.stdout).toMatch(/\| default \| lists \| [\d.]+ \| [\d.]+ \|/);
    expect(run.stdout).toMatch(/\| near \| lists \|/);
    expect(run.stderr).toContain('Résultats écrits dans');
    expect(existsSync(join(dir, 'results', 'weights.json'))).toBe(true);
    expect(readFileSync(join(dir, 'results', 'weights.md'), 'utf8')).toBe(run.stdout);
  });

  it('prints the result as one JSON document, the same for the same seed', () => {
    const dir = tempDir();
    const config = join(dir, 'experiment.json');
    writeFileSync(config, JSON.stringify(SYNTHETIC));
    const first = jsonOf(runBin(['experiment', config, '--json', '--results', join(dir, 'a')]));
    const second = jsonOf(runBin(['experiment', config, '--json', '--results', join(dir, 'b')]));
    const document = first as unknown as ExperimentDocument;
    expect(document).toMatchObject({ ok: true, exitCode: 0 });
    expect(document.files.json).toBe(join(dir, 'a', 'weights.json'));
    expect(document.result.metrics).toEqual(['ndcg@10', 'recall@10']);
    expect(document.result.rows.map((row) => row.engine)).toEqual(['default', 'near']);
    expect((second as unknown as ExperimentDocument).result).toEqual(document.result);
  });

  it('runs on data files named relative to the configuration, and says when records were rejected (exit 1)', () => {
    const dir = demoDir(300);
    withCells(join(dir, 'contrats.csv'), join(dir, 'contrats-erreur.csv'), [
      { line: 2, column: 'start', value: '2025-02-30' },
    ]);
    const config = join(dir, 'experiment.json');
    const data = {
      kind: 'files',
      candidates: 'candidats.csv',
      offers: 'offres.csv',
      contracts: 'contrats-erreur.csv',
    };
    writeFileSync(config, JSON.stringify({ ...SYNTHETIC, data, engines: [{ name: 'default' }] }));
    const run = runBin(['experiment', config, '--json']);
    const document = jsonOf(run) as unknown as ExperimentDocument;
    expect(document.result.data).toMatchObject({ source: 'files', rejectedRecords: 1 });
    expect(run.status).toBe(1);
    expect(document.exitCode).toBe(1);
  });

  it('computes fairness metrics over the groups a file gives, and only then', () => {
    const dir = tempDir();
    const config = join(dir, 'fairness.json');
    const fairness = {
      ...SYNTHETIC,
      engines: [{ name: 'default' }],
      metrics: ['statisticalParityGap', 'shareAssigned'],
      assignment: { method: 'exact' },
    };
    writeFileSync(config, JSON.stringify(fairness));
    const groups = join(dir, 'groups.json');
    const ids = Array.from({ length: 600 }, (_, i) => `cand-${String(i + 1).padStart(6, '0')}`);
    writeFileSync(groups, JSON.stringify(Object.fromEntries(ids.map((id, i) => [id, i % 2 ? 'a' : 'b']))));
    const withGroups = jsonOf(
      runBin(['experiment', config, '--groups', groups, '--json']),
    ) as unknown as ExperimentDocument;
    const without = jsonOf(runBin(['experiment', config, '--json'])) as unknown as ExperimentDocument;
    expect(typeof withGroups.result.rows[0]?.values.statisticalParityGap).toBe('number');
    expect(without.result.rows[0]?.values.statisticalParityGap).toBeNull();
    writeFileSync(groups, JSON.stringify({ 'cand-000001': 3 }));
    const refused = runBin(['experiment', config, '--groups', groups]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('« cand-000001 »');
  });

  it('refuses an invalid configuration before any work, naming every problem (exit 2)', () => {
    const dir = tempDir();
    const config = join(dir, 'bad.json');
    const bad = { ...SYNTHETIC, engines: [], split: { kind: 'random', testShare: 2 }, metrics: ['foo@3'] };
    writeFileSync(config, JSON.stringify(bad));
    const run = runBin(['experiment', config, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Invalid experiment ${config}:`);
    expect(run.stderr).toContain('engines: at least one engine configuration');
    expect(run.stderr).toContain('split.testShare');
    expect(run.stderr).toContain('metrics[0]: unknown metric "foo"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'results'))).toBe(false);
    const missing = runBin(['experiment', join(dir, 'absent.json'), '--json']);
    expect(missing.status).toBe(2);
    expect(jsonOf(missing)).toMatchObject({
      command: 'experiment',
      exitCode: 2,
      error: { code: 'invalid_config' },
    });
  });
});
