import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, kaplanMeierMedian, median } from './kaplan-meier.js';
import type { SurvivalObservation, SurvivalStep } from './kaplan-meier.js';

/** Reference: the estimator through a sort of the observations by time (what the typed sort must match). */
function referenceSteps(observations: readonly SurvivalObservation[]): SurvivalStep[] {
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  const steps: SurvivalStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  for (let i = 0; i < sorted.length;) {
    const time = (sorted[i] as SurvivalObservation).time;
    let events = 0;
    let censored = 0;
    for (; i < sorted.length && (sorted[i] as SurvivalObservation).time === time; i += 1) {
      if ((sorted[i] as SurvivalObservation).event) events += 1;
      else censored += 1;
    }
    if (events > 0) survival *= 1 - events / atRisk;
    steps.push({ time, atRisk, events, censored, survival });
    atRisk -= events + censored;
  }
  return steps;
}

/** Times as the indicators give them (whole days), and the ones a caller might: fractions, −0, huge, infinite. */
const arbTime = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -400, max: 400 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(-0, 0.5, -2.5, 2 ** 50, 2 ** 50 + 2, -(2 ** 51), 2 ** 53, Infinity),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
);

describe('Kaplan–Meier', () => {
  it('matches a hand-computed curve with censoring and ties', () => {
    // Times: 2 (event), 3 (censored), 5 (event, event), 5 (censored), 8 (event), 9 (censored).
    const steps = kaplanMeier([
      { time: 5, event: true },
      { time: 2, event: true },
      { time: 9, event: false },
      { time: 3, event: false },
      { time: 5, event: false },
      { time: 8, event: true },
      { time: 5, event: true },
    ]);
    // S(2) = 6/7; S(5) = 6/7 × (1 − 2/5) = 18/35; S(8) = 18/35 × (1 − 1/2) = 9/35.
    expect(steps.map((s) => [s.time, s.atRisk, s.events, s.censored])).toEqual([
      [2, 7, 1, 0],
      [3, 6, 0, 1],
      [5, 5, 2, 1],
      [8, 2, 1, 0],
      [9, 1, 0, 1],
    ]);
    const expected = [6 / 7, 6 / 7, 18 / 35, 9 / 35, 9 / 35];
    steps.forEach((step, index) => expect(step.survival).toBeCloseTo(expected[index] as number, 12));
    expect(kaplanMeierMedian(steps)).toBe(8);
  });

  it('treats censored people as neither success nor failure', () => {
    const steps = kaplanMeier([
      { time: 10, event: false },
      { time: 10, event: false },
      { time: 20, event: true },
    ]);
    expect(steps.at(-1)?.survival).toBe(0);
    expect(kaplanMeierMedian(kaplanMeier([{ time: 4, event: false }]))).toBeNull();
    expect(kaplanMeier([])).toEqual([]);
  });

  it('never rises and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ time: fc.nat(400), event: fc.boolean() })), (observations) => {
        const steps = kaplanMeier(observations);
        let previous = 1;
        for (const step of steps) {
          expect(step.survival).toBeLessThanOrEqual(previous);
          expect(step.survival).toBeGreaterThanOrEqual(0);
          previous = step.survival;
        }
        expect(steps.reduce((sum, s) => sum + s.events + s.censored, 0)).toBe(observations.length);
      }),
    );
  });

  it('gives the same steps as a sort of the observations, for whole days and for any other times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: arbTime, event: fc.boolean() }), { maxLength: 60 }),
        (observations) => {
          expect(kaplanMeier(observations)).toStrictEqual(referenceSteps(observations));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes the same median as a sort of the numbers, NaN, −0 and infinities included', () => {
    const arbValue = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -50, max: 50 }) },
      { weight: 1, arbitrary: fc.constantFrom(-0, 0, Number.NaN, Infinity, -Infinity, 0.25) },
      { weight: 1, arbitrary: fc.double() },
    );
    const reference = (values: readonly number[]): number | null => {
      if (values.length === 0) return null;
      const sorted = [...values].sort((a, b) => a - b);
      const middle = sorted.length >> 1;
      return sorted.length % 2 === 1
        ? (sorted[middle] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
    };
    fc.assert(
      fc.property(fc.array(arbValue, { maxLength: 40 }), (values) => {
        expect(Object.is(median(values), reference(values))).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // The sort keeps equal numbers in their order: which zero is in the middle depends on it.
    expect(Object.is(median([0, -0, 1]), -0)).toBe(true);
    expect(Object.is(median([-0, 0, 1]), 0)).toBe(true);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
