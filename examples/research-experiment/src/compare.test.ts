import { describe, expect, it } from 'vitest';
import type { ExperimentResult } from '@passerelle/matching/experiments';
import { compareEngines } from './compare.js';

const result = (rows: { engine: string; variant?: string; values: Record<string, number | null> }[]) =>
  ({
    metrics: Object.keys(rows[0]!.values),
    rows: rows.map((row) => ({ variant: 'lists', ...row })),
  }) as unknown as ExperimentResult;

describe('reading an experiment', () => {
  it('names the better configuration per metric, in the metric’s direction', () => {
    const lines = compareEngines(
      result([
        { engine: 'A', values: { 'ndcg@10': 0.4, 'exposureGini@10': 0.6 } },
        { engine: 'B', values: { 'ndcg@10': 0.3, 'exposureGini@10': 0.5 } },
      ]),
    );
    expect(lines).toEqual([
      'ndcg@10 : « A » fait mieux (0.400 contre 0.300).',
      'exposureGini@10 : « B » fait mieux (0.500 contre 0.600).',
    ]);
  });

  it('compares the engines’ own lists, says so on a tie, and skips what has no value', () => {
    const lines = compareEngines(
      result([
        { engine: 'A', values: { 'recall@10': 0.5, totalScore: null } },
        { engine: 'A', variant: 'congestion-aware', values: { 'recall@10': 0.9, totalScore: null } },
        { engine: 'B', values: { 'recall@10': 0.5, totalScore: null } },
      ]),
    );
    expect(lines).toEqual(['recall@10 : égalité (0.500).']);
    expect(compareEngines(result([{ engine: 'A', values: { 'recall@10': 1 } }]))).toEqual([
      'Une seule configuration : rien à comparer.',
    ]);
  });
});
