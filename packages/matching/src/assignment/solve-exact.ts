import type { AssignmentGraph } from './graph.js';
import { MinHeap } from './min-heap.js';
import { solutionFromEdges, type AssignmentSolution } from './solution.js';

/** A position left empty: cheaper than every pair it could take, once prices are counted. */
const EMPTY = -2;
const UNSET = -1;

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
 * when rows are added, Shapley 1962), so they are skipped; and a row's edges, best score first, are relaxed lazily:
 * prices are never positive, so an edge's distance is at least the row's base minus its score, and the row enters
 * the heap as a stream keyed by that bound, releasing an edge only when no closer candidate is left.
 */
export function solveExactAssignment(graph: AssignmentGraph): AssignmentSolution {
  return new ShortestAugmentingPath(graph).solve();
}

class ShortestAugmentingPath {
  readonly #graph: AssignmentGraph;
  readonly #rowOffer: Int32Array;
  readonly #rowEdge: Int32Array;
  readonly #colRow: Int32Array;
  readonly #price: Float64Array;
  readonly #dist: Float64Array;
  readonly #predRow: Int32Array;
  readonly #predEdge: Int32Array;
  // Per search (stamped with its number, so nothing is reset between searches).
  readonly #seen: Int32Array;
  readonly #final: Int32Array;
  readonly #offerStamp: Int32Array;
  readonly #offerBase: Float64Array;
  readonly #scanned: Int32Array;
  // Rows whose edges are being released: heap values −1 − stream.
  readonly #streamRow: Int32Array;
  readonly #streamBase: Float64Array;
  readonly #streamNext: Int32Array;
  readonly #heap = new MinHeap(1024);
  #streams = 0;
  #search = 0;
  #scannedCount = 0;
  #bestEmpty = 0;
  #bestEmptyRow = 0;

  constructor(graph: AssignmentGraph) {
    this.#graph = graph;
    const n = graph.candidateIds.length;
    const m = graph.positions.length;
    let rows = 0;
    for (let o = 0; o < m; o++) rows += this.#rowsOf(o);
    this.#rowOffer = new Int32Array(rows);
    for (let o = 0, r = 0; o < m; o++) for (let p = this.#rowsOf(o); p > 0; p--) this.#rowOffer[r++] = o;
    this.#rowEdge = new Int32Array(rows).fill(UNSET);
    this.#colRow = new Int32Array(n).fill(UNSET);
    this.#price = new Float64Array(n);
    this.#dist = new Float64Array(n);
    this.#predRow = new Int32Array(n);
    this.#predEdge = new Int32Array(n);
    this.#seen = new Int32Array(n).fill(-1);
    this.#final = new Int32Array(n).fill(-1);
    this.#offerStamp = new Int32Array(m).fill(-1);
    this.#offerBase = new Float64Array(m);
    this.#scanned = new Int32Array(n);
    this.#streamRow = new Int32Array(Math.min(n, rows) + 1);
    this.#streamBase = new Float64Array(Math.min(n, rows) + 1);
    this.#streamNext = new Int32Array(Math.min(n, rows) + 1);
  }

  #rowsOf(o: number): number {
    const g = this.#graph;
    return Math.min(g.positions[o] as number, (g.offerStart[o + 1] as number) - (g.offerStart[o] as number));
  }

  solve(): AssignmentSolution {
    const rowOffer = this.#rowOffer;
    for (let r = 0; r < rowOffer.length;) {
      const o = rowOffer[r] as number;
      if (this.#augment(r)) {
        r++;
        continue;
      }
      while (r < rowOffer.length && rowOffer[r] === o) r++;
    }
    const edgeOfCandidate = new Int32Array(this.#colRow.length).fill(-1);
    for (let c = 0; c < edgeOfCandidate.length; c++) {
      const r = this.#colRow[c] as number;
      if (r >= 0) edgeOfCandidate[c] = this.#rowEdge[r] as number;
    }
    return solutionFromEdges(this.#graph, edgeOfCandidate);
  }

  /** Finds a shortest augmenting path from a new row and applies it; false when the row stays empty. */
  #augment(root: number): boolean {
    this.#search++;
    this.#scannedCount = 0;
    this.#streams = 0;
    this.#bestEmpty = 0;
    this.#bestEmptyRow = root;
    this.#heap.clear();
    const direct = this.#directPair(root);
    if (direct >= 0) {
      // The root's best pair is with a free candidate: the shortest path has one edge and no price changes.
      this.#assignPath(direct, root);
      return true;
    }
    this.#openRow(root, 0);
    const terminal = this.#dijkstra();
    this.#reprice(terminal >= 0 ? (this.#dist[terminal] as number) : this.#bestEmpty);
    if (terminal >= 0) {
      this.#assignPath(terminal, root);
      return true;
    }
    const emptied = this.#bestEmptyRow;
    if (emptied === root) {
      this.#rowEdge[root] = EMPTY;
      return false;
    }
    // A row on the path gives its candidate up and stays empty; the path ends at that candidate.
    const freed = this.#graph.edgeCandidate[this.#rowEdge[emptied] as number] as number;
    this.#rowEdge[emptied] = EMPTY;
    this.#colRow[freed] = UNSET;
    this.#assignPath(freed, root);
    return true;
  }

  // The root's closest candidate when it is free, else −1. Edges are best first and prices never positive, so an
  // edge's distance is at least −score and the scan stops once that bound reaches the best distance found.
  #directPair(root: number): number {
    const g = this.#graph;
    const o = this.#rowOffer[root] as number;
    const first = g.offerStart[o] as number;
    const end = g.offerStart[o + 1] as number;
    let best = -1;
    let bestEdge = -1;
    let bestDist = 0;
    for (let e = first; e < end; e++) {
      const s = g.edgeScore[e] as number;
      if (-s >= bestDist) break;
      const c = g.edgeCandidate[e] as number;
      const nd = -s - (this.#price[c] as number);
      if (nd < bestDist) {
        bestDist = nd;
        best = c;
        bestEdge = e;
      }
    }
    if (best < 0 || this.#colRow[best] !== UNSET) return -1;
    this.#predRow[best] = root;
    this.#predEdge[best] = bestEdge;
    return best;
  }

  // Settles candidates by distance until a free one, or until the best empty position is no farther; returns the
  // free candidate ending the path, or −1 when the path ends at an empty position.
  #dijkstra(): number {
    const heap = this.#heap;
    const search = this.#search;
    while (heap.size > 0) {
      const key = heap.topKey;
      if (key >= this.#bestEmpty) return -1;
      const value = heap.topValue;
      heap.pop();
      if (value < 0) {
        this.#release(-1 - value);
        continue;
      }
      const c = value;
      if (this.#final[c] === search || key > (this.#dist[c] as number)) continue;
      this.#final[c] = search;
      this.#scanned[this.#scannedCount++] = c;
      const r = this.#colRow[c] as number;
      if (r === UNSET) return c;
      const u = -(this.#graph.edgeScore[this.#rowEdge[r] as number] as number) - (this.#price[c] as number);
      this.#openRow(r, key - u);
    }
    return -1;
  }

  // A row reached at `base` (its distance minus its implied u): its empty position, then its edges as a stream.
  #openRow(r: number, base: number): void {
    const g = this.#graph;
    const o = this.#rowOffer[r] as number;
    // Another position of the same offer, reached for less, already offers the same edges for less.
    if (this.#offerStamp[o] === this.#search && (this.#offerBase[o] as number) <= base) return;
    this.#offerStamp[o] = this.#search;
    this.#offerBase[o] = base;
    if (base < this.#bestEmpty) {
      this.#bestEmpty = base;
      this.#bestEmptyRow = r;
    }
    const first = g.offerStart[o] as number;
    if (first === (g.offerStart[o + 1] as number)) return;
    const stream = this.#streams++;
    this.#streamRow[stream] = r;
    this.#streamBase[stream] = base;
    this.#streamNext[stream] = first;
    this.#heap.push(base - (g.edgeScore[first] as number), -1 - stream);
  }

  // Relaxes a stream's next edge and puts the stream back, keyed by the bound of the edge after.
  #release(stream: number): void {
    const g = this.#graph;
    const e = this.#streamNext[stream] as number;
    const r = this.#streamRow[stream] as number;
    const base = this.#streamBase[stream] as number;
    const c = g.edgeCandidate[e] as number;
    if (this.#final[c] !== this.#search) {
      const nd = base - (g.edgeScore[e] as number) - (this.#price[c] as number);
      if (this.#seen[c] !== this.#search || nd < (this.#dist[c] as number)) {
        this.#seen[c] = this.#search;
        this.#dist[c] = nd;
        this.#predRow[c] = r;
        this.#predEdge[c] = e;
        this.#heap.push(nd, c);
      }
    }
    const next = e + 1;
    if (next === (g.offerStart[(this.#rowOffer[r] as number) + 1] as number)) return;
    const bound = base - (g.edgeScore[next] as number);
    if (bound >= this.#bestEmpty) return;
    this.#streamNext[stream] = next;
    this.#heap.push(bound, -1 - stream);
  }

  // Candidates settled closer than the path's length get cheaper, which keeps every reduced cost non-negative.
  #reprice(delta: number): void {
    for (let i = 0; i < this.#scannedCount; i++) {
      const c = this.#scanned[i] as number;
      this.#price[c]! += (this.#dist[c] as number) - delta;
    }
  }

  // Walks the path back from its last candidate to the root, shifting each row to the candidate it reached.
  #assignPath(last: number, root: number): void {
    let c = last;
    for (;;) {
      const r = this.#predRow[c] as number;
      const previous = this.#rowEdge[r] as number;
      this.#rowEdge[r] = this.#predEdge[c] as number;
      this.#colRow[c] = r;
      if (r === root) return;
      c = this.#graph.edgeCandidate[previous] as number;
    }
  }
}
