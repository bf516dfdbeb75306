import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  equalOpportunityGap,
  scoreByGroup,
  shareAssigned,
  statisticalParityGap,
  totalScore,
} from './assignment.js';
import { applicantsPerPosition, catalogueCoverage, exposure, exposureGini } from './catalogue.js';
import {
  averagePrecisionAtK,
  hitAtK,
  meanOverQueries,
  ndcgAtK,
  precisionAtK,
  recallAtK,
  reciprocalRankAtK,
  type RankedQuery,
} from './ranking.js';
import { METRICS, METRIC_NAMES, computeMetric, parseMetricSpec } from './registry.js';

// Tolerance of the hand-computed values: 1e-6.
const close = 6;
const query: RankedQuery = { recommended: ['a', 'b', 'c', 'd', 'e'], relevant: ['b', 'd', 'x'] };

describe('ranking metrics against hand-computed values', () => {
  it('precision, recall, average precision', () => {
    expect(precisionAtK(query, 3)).toBeCloseTo(1 / 3, close);
    expect(precisionAtK(query, 5)).toBeCloseTo(2 / 5, close);
    expect(recallAtK(query, 3)).toBeCloseTo(1 / 3, close);
    expect(recallAtK(query, 5)).toBeCloseTo(2 / 3, close);
    // Hits at ranks 2 and 4: (1/2 + 2/4) / min(3, 5).
    expect(averagePrecisionAtK(query, 5)).toBeCloseTo(1 / 3, close);
    expect(averagePrecisionAtK(query, 2)).toBeCloseTo(0.5 / 2, close);
  });

  it('NDCG with binary and graded gains', () => {
    // DCG = 1/log2(3) + 1/log2(5) = 1.061606; IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.130930.
    expect(ndcgAtK(query, 5)).toBeCloseTo(1.061606 / 2.13093, close);
    const graded = {
      ...query,
      gains: new Map([
        ['b', 3],
        ['d', 1],
      ]),
    };
    // DCG = 3/log2(3) + 1/log2(5) = 2.323466; IDCG = 3 + 1/log2(3) = 3.630930.
    expect(ndcgAtK(graded, 5)).toBeCloseTo(2.323466 / 3.63093, close);
  });

  it('reciprocal rank and hit', () => {
    expect(reciprocalRankAtK(query, 5)).toBe(0.5);
    expect(reciprocalRankAtK(query, 1)).toBe(0);
    expect(hitAtK(query, 1)).toBe(0);
    expect(hitAtK(query, 2)).toBe(1);
  });

  it('perfect prediction scores 1, no hit scores 0', () => {
    const perfect = { recommended: ['x', 'y'], relevant: ['x', 'y'] };
    const none = { recommended: ['a', 'b'], relevant: ['x'] };
    for (const metric of [precisionAtK, recallAtK, averagePrecisionAtK, ndcgAtK, reciprocalRankAtK, hitAtK]) {
      expect(metric(perfect, 2)).toBeCloseTo(1, close);
      expect(metric(none, 2)).toBe(0);
    }
  });

  it('averages over queries with a relevant id only, 0 for none', () => {
    const queries = [query, { recommended: ['b'], relevant: ['b'] }, { recommended: ['z'], relevant: [] }];
    expect(meanOverQueries(queries, hitAtK, 1)).toBe(0.5);
    expect(meanOverQueries([], hitAtK, 1)).toBe(0);
  });

  it('stays within [0, 1] and never rises when k shrinks for recall and hit', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(
        fc.uniqueArray(ids),
        fc.uniqueArray(ids, { minLength: 1 }),
        fc.integer({ min: 1, max: 6 }),
        (recommended, relevant, k) => {
          const q = { recommended, relevant };
          for (const metric of [
            precisionAtK,
            recallAtK,
            averagePrecisionAtK,
            ndcgAtK,
            reciprocalRankAtK,
            hitAtK,
          ]) {
            const value = metric(q, k);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1 + 1e-12);
          }
          if (k > 1) {
            expect(recallAtK(q, k - 1)).toBeLessThanOrEqual(recallAtK(q, k));
            expect(hitAtK(q, k - 1)).toBeLessThanOrEqual(hitAtK(q, k));
          }
        },
      ),
    );
  });

  it('rejects a k that is not a positive integer', () => {
    expect(() => precisionAtK(query, 0)).toThrow(RangeError);
    expect(() => ndcgAtK(query, 1.5)).toThrow(RangeError);
  });
});

describe('catalogue metrics against hand-computed values', () => {
  const lists = [
    ['a', 'b'],
    ['a', 'c'],
  ];
  const catalogue = ['a', 'b', 'c', 'd'];

  it('coverage', () => {
    expect(catalogueCoverage(lists, catalogue, 1)).toBe(0.25);
    expect(catalogueCoverage(lists, catalogue, 2)).toBe(0.75);
    expect(catalogueCoverage(lists, [], 2)).toBe(0);
  });

  it('exposure and its Gini', () => {
    const e = exposure(lists, catalogue, 2);
    expect(e.get('a')).toBe(2);
    expect(e.get('b')).toBeCloseTo(1 / Math.log2(3), close);
    // Sorted [0, .63093, .63093, 2]: Σ(2i − n − 1)x = 6, n·Σx = 4 × 3.261860.
    expect(exposureGini(lists, catalogue, 2)).toBeCloseTo(6 / (4 * 3.26186), 5);
    // Per position: a has 2 positions → [0, .63093, .63093, 1].
    const positions = new Map([
      ['a', 2],
      ['b', 1],
      ['c', 1],
      ['d', 1],
    ]);
    expect(exposureGini(lists, catalogue, 2, positions)).toBeCloseTo(3 / (4 * 2.26186), 5);
  });

  it('applicants per position', () => {
    const positions = new Map([
      ['a', 2],
      ['b', 1],
      ['c', 1],
      ['d', 1],
      ['z', 0],
    ]);
    expect(applicantsPerPosition(lists, positions, 2)).toEqual({ mean: 0.75, max: 1, unseen: 0.25 });
    expect(applicantsPerPosition(lists, new Map(), 2)).toEqual({ mean: 0, max: 0, unseen: 0 });
  });
});

describe('assignment and fairness metrics against hand-computed values', () => {
  const outcome = {
    candidateIds: ['p', 'q', 'r', 's'],
    pairs: [
      { candidateId: 'p', offerId: 'o1', score: 0.8 },
      { candidateId: 'q', offerId: 'o2', score: 0.6 },
    ],
  };
  const groups = new Map([
    ['p', 'A'],
    ['q', 'A'],
    ['r', 'B'],
    ['s', 'B'],
  ]);

  it('total score and share assigned', () => {
    expect(totalScore(outcome)).toBeCloseTo(1.4, 12);
    expect(shareAssigned(outcome)).toBe(0.5);
    expect(shareAssigned({ candidateIds: [], pairs: [] })).toBe(0);
  });

  it('score by group, statistical parity and equal opportunity gaps', () => {
    const table = scoreByGroup(outcome, groups, new Set(['p', 'r']));
    expect(table.get('A')).toEqual({
      candidates: 2,
      assigned: 2,
      shareAssigned: 1,
      meanScore: 0.7,
      qualified: 1,
      shareAssignedQualified: 1,
    });
    expect(table.get('B')).toEqual({
      candidates: 2,
      assigned: 0,
      shareAssigned: 0,
      meanScore: 0,
      qualified: 1,
      shareAssignedQualified: 0,
    });
    expect(statisticalParityGap(outcome, groups)).toBe(1);
    expect(equalOpportunityGap(outcome, groups, new Set(['p', 'r']))).toBe(1);
    // Only group A has a qualified candidate: nothing to compare.
    expect(equalOpportunityGap(outcome, groups, new Set(['p', 'q']))).toBe(0);
    const balanced = new Map([
      ['p', 'A'],
      ['r', 'A'],
      ['q', 'B'],
      ['s', 'B'],
    ]);
    expect(statisticalParityGap(outcome, balanced)).toBe(0);
    expect(scoreByGroup(outcome, new Map()).get('unlabelled')?.candidates).toBe(4);
  });
});

describe('the metric registry', () => {
  it('reads name@k and rejects what is not valid, saying what would be', () => {
    expect(parseMetricSpec('ndcg@10')).toEqual({ ok: true, spec: { name: 'ndcg', k: 10 } });
    expect(parseMetricSpec('totalScore')).toEqual({ ok: true, spec: { name: 'totalScore' } });
    const unknown = parseMetricSpec('foo@3');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toMatch(/unknown metric "foo" \(valid: precision@k, .*totalScore/);
    expect(
      !parseMetricSpec('ndcg@-1').ok && (parseMetricSpec('ndcg@-1') as { message: string }).message,
    ).toMatch(/positive integer/);
    expect(parseMetricSpec('ndcg').ok).toBe(false);
    expect(parseMetricSpec('totalScore@3').ok).toBe(false);
  });

  it('computes every metric by name, null when the input lacks what it needs', () => {
    const input = {
      queries: [query],
      catalogue: ['a', 'b', 'c', 'd', 'e'],
      positions: new Map([
        ['a', 1],
        ['b', 1],
      ]),
      assignment: { candidateIds: ['p', 'q'], pairs: [{ candidateId: 'p', offerId: 'a', score: 0.5 }] },
      groups: new Map([
        ['p', 'A'],
        ['q', 'B'],
      ]),
      qualified: new Set(['p', 'q']),
    };
    for (const name of METRIC_NAMES) {
      const spec = METRICS[name]!.usesK ? { name, k: 3 } : { name };
      expect(computeMetric(spec, input), name).not.toBeNull();
      expect(computeMetric(spec, {}), name).toBeNull();
    }
    expect(computeMetric({ name: 'precision', k: 3 }, input)).toBeCloseTo(1 / 3, close);
    expect(computeMetric({ name: 'scoreByGroup' }, input)).toEqual({ A: 0.5, B: 0 });
    expect(() => computeMetric({ name: 'nope' }, input)).toThrow(/Unknown metric/);
  });
});
