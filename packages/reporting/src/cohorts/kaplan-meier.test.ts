import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, kaplanMeierMedian, median } from './kaplan-meier.js';

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

  it('takes the median of odd and even lists', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
