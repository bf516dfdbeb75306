import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveExactAssignment } from './solve-exact.js';
import { arbGraph, bruteForceOptimum, checkFeasible, munkresOptimum } from './instances.test-support.js';

describe('solveExactAssignment', () => {
  it('reaches the munkres optimum on small dense instances (positions expanded into rows)', () => {
    fc.assert(
      fc.property(arbGraph(9, 6, 0.8), (graph) => {
        const solution = solveExactAssignment(graph);
        checkFeasible(graph, solution);
        expect(solution.totalScore).toBeCloseTo(munkresOptimum(graph), 9);
      }),
      { numRuns: 400 },
    );
  });

  it('reaches the brute-force optimum on tiny sparse instances', () => {
    fc.assert(
      fc.property(arbGraph(5, 4, 0.5), (graph) => {
        const solution = solveExactAssignment(graph);
        checkFeasible(graph, solution);
        expect(solution.totalScore).toBeCloseTo(bruteForceOptimum(graph), 9);
      }),
      { numRuns: 400 },
    );
  });

  it('reaches the munkres optimum when offers have many positions and scores tie often', () => {
    // Offer-level bids raise the level of every position of an offer at once, and ties that would displace a
    // position are left to the augmentations: both paths run here, with few score levels and up to 6 positions.
    fc.assert(
      fc.property(arbGraph(12, 5, 0.8, { maxPositions: 6, levels: 4 }), (graph) => {
        const solution = solveExactAssignment(graph);
        checkFeasible(graph, solution);
        expect(solution.totalScore).toBeCloseTo(munkresOptimum(graph), 9);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the munkres optimum on larger sparse instances, where most rows need an augmenting path', () => {
    fc.assert(
      fc.property(arbGraph(30, 10, 0.35, { maxPositions: 4 }), (graph) => {
        const solution = solveExactAssignment(graph);
        checkFeasible(graph, solution);
        expect(solution.totalScore).toBeCloseTo(munkresOptimum(graph), 9);
      }),
      { numRuns: 60 },
    );
  });

  it('reaches the munkres optimum with scores of many digits and offers of up to 12 positions', () => {
    // Positions of one offer share their implied u, so a search expands each offer once: rounding in the bases of
    // its other positions must not matter.
    fc.assert(
      fc.property(arbGraph(16, 4, 0.8, { maxPositions: 12, levels: 999_983 }), (graph) => {
        const solution = solveExactAssignment(graph);
        checkFeasible(graph, solution);
        expect(solution.totalScore).toBeCloseTo(munkresOptimum(graph), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('the oracles agree with each other (so that either can fail)', () => {
    fc.assert(
      fc.property(arbGraph(5, 4, 0.7), (graph) => {
        expect(munkresOptimum(graph)).toBeCloseTo(bruteForceOptimum(graph), 9);
      }),
      { numRuns: 200 },
    );
  });
});
