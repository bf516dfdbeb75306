import { augment } from './exact-augment.js';
import { reduceRows } from './exact-reduction.js';
import { EMPTY, UNSET, type Workspace } from './exact-workspace.js';
import type { AssignmentGraph } from './graph.js';
import { solutionFromEdges, type AssignmentSolution } from './solution.js';

/**
 * Exact maximum-total-score assignment with capacities: successive shortest augmenting paths (Dijkstra with column
 * prices, as in Jonker–Volgenant's augmentation) on the sparse graph, with each offer position as a row and the
 * candidates as columns. Every row may also stay empty at score 0, through a private "empty" column, so a candidate
 * is never forced into a pair and positions may stay open. Costs are the negated scores.
 *
 * Invariant kept (reduced costs): for every row r and edge (r, c), −score − price[c] − u[r] ≥ 0, with equality on the
 * row's own pair, where u[r] is implied by that pair; prices only decrease, and free candidates keep price 0. The
 * result is therefore optimal (no negative cycle in the residual graph).
 *
 * Exact shortcuts: positions of an offer beyond its number of edges are never rows; once a position of an offer
 * stays empty, its later positions stay empty too (the marginal value of one more identical position cannot grow
 * when rows are added, Shapley 1962), so they are skipped; a search stops as soon as no candidate left in the heap
 * can beat the best way out found (a free candidate, or a row on the way that gives its pair up), and a row's edges,
 * best score first, are scanned only while they could beat it (prices are never positive, so an edge's distance is at
 * least the row's base minus its score).
 */
export function solveExactAssignment(graph: AssignmentGraph): AssignmentSolution {
  const { offerStart } = graph;
  const n = graph.candidateIds.length;
  const m = graph.positions.length;
  const rowsOf = (o: number) =>
    Math.min(graph.positions[o] as number, (offerStart[o + 1] as number) - (offerStart[o] as number));
  let rows = 0;
  for (let o = 0; o < m; o++) rows += rowsOf(o);
  const rowOffer = new Int32Array(rows);
  const rowStart = new Int32Array(m + 1);
  for (let o = 0, r = 0; o < m; o++) {
    for (let p = rowsOf(o); p > 0; p--) rowOffer[r++] = o;
    rowStart[o + 1] = r;
  }
  const w: Workspace = {
    offerStart,
    edgeCandidate: graph.edgeCandidate,
    edgeScore: graph.edgeScore,
    rowOffer,
    rowEdge: new Int32Array(rows).fill(UNSET),
    colRow: new Int32Array(n).fill(UNSET),
    price: new Float64Array(n),
    dist: new Float64Array(n),
    predRow: new Int32Array(n),
    predEdge: new Int32Array(n),
    seen: new Int32Array(n).fill(-1),
    settled: new Int32Array(n).fill(-1),
    offerStamp: new Int32Array(m).fill(-1),
    scanned: new Int32Array(n),
    heap: new Int32Array(n),
    heapAt: new Int32Array(n),
    search: 0,
  };
  const offerEmpty = new Uint8Array(m);
  reduceRows(w, rowStart, offerEmpty);
  for (let r = 0; r < rows; r++) {
    if (w.rowEdge[r] !== UNSET) continue;
    const o = rowOffer[r] as number;
    if (offerEmpty[o] === 1) w.rowEdge[r] = EMPTY;
    else if (!augment(w, r)) offerEmpty[o] = 1;
  }
  const edgeOfCandidate = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    const r = w.colRow[c] as number;
    if (r >= 0) edgeOfCandidate[c] = w.rowEdge[r] as number;
  }
  return solutionFromEdges(graph, edgeOfCandidate);
}
