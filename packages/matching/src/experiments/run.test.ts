import { generateDataset } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { ExperimentConfigError, parseExperimentConfig } from './config.js';
import { experimentReportMarkdown } from './report.js';
import { runExperiment, type ExperimentProgress } from './run.js';

const config = {
  name: 'two engines',
  seed: 11,
  data: { kind: 'synthetic', candidates: 3000, offers: 600 },
  engines: [
    { name: 'default' },
    { name: 'skills only', config: { weights: { skills: 1, occupation: 0, geography: 0, languages: 0 } } },
  ],
  split: { kind: 'random', testShare: 0.8 },
  listLength: 10,
  maxQueries: 40,
  metrics: [
    'precision@5',
    'recall@10',
    'map@10',
    'ndcg@10',
    'mrr@10',
    'hitRate@10',
    'coverage@10',
    'exposureGini@10',
    'applicantsPerPosition@10',
    'totalScore',
    'shareAssigned',
    'statisticalParityGap',
  ],
  assignment: { k: 10 },
  congestion: { k: 10, congestionWeight: 0.5 },
};

describe('runExperiment', () => {
  const progress: ExperimentProgress[] = [];
  const result = runExperiment(config, { onProgress: (p) => progress.push(p) });

  it('gives the same numbers for the same config and seed', () => {
    expect(runExperiment(config)).toEqual(result);
  });

  it('gives other numbers for another seed', () => {
    expect(runExperiment({ ...config, seed: 12 }).rows).not.toEqual(result.rows);
  });

  it('compares every engine configuration, with and without congestion-aware lists', () => {
    expect(result.rows.map((r) => `${r.engine}/${r.variant}`)).toEqual([
      'default/lists',
      'default/congestion-aware',
      'skills only/lists',
      'skills only/congestion-aware',
    ]);
    expect(result.data.queries).toBe(40);
    expect(result.data.testHires).toBeGreaterThanOrEqual(40);
    for (const row of result.rows) {
      for (const name of ['precision@5', 'ndcg@10', 'coverage@10']) {
        const value = row.values[name] as number;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    // Assignment metrics belong to the engine's own lists row; groups were not given, so no parity figure.
    expect(typeof result.rows[0]?.values.totalScore).toBe('number');
    expect(result.rows[1]?.values.totalScore).toBeNull();
    expect(result.rows[0]?.values.statisticalParityGap).toBeNull();
    expect(Object.keys(result.congestion)).toEqual(['default', 'skills only']);
  });

  it('reports progress up to the total, never backwards', () => {
    expect(progress.length).toBe(1 + 2 * (40 + 2) + 1);
    progress.forEach((p, i) => expect(p.done).toBe(i + 1));
    const last = progress[progress.length - 1]!;
    expect(last).toEqual({ phase: 'done', done: last.total, total: last.total });
    progress.slice(1).forEach((p, i) => expect(p.done).toBeGreaterThanOrEqual(progress[i]!.done));
    expect(progress.some((p) => p.phase === 'rank' && p.engine === 'skills only')).toBe(true);
  });

  it('computes fairness over group labels the caller gives', () => {
    const data = generateDataset({ seed: 11, candidates: 3000, offers: 600 });
    const groups = new Map(
      data.candidates.map((record) => [record.candidate.id, record.protectedAttributes?.gender ?? 'unknown']),
    );
    const withGroups = runExperiment(config, { groups });
    const gap = withGroups.rows[0]?.values.statisticalParityGap as number;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(1);
    // The labels change no score: every other figure is the same.
    expect({ ...withGroups.rows[0]?.values, statisticalParityGap: null }).toEqual(result.rows[0]?.values);
  });

  it('writes a Markdown report with every metric and engine', () => {
    const markdown = experimentReportMarkdown(result);
    expect(markdown).toContain('# two engines');
    expect(markdown).toContain('| skills only | congestion-aware |');
    expect(markdown).toContain('exposureGini@10 ↓');
    expect(markdown).toContain('ndcg@10 ↑');
    expect(markdown).toContain('## Congestion-aware lists');
  });
});

describe('bad configurations are rejected before any work, saying where and what is valid', () => {
  const issuesOf = (input: unknown) => {
    const parsed = parseExperimentConfig(input);
    return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('an unknown metric', () => {
    expect(issuesOf({ ...config, metrics: ['ndcg@10', 'precison@5'] })).toEqual([
      expect.stringMatching(/^metrics\[1\]: unknown metric "precison" \(valid: precision@k, recall@k, .*\)$/),
    ]);
  });

  it('a negative k, in a metric or a list length', () => {
    expect(issuesOf({ ...config, metrics: ['ndcg@-3'] })).toEqual([
      expect.stringMatching(/^metrics\[0\]: k must be a positive integer in ndcg@k, got -3$/),
    ]);
    expect(issuesOf({ ...config, listLength: -5 })).toEqual([
      expect.stringMatching(/^listLength: listLength: a positive integer/),
    ]);
  });

  it('a seed that is not an integer', () => {
    expect(issuesOf({ ...config, seed: 1.5 })).toEqual([expect.stringMatching(/^seed: an integer/)]);
    expect(issuesOf({ ...config, seed: 'x' })).toEqual([expect.stringMatching(/^seed: an integer/)]);
  });

  it('a cut-off beyond the list length, an engine setting out of range or unknown, a repeated engine name', () => {
    expect(issuesOf({ ...config, metrics: ['ndcg@50'] })).toEqual([
      expect.stringMatching(/^metrics\[0\]: k = 50 exceeds listLength \(10\)/),
    ]);
    expect(issuesOf({ ...config, engines: [{ name: 'a', config: { weights: { skills: -1 } } }] })).toEqual([
      expect.stringMatching(/^engines\[0\]\.config\.weights\.skills: /),
    ]);
    expect(issuesOf({ ...config, engines: [{ name: 'a', config: { wieghts: {} } }] })).toEqual([
      expect.stringMatching(/^engines\[0\]\.config\.wieghts: unknown setting \(valid: weights, constraints/),
    ]);
    expect(issuesOf({ ...config, engines: [{ name: 'a' }, { name: 'a' }] })).toEqual([
      'engines[1].name: "a" is used twice: names must be unique',
    ]);
  });

  it('throws every issue at once, before calling back', () => {
    const calls: ExperimentProgress[] = [];
    const bad = { ...config, seed: 0.5, metrics: ['nope'] };
    expect(() => runExperiment(bad, { onProgress: (p) => calls.push(p) })).toThrow(ExperimentConfigError);
    try {
      runExperiment(bad);
    } catch (error) {
      expect((error as ExperimentConfigError).issues.map((i) => i.path)).toEqual(['seed', 'metrics[0]']);
    }
    expect(calls).toEqual([]);
  });

  it('asks for the Node entry when the data are files and none are given', () => {
    const files = {
      ...config,
      data: { kind: 'files', candidates: 'c.csv', offers: 'o.csv', contracts: 'k.csv' },
    };
    expect(() => runExperiment(files)).toThrow(/experiments\/node/);
  });
});
