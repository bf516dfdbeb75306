import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveStableAssignment } from './deferred-acceptance.js';
import { assignmentGraphFromArrays, type AssignmentGraph } from './graph.js';
import { solveGreedyAssignment } from './greedy.js';
import type { PairPreference } from './preferences.js';
import { solveExactAssignment } from './solve-exact.js';
import { offersOfEdges, type AssignmentSolution } from './solution.js';
import { arbGraph, checkFeasible } from './instances.test-support.js';

/** Every blocking pair: an edge whose candidate and offer would both rather be together. */
function blockingPairs(
  graph: AssignmentGraph,
  solution: AssignmentSolution,
  candidatePreference: PairPreference,
  offerPreference: PairPreference,
): number[] {
  const offerOfEdge = offersOfEdges(graph);
  const edgeOf = new Map<string, number>();
  offerOfEdge.forEach((o, e) => edgeOf.set(`${graph.edgeCandidate[e]}:${o}`, e));
  const pref = (f: PairPreference, c: number, o: number) =>
    f(c, o, graph.edgeScore[edgeOf.get(`${c}:${o}`) as number] as number);
  const held = graph.offerIds.map(() => [] as number[]);
  solution.offerOfCandidate.forEach((o, c) => {
    if (o >= 0) (held[o] as number[]).push(c);
  });
  const blocking: number[] = [];
  offerOfEdge.forEach((o, e) => {
    const c = graph.edgeCandidate[e] as number;
    const mine = solution.offerOfCandidate[c] as number;
    if (mine === o) return;
    const candidateWants =
      mine < 0 ||
      pref(candidatePreference, c, o) > pref(candidatePreference, c, mine) ||
      (pref(candidatePreference, c, o) === pref(candidatePreference, c, mine) && o < mine);
    if (!candidateWants) return;
    const list = held[o] as number[];
    const offerWants =
      list.length < (graph.positions[o] as number) ||
      list.some(
        (h) =>
          pref(offerPreference, h, o) < pref(offerPreference, c, o) ||
          (pref(offerPreference, h, o) === pref(offerPreference, c, o) && h > c),
      );
    if (offerWants) blocking.push(e);
  });
  return blocking;
}

// Preferences drawn per pair, with ties (few distinct values) so that tie-breaking is exercised.
const arbPreference = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 97, maxLength: 97 }).map(
  (table): PairPreference =>
    (c, o) =>
      table[(c * 13 + o * 7) % 97] as number,
);

/** Greedy by the book: every edge sorted by decreasing score, ties by offer then candidate, taken while both sides can. */
function greedyBySort(graph: AssignmentGraph): Int32Array {
  const offerOf = offersOfEdges(graph);
  const order = Array.from(graph.edgeScore, (_, e) => e).sort(
    (a, b) =>
      (graph.edgeScore[b] as number) - (graph.edgeScore[a] as number) ||
      (offerOf[a] as number) - (offerOf[b] as number) ||
      (graph.edgeCandidate[a] as number) - (graph.edgeCandidate[b] as number),
  );
  const left = Int32Array.from(graph.positions);
  const offerOfCandidate = new Int32Array(graph.candidateIds.length).fill(-1);
  for (const e of order) {
    const c = graph.edgeCandidate[e] as number;
    const o = offerOf[e] as number;
    if (offerOfCandidate[c] !== -1 || (left[o] as number) === 0) continue;
    offerOfCandidate[c] = o;
    left[o]!--;
  }
  return offerOfCandidate;
}

describe('greedy assignment', () => {
  it('makes the pairs of a sort of every edge (ties by offer, then candidate), ties being frequent', () => {
    fc.assert(
      fc.property(arbGraph(12, 6, 0.7, { maxPositions: 4, levels: 5 }), (graph) => {
        expect(Array.from(solveGreedyAssignment(graph).offerOfCandidate)).toEqual(
          Array.from(greedyBySort(graph)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('is feasible, never beats the exact solver and reaches at least half of it', () => {
    fc.assert(
      fc.property(arbGraph(9, 6, 0.7), (graph) => {
        const greedy = solveGreedyAssignment(graph);
        checkFeasible(graph, greedy);
        const exact = solveExactAssignment(graph).totalScore;
        expect(greedy.totalScore).toBeLessThanOrEqual(exact + 1e-9);
        expect(greedy.totalScore).toBeGreaterThanOrEqual(exact / 2 - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the best pair first where the exact solver gives it up for the total', () => {
    // a: o0 0.9, o1 0.8; b: o0 0.85 only. Greedy: a–o0 (0.9). Exact: a–o1, b–o0 (1.65).
    const graph = assignmentGraphFromArrays({
      candidateCount: 2,
      positions: [1, 1],
      edgeCandidate: [0, 0, 1],
      edgeOffer: [0, 1, 0],
      edgeScore: [0.9, 0.8, 0.85],
    });
    expect(Array.from(solveGreedyAssignment(graph).offerOfCandidate)).toEqual([0, -1]);
    expect(Array.from(solveExactAssignment(graph).offerOfCandidate)).toEqual([1, 0]);
    expect(solveExactAssignment(graph).totalScore).toBeCloseTo(1.65, 12);
  });
});

describe('deferred acceptance', () => {
  it('leaves no blocking pair, whichever side proposes and however each side ranks', () => {
    fc.assert(
      fc.property(
        arbGraph(9, 6, 0.7),
        arbPreference,
        arbPreference,
        fc.constantFrom('candidates' as const, 'offers' as const),
        (graph, candidatePreference, offerPreference, proposing) => {
          const stable = solveStableAssignment(graph, { candidatePreference, offerPreference, proposing });
          checkFeasible(graph, stable);
          expect(blockingPairs(graph, stable, candidatePreference, offerPreference)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives every candidate an offer at least as good when candidates propose as when offers do', () => {
    fc.assert(
      fc.property(
        arbGraph(8, 5, 0.7),
        arbPreference,
        arbPreference,
        (graph, candidatePreference, offerPreference) => {
          const byCandidates = solveStableAssignment(graph, { candidatePreference, offerPreference });
          const byOffers = solveStableAssignment(graph, {
            candidatePreference,
            offerPreference,
            proposing: 'offers',
          });
          const value = (solution: AssignmentSolution, c: number) => {
            const o = solution.offerOfCandidate[c] as number;
            return o < 0 ? -Infinity : candidatePreference(c, o, 0);
          };
          graph.candidateIds.forEach((_, c) =>
            expect(value(byCandidates, c)).toBeGreaterThanOrEqual(value(byOffers, c)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the blocking-pair check finds the blocking pair of an unstable matching', () => {
    const graph = assignmentGraphFromArrays({
      candidateCount: 2,
      positions: [1, 1],
      edgeCandidate: [0, 0, 1],
      edgeOffer: [0, 1, 0],
      edgeScore: [0.9, 0.8, 0.85],
    });
    // The exact optimum puts a on o1 although a and o0 prefer each other: it is not stable.
    const score: PairPreference = (_c, _o, s) => s;
    expect(blockingPairs(graph, solveExactAssignment(graph), score, score)).toHaveLength(1);
    expect(Array.from(solveStableAssignment(graph).offerOfCandidate)).toEqual([0, -1]);
  });

  it("follows each side's own ranking: candidates by commute, employers by skills", () => {
    // Two candidates, two single-position offers. Candidates both prefer o1 (closer); o1 prefers b (skills).
    const graph = assignmentGraphFromArrays({
      candidateCount: 2,
      positions: [1, 1],
      edgeCandidate: [0, 1, 0, 1],
      edgeOffer: [0, 0, 1, 1],
      edgeScore: [0.5, 0.5, 0.5, 0.5],
    });
    const commute: PairPreference = (_c, o) => (o === 1 ? 1 : 0);
    const skills: PairPreference = (c) => (c === 1 ? 1 : 0);
    const stable = solveStableAssignment(graph, { candidatePreference: commute, offerPreference: skills });
    expect(Array.from(stable.offerOfCandidate)).toEqual([0, 1]);
  });
});
