import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { congestionAwareLists } from './congestion.js';
import { offerIdRanks, summarizeLists, summarizeNumberedLists, topLists } from './lists-summary.js';
import { transportPlan } from './sinkhorn.js';
import { candidateEdges } from './transport-setup.js';
import { assignmentGraphFromArrays } from './graph.js';
import { arbGraph } from './instances.test-support.js';

describe('topLists', () => {
  it('keeps the k best items per list, by decreasing value, ties by offer id', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 8 }), { maxLength: 6 }),
        fc.shuffledSubarray(['b', 'a10', 'a2', 'c', 'a', 'ab', 'B', 'é'], { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        (values, ids, k) => {
          // Item j of list c: offer (c + j) mod 8 (each offer once per list), value values[c][j] (few levels: ties).
          const start = new Int32Array(values.length + 1);
          values.forEach((list, c) => (start[c + 1] = (start[c] as number) + list.length));
          const offer = Int32Array.from(values.flatMap((list, c) => list.map((_, j) => (c + j) % 8)));
          const value = Float64Array.from(values.flat());
          const top = topLists(start, offer, value, offerIdRanks(ids), k);
          values.forEach((list, c) => {
            const expected = list
              .map((_, j) => (start[c] as number) + j)
              .sort(
                (a, b) =>
                  (value[b] as number) - (value[a] as number) ||
                  ((ids[offer[a] as number] as string) < (ids[offer[b] as number] as string) ? -1 : 1),
              )
              .slice(0, k);
            expect(Array.from(top.item.subarray(top.start[c], top.start[c + 1]))).toEqual(expected);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('summaries', () => {
  it('match hand-computed values', () => {
    const graph = assignmentGraphFromArrays({
      candidateCount: 3,
      positions: [1, 2],
      edgeCandidate: [0, 1, 0],
      edgeOffer: [0, 0, 1],
      edgeScore: [0.8, 0.4, 0.6],
    });
    const summary = summarizeLists(graph, [
      [
        { offerId: 'o0', score: 0.8 },
        { offerId: 'o1', score: 0.6 },
      ],
      [{ offerId: 'o0', score: 0.4 }],
      [],
    ]);
    // Mean score over the two lists: (0.7 + 0.4) / 2. Exposure per position: o0 (1 + 1) / 1 = 2, o1 (1 / log2 3) / 2.
    expect(summary.meanScore).toBeCloseTo(0.55, 12);
    expect(summary.coverage).toBe(1);
    const o1 = 1 / Math.log2(3) / 2;
    expect(summary.exposureGini).toBeCloseTo((2 - o1) / (2 * (2 + o1)), 12);
    // Listings per position: o0 2 / 1, o1 1 / 2.
    expect(summary.listingsPerPosition).toEqual({ mean: 1.25, p90: 2, max: 2 });
  });

  it('by number equal those by id, an unknown offer id counting for the score only', () => {
    fc.assert(
      fc.property(arbGraph(8, 5, 0.7), fc.integer({ min: 1, max: 4 }), (graph, k) => {
        const { start, offer } = candidateEdges(graph);
        const value = Float64Array.from(offer, (o, i) => ((o * 7 + i * 3) % 5) / 5);
        const top = topLists(start, offer, value, offerIdRanks(graph.offerIds), k);
        // Every fourth edge names an offer the graph does not have.
        const numbered = { ...top, offer: offer.map((o, i) => (i % 4 === 3 ? -1 : o)), score: value };
        const byId = graph.candidateIds.map((_, c) =>
          Array.from(top.item.subarray(top.start[c], top.start[c + 1]), (i) => ({
            offerId: numbered.offer[i] === -1 ? 'absent' : (graph.offerIds[offer[i] as number] as string),
            score: value[i] as number,
          })),
        );
        expect(summarizeNumberedLists(graph, numbered)).toEqual(summarizeLists(graph, byId));
      }),
      { numRuns: 200 },
    );
  });
});

describe('congestionAwareLists', () => {
  it("ranks each candidate's offers by (1 − λ)·score + λ·plan share, ties by offer id, and reports both sides", () => {
    fc.assert(
      fc.property(
        arbGraph(8, 5, 0.7, { levels: 4 }),
        fc.constantFrom(0, 0.3, 1),
        fc.integer({ min: 1, max: 4 }),
        (graph, congestionWeight, k) => {
          const result = congestionAwareLists(graph, { k, congestionWeight });
          const plan = transportPlan(graph);
          const { start, edge } = candidateEdges(graph);
          const rows = graph.candidateIds.map((_, c) => {
            const edges = Array.from(edge.subarray(start[c], start[c + 1]));
            const largest = Math.max(0, ...edges.map((e) => plan.mass[e] as number));
            return edges.map((e) => {
              const score = graph.edgeScore[e] as number;
              const planShare = largest > 0 ? (plan.mass[e] as number) / largest : 0;
              const offerId = graph.offerIds.find(
                (_, o) => e >= (graph.offerStart[o] as number) && e < (graph.offerStart[o + 1] as number),
              ) as string;
              return {
                offerId,
                score,
                planShare,
                rankValue: (1 - congestionWeight) * score + congestionWeight * planShare,
              };
            });
          });
          const best = <T extends { offerId: string }>(items: T[], by: (x: T) => number) =>
            [...items].sort((a, b) => by(b) - by(a) || (a.offerId < b.offerId ? -1 : 1)).slice(0, k);
          expect(result.lists).toEqual(rows.map((items) => best(items, (x) => x.rankValue)));
          expect(result.report.before).toEqual(
            summarizeLists(
              graph,
              rows.map((items) => best(items, (x) => x.score)),
            ),
          );
          expect(result.report.after).toEqual(summarizeLists(graph, result.lists));
        },
      ),
      { numRuns: 150 },
    );
  });
});
