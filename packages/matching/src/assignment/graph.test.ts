import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restrictGraph } from './assign.js';
import { assignmentGraphFromArrays } from './graph.js';
import { offersOfEdges } from './solution.js';

// Edges drawn on up to 40 candidates × 3 offers, repeated pairs and tied scores included, so that an offer's run is
// sometimes longer than the insertion sort's limit.
const arbArrays = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 8 })),
    { maxLength: 150, size: 'max' },
  )
  .map((edges) => ({
    candidateCount: 40,
    positions: [1, 2, 3],
    edgeCandidate: edges.map(([c]) => c),
    edgeOffer: edges.map(([, o]) => o),
    edgeScore: edges.map(([, , s]) => s / 8),
  }));

describe('assignmentGraphFromArrays', () => {
  it("keeps each pair once at its best score above 0, each offer's edges best first (ties: smaller candidate)", () => {
    fc.assert(
      fc.property(arbArrays, (arrays) => {
        const graph = assignmentGraphFromArrays(arrays);
        const best = new Map<string, number>();
        arrays.edgeScore.forEach((s, e) => {
          const key = `${arrays.edgeOffer[e]}:${arrays.edgeCandidate[e]}`;
          if (s > 0) best.set(key, Math.max(best.get(key) ?? 0, s));
        });
        const offerOf = offersOfEdges(graph);
        const kept = new Map<string, number>();
        graph.edgeScore.forEach((s, e) => kept.set(`${offerOf[e]}:${graph.edgeCandidate[e]}`, s));
        expect(kept).toEqual(best);
        expect(kept.size).toBe(graph.edgeScore.length);
        for (let e = 1; e < graph.edgeScore.length; e++) {
          if (offerOf[e] !== offerOf[e - 1]) continue;
          const [a, b] = [graph.edgeScore[e - 1] as number, graph.edgeScore[e] as number];
          expect(
            a > b || (a === b && (graph.edgeCandidate[e - 1] as number) < (graph.edgeCandidate[e] as number)),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('restricted to a minimum score, equals the graph built from the edges at or above it', () => {
    fc.assert(
      fc.property(arbArrays, fc.integer({ min: 0, max: 8 }), (arrays, level) => {
        const minScore = level / 8;
        expect(restrictGraph(assignmentGraphFromArrays(arrays), minScore)).toEqual(
          assignmentGraphFromArrays(arrays, { minScore }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
