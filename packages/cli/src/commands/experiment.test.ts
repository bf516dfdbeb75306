import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStarterTaxonomy } from '@passerelle/core';
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

describe('passerelle experiment with "experiment": "title-normalization"', () => {
  const taxonomy = createStarterTaxonomy();
  const idOf = (label: string) => taxonomy.occupations.find((o) => o.labels.en.preferred === label)!.id;
  // Hand-made: three titles written as labels (rank 1 for both methods), one with no known word (nothing listed).
  const rows = [
    ['Window Cleaner', idOf('window cleaner')],
    ['cashier', idOf('cashier')],
    ['Bricklayer (m/f)', idOf('bricklayer')],
    ['qwxzv', idOf('cook')],
  ];
  const TITLES = {
    experiment: 'title-normalization',
    name: 'intitulés',
    seed: 9,
    data: { titles: 'intitules.csv' },
    locale: 'en',
    halves: false,
    metrics: ['mrr@10', 'recall@1', 'recall@5'],
    methods: [
      { name: 'normaliser', kind: 'normalizer', fuzzy: false },
      { name: '3-grams', kind: 'trigram' },
    ],
  };

  function titlesDir(extraLines: string[] = []): string {
    const dir = tempDir();
    const lines = ['title,occupation_id', ...rows.map(([title, id]) => `${title},${id}`), ...extraLines];
    writeFileSync(join(dir, 'intitules.csv'), `${lines.join('\n')}\n`);
    return dir;
  }

  it('evaluates the normaliser and a baseline: the Markdown report with figures computed by hand, results written', () => {
    const dir = titlesDir();
    const config = join(dir, 'titres.json');
    writeFileSync(config, JSON.stringify(TITLES));
    const run = runBin(['experiment', config]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# intitulés');
    // Three of four titles at rank 1: 0.75 for MRR@10, recall@1 and recall@5.
    expect(run.stdout).toContain('| all | normaliser | 4 | 0.750 | 0.750 | 0.750 |');
    expect(run.stdout).toContain('| all | 3-grams | 4 |');
    expect(run.stderr).toContain('4 intitulés évalués face à 34 métiers');
    expect(readFileSync(join(dir, 'results', 'intitules.md'), 'utf8')).toBe(run.stdout);
  });

  it('prints one JSON document, the same numbers for the same seed; a bad row gives exit 1 with its line', () => {
    const dir = titlesDir(['Driver,']);
    const config = join(dir, 'titres.json');
    writeFileSync(config, JSON.stringify({ ...TITLES, extraSynonyms: { folds: 2 } }));
    const first = runBin(['experiment', config, '--json', '--results', join(dir, 'a')]);
    const second = runBin(['experiment', config, '--json', '--results', join(dir, 'b')]);
    expect(first.status).toBe(1);
    const document = jsonOf(first) as {
      experiment: string;
      exitCode: number;
      issues: { line: number; code: string }[];
      result: {
        data: { evaluated: number; rejectedRows: number };
        rows: { values: Record<string, number> }[];
        extraSynonyms: { perFold: { titles: number }[] };
      };
    };
    expect(document).toMatchObject({ experiment: 'title-normalization', exitCode: 1 });
    expect(document.issues).toEqual([expect.objectContaining({ line: 6, code: 'empty_occupation' })]);
    expect(document.result.data).toMatchObject({ evaluated: 4, rejectedRows: 1 });
    expect(document.result.extraSynonyms.perFold.map((f) => f.titles).reduce((a, b) => a + b)).toBe(4);
    const strip = (d: typeof document) => d.result.rows.map((row) => row.values);
    expect(strip(jsonOf(second) as typeof document)).toEqual(strip(document));
    const text = runBin(['experiment', config, '--results', join(dir, 'c')]);
    expect(text.stderr).toContain(
      'intitules.csv:6 · occupation_id · identifiant de métier vide [empty_occupation]',
    );
  });

  it('refuses an unknown metric, a negative k, a seed that is not an integer and a missing file before any work (exit 2)', () => {
    const dir = titlesDir();
    const config = join(dir, 'bad.json');
    const bad = { ...TITLES, seed: 1.5, metrics: ['mrr@-2', 'precison@5'], data: { titles: 'absent.csv' } };
    writeFileSync(config, JSON.stringify(bad));
    const run = runBin(['experiment', config, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('seed: an integer (the same seed gives the same numbers)');
    expect(run.stderr).toContain('metrics[0]: k must be a positive integer in mrr@k, got -2');
    expect(run.stderr).toContain('metrics[1]: unknown metric "precison" (valid: precision@k, recall@k');
    expect(existsSync(join(dir, 'results'))).toBe(false);
    writeFileSync(config, JSON.stringify({ ...TITLES, data: { titles: 'absent.csv' } }));
    const missing = runBin(['experiment', config, '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      "data.titles: file not found: absent.csv (relative to the configuration's folder)",
    );
    writeFileSync(config, JSON.stringify({ ...TITLES, experiment: 'titles' }));
    const unknown = runBin(['experiment', config, '--lang', 'en', '--json']);
    expect(unknown.status).toBe(2);
    expect(JSON.stringify(jsonOf(unknown))).toContain(
      'unknown experiment \\"titles\\" (valid: engines, title-normalization',
    );
  });
});
