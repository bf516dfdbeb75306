import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAuctionAssignment } from './solve-auction.js';
import { solveExactAssignment } from './solve-exact.js';
import { arbGraph, checkFeasible } from './instances.test-support.js';

/** Feasible, never above the exact optimum, and at most its guaranteed gap below it (itself within the gap asked). */
function withinBound(graph: Parameters<typeof solveAuctionAssignment>[0], relativeGap: number): void {
  const auction = solveAuctionAssignment(graph, { relativeGap });
  checkFeasible(graph, auction);
  const exact = solveExactAssignment(graph).totalScore;
  expect(auction.totalScore).toBeLessThanOrEqual(exact + 1e-9);
  expect(auction.totalScore).toBeGreaterThanOrEqual(exact - auction.gapBound - 1e-9);
  expect(auction.gapBound).toBeLessThanOrEqual(relativeGap * exact + 1e-9);
}

describe('solveAuctionAssignment', () => {
  it('is feasible and within its guaranteed bound of the exact optimum, never above it', () => {
    fc.assert(
      fc.property(arbGraph(9, 6, 0.8), fc.constantFrom(0.001, 0.05, 0.3), (graph, relativeGap) => {
        withinBound(graph, relativeGap);
      }),
      { numRuns: 400 },
    );
  });

  it('stays within its bound when offers have many positions and scores tie often (offers bid as one)', () => {
    fc.assert(
      fc.property(
        arbGraph(14, 5, 0.8, { maxPositions: 6, levels: 5 }),
        fc.constantFrom(0.001, 0.05, 0.3),
        (graph, relativeGap) => {
          withinBound(graph, relativeGap);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rejects a gap outside (0, 1)', () => {
    fc.assert(
      fc.property(arbGraph(3, 2), fc.constantFrom(0, 1, -0.1, Number.NaN), (graph, relativeGap) => {
        expect(() => solveAuctionAssignment(graph, { relativeGap })).toThrow(RangeError);
      }),
      { numRuns: 20 },
    );
  });
});
