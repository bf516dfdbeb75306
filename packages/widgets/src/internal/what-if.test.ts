import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreGains } from './what-if.js';

const CRITERIA = ['skills', 'occupation', 'geography', 'languages'] as const;

/** A breakdown as the engine builds it: weights normalised over the applicable criteria. */
const breakdownArb = fc
  .tuple(
    fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
      minLength: 4,
      maxLength: 4,
    }),
    fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
  )
  .map(([values, raw]) => {
    const applicable = raw.map((w, i) => (values[i] === null ? 0 : w));
    const total = applicable.reduce((a, b) => a + b, 0) || 1;
    return CRITERIA.map((criterion, i) => {
      const value = values[i] ?? null;
      const weight = (applicable[i] ?? 0) / total;
      return { criterion, value, weight, contribution: value === null ? 0 : value * weight };
    });
  });

describe('scoreGains', () => {
  it('gives the hand-computed gains, largest first', () => {
    const gains = scoreGains(
      [
        { criterion: 'skills', value: 0.5, weight: 0.5, contribution: 0.25 },
        { criterion: 'geography', value: 1, weight: 0.3, contribution: 0.3 },
        { criterion: 'languages', value: null, weight: 0, contribution: 0 },
        { criterion: 'occupation', value: 0.8, weight: 0.2, contribution: 0.16 },
      ],
      0.8,
    );
    expect(gains.map((g) => g.what)).toEqual(['skills', 'penalties', 'occupation']);
    expect(gains[0]!.gain).toBeCloseTo(0.2, 10);
    expect(gains[1]!.gain).toBeCloseTo(0.71 * 0.2, 10);
    expect(gains[2]!.gain).toBeCloseTo(0.032, 10);
  });

  it('never gives a negative gain, and every gain together reaches a perfect score', () => {
    fc.assert(
      fc.property(breakdownArb, fc.double({ min: 0, max: 1, noNaN: true }), (breakdown, penaltyFactor) => {
        const gains = scoreGains(breakdown, penaltyFactor, 0);
        expect(gains.every((g) => g.gain >= 0)).toBe(true);
        const score = breakdown.reduce((s, c) => s + c.contribution, 0) * penaltyFactor;
        const criteriaGains = gains.filter((g) => g.what !== 'penalties').reduce((s, g) => s + g.gain, 0);
        // Every criterion at its best, with the penalties kept: the score becomes the penalty factor.
        if (breakdown.some((c) => c.value !== null))
          expect(score + criteriaGains).toBeCloseTo(penaltyFactor, 9);
      }),
    );
  });

  it('has nothing to gain from a perfect pair', () => {
    expect(scoreGains([{ criterion: 'skills', value: 1, weight: 1, contribution: 1 }], 1)).toEqual([]);
  });
});
