// Random instances and independent oracles shared by the assignment tests (never exported from the package).
import fc from 'fast-check';
import munkres from 'munkres';
import { assignmentGraphFromArrays, type AssignmentGraph } from './graph.js';
import type { AssignmentSolution } from './solution.js';

/** Shape of the random instances beyond their size. */
export interface InstanceShape {
  /** Most positions of an offer (default 3; 0 is drawn too). */
  readonly maxPositions?: number;
  /** Scores are multiples of 1 / levels (default 100): few levels make many ties. */
  readonly levels?: number;
}

/** A small instance: up to `maxCandidates` × `maxOffers`, 0–3 positions per offer, scores in hundredths. */
export function arbGraph(
  maxCandidates = 8,
  maxOffers = 5,
  density = 0.6,
  { maxPositions = 3, levels = 100 }: InstanceShape = {},
): fc.Arbitrary<AssignmentGraph> {
  return fc
    .record({
      n: fc.integer({ min: 0, max: maxCandidates }),
      m: fc.integer({ min: 0, max: maxOffers }),
      seed: fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: levels })),
        {
          minLength: maxCandidates * maxOffers,
          maxLength: maxCandidates * maxOffers,
        },
      ),
      positions: fc.array(fc.integer({ min: 0, max: maxPositions }), {
        minLength: maxOffers,
        maxLength: maxOffers,
      }),
    })
    .map(({ n, m, seed, positions }) => {
      const edgeCandidate: number[] = [];
      const edgeOffer: number[] = [];
      const edgeScore: number[] = [];
      for (let c = 0; c < n; c++) {
        for (let o = 0; o < m; o++) {
          const [draw, score] = seed[c * maxOffers + o] as [number, number];
          if (draw >= density) continue;
          edgeCandidate.push(c);
          edgeOffer.push(o);
          edgeScore.push(score / levels);
        }
      }
      return assignmentGraphFromArrays({
        candidateCount: n,
        positions: positions.slice(0, m),
        edgeCandidate,
        edgeOffer,
        edgeScore,
      });
    });
}

/** The graph as a dense score matrix, candidates × offers (0 where no edge). */
export function denseScores(graph: AssignmentGraph): number[][] {
  const rows = graph.candidateIds.map(() => new Array<number>(graph.offerIds.length).fill(0));
  for (let o = 0; o < graph.offerIds.length; o++) {
    for (let e = graph.offerStart[o] as number; e < (graph.offerStart[o + 1] as number); e++) {
      (rows[graph.edgeCandidate[e] as number] as number[])[o] = graph.edgeScore[e] as number;
    }
  }
  return rows;
}

/** Optimum by the munkres package: positions expanded into rows, a missing edge costs 0 (as staying empty). */
export function munkresOptimum(graph: AssignmentGraph): number {
  const dense = denseScores(graph);
  const rows: number[][] = [];
  graph.positions.forEach((count, o) => {
    for (let p = 0; p < count; p++) rows.push(dense.map((scores) => -(scores[o] as number)));
  });
  if (rows.length === 0 || dense.length === 0) return 0;
  return munkres(rows).reduce((sum, [r, c]) => sum - ((rows[r] as number[])[c] as number), 0);
}

/** Optimum by trying every choice of every candidate (tiny instances only). */
export function bruteForceOptimum(graph: AssignmentGraph): number {
  const dense = denseScores(graph);
  const left = Array.from(graph.positions);
  const visit = (c: number): number => {
    if (c === dense.length) return 0;
    let best = visit(c + 1);
    (dense[c] as number[]).forEach((score, o) => {
      if (score <= 0 || (left[o] as number) === 0) return;
      left[o]!--;
      best = Math.max(best, score + visit(c + 1));
      left[o]!++;
    });
    return best;
  };
  return visit(0);
}

/** Throws unless the solution uses only edges, respects positions and adds its scores up right. */
export function checkFeasible(graph: AssignmentGraph, solution: AssignmentSolution): void {
  const dense = denseScores(graph);
  const used = new Int32Array(graph.offerIds.length);
  let total = 0;
  let assigned = 0;
  solution.offerOfCandidate.forEach((o, c) => {
    if (o < 0) return;
    const score = (dense[c] as number[])[o] as number;
    if (!(score > 0)) throw new Error(`candidate ${c} assigned to offer ${o} without an edge`);
    if (score !== solution.scoreOfCandidate[c]) throw new Error(`candidate ${c}: wrong score`);
    used[o]!++;
    total += score;
    assigned++;
  });
  used.forEach((count, o) => {
    if (count > (graph.positions[o] as number)) throw new Error(`offer ${o} over its positions`);
  });
  if (Math.abs(total - solution.totalScore) > 1e-9) throw new Error('totalScore is not the sum of the pairs');
  if (assigned !== solution.assigned) throw new Error('assigned is not the number of pairs');
}
