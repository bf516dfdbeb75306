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

  it('the oracles agree with each other (so that either can fail)', () => {
    fc.assert(
      fc.property(arbGraph(5, 4, 0.7), (graph) => {
        expect(munkresOptimum(graph)).toBeCloseTo(bruteForceOptimum(graph), 9);
      }),
      { numRuns: 200 },
    );
  });
});
