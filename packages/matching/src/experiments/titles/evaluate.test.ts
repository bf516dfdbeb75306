import { describe, expect, it } from 'vitest';
import { parseMetricSpec, type MetricSpec } from '../metrics/registry.js';
import { runRanker, scoreRuns, type ExperimentClock } from './evaluate.js';

const specs = (texts: string[]): MetricSpec[] =>
  texts.map((text) => (parseMetricSpec(text) as { ok: true; spec: MetricSpec }).spec);

// A ranker that always lists the same twelve occupations: o1, o2, …, o12.
const FIXED = Array.from({ length: 12 }, (_, i) => `o${i + 1}`);
const rows = [
  { title: 'a', occupationId: 'o1' }, // rank 1
  { title: 'b', occupationId: 'o3' }, // rank 3
  { title: 'c', occupationId: 'o7' }, // rank 7
  { title: 'd', occupationId: 'o12' }, // rank 12: beyond the lists of 10
  { title: 'e', occupationId: 'o99' }, // never listed
];

function countingClock(): ExperimentClock {
  let t = 0;
  return { kind: 'wall', now: () => (t += 500) };
}

describe('runRanker and scoreRuns', () => {
  it('give MRR@10 and recall@1/5/10 as computed by hand, lists cut to their length', () => {
    const run = runRanker(rows, () => FIXED, 10, countingClock());
    expect(run.queries[0]!.recommended).toHaveLength(10);
    const texts = ['mrr@10', 'recall@1', 'recall@5', 'recall@10', 'coverage@10'];
    const scores = scoreRuns([run], specs(texts), texts, [...FIXED, 'o99']);
    expect(scores.titles).toBe(5);
    // MRR@10 = (1 + 1/3 + 1/7 + 0 + 0) / 5
    expect(scores.values['mrr@10']).toBeCloseTo((1 + 1 / 3 + 1 / 7) / 5, 12);
    expect(scores.values['recall@1']).toBe(1 / 5);
    expect(scores.values['recall@5']).toBe(2 / 5);
    expect(scores.values['recall@10']).toBe(3 / 5);
    // Ten of the thirteen occupations are ever listed.
    expect(scores.values['coverage@10']).toBe(10 / 13);
  });

  it('time the ranking only, between batches, and count titles per second of that time', () => {
    const titles = Array.from({ length: 600 }, (_, i) => ({ title: `t${i}`, occupationId: 'o1' }));
    const batches: number[] = [];
    // 60 titles warm the code up untimed; then 3 batches (250, 250, 100), each read as 500 ms.
    let calls = 0;
    const run = runRanker(
      titles,
      () => (calls++, FIXED),
      10,
      countingClock(),
      (n) => batches.push(n),
    );
    expect(calls).toBe(660);
    expect(batches).toEqual([250, 250, 100]);
    expect(run.milliseconds).toBe(1500);
    expect(scoreRuns([run, run], specs(['mrr@1']), ['mrr@1'], FIXED).titlesPerSecond).toBe(1200 / 3);
  });

  it('give zeros for no title', () => {
    const scores = scoreRuns([runRanker([], () => FIXED, 10)], specs(['mrr@10']), ['mrr@10'], FIXED);
    expect(scores).toEqual({ titles: 0, values: { 'mrr@10': 0 }, titlesPerSecond: 0 });
  });
});
