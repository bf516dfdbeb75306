import type { RankedMatch } from '@passerelle/matching';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyView, distanceOf, pageWithin } from './match-view.js';

const matchArb = (rank: number) =>
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      km: fc.option(fc.double({ min: 0, max: 80, noNaN: true }), { nil: undefined }),
    })
    .map(({ id, score, km }): RankedMatch => ({
      id: `${id}-${rank}`,
      rank,
      score,
      reasons:
        km === undefined
          ? []
          : [
              {
                code: 'commute_distance',
                criterion: 'geography',
                effect: 'neutral',
                params: { km },
                message: { fr: '', en: '' },
              },
            ],
    }));

const matchesArb = fc
  .integer({ min: 0, max: 30 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => matchArb(i + 1))));
const viewArb = fc.record({
  minScore: fc.double({ min: 0, max: 1, noNaN: true }),
  maxDistance: fc.option(fc.double({ min: 0, max: 80, noNaN: true }), { nil: null }),
  sort: fc.constantFrom('score' as const, 'distance' as const, 'id' as const),
});

describe('applyView', () => {
  it('keeps exactly the matches at or above the minimum score and within the distance, sorted, input untouched', () => {
    fc.assert(
      fc.property(matchesArb, viewArb, (matches, view) => {
        const before = matches.map((m) => m.id);
        const shown = applyView(matches, view);
        expect(matches.map((m) => m.id)).toEqual(before);
        const expected = matches.filter((m) => {
          const km = distanceOf(m);
          return (
            m.score >= view.minScore &&
            (view.maxDistance === null || (km !== undefined && km <= view.maxDistance))
          );
        });
        expect(new Set(shown.map((m) => m.id))).toEqual(new Set(expected.map((m) => m.id)));
        for (let i = 1; i < shown.length; i += 1) {
          const [a, b] = [shown[i - 1]!, shown[i]!];
          if (view.sort === 'score') expect(a.rank).toBeLessThan(b.rank);
          if (view.sort === 'id') expect(a.id <= b.id).toBe(true);
          if (view.sort === 'distance')
            expect(distanceOf(a) ?? Infinity).toBeLessThanOrEqual(distanceOf(b) ?? Infinity);
        }
      }),
    );
  });
});

describe('pageWithin', () => {
  it('keeps the page between 1 and the page count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 50 }),
        fc.nat(500),
        fc.integer({ min: 1, max: 50 }),
        (page, total, size) => {
          const result = pageWithin(page, total, size);
          expect(result.pages).toBe(Math.max(1, Math.ceil(total / size)));
          expect(result.page).toBeGreaterThanOrEqual(1);
          expect(result.page).toBeLessThanOrEqual(result.pages);
        },
      ),
    );
    expect(pageWithin(3, 45, 20)).toEqual({ page: 3, pages: 3 });
    expect(pageWithin(9, 45, 20)).toEqual({ page: 3, pages: 3 });
    expect(pageWithin(Number.NaN, 0, 20)).toEqual({ page: 1, pages: 1 });
  });
});
