import type { AssignmentGraph } from './graph.js';
import { solutionFromEdges, type AssignmentSolution } from './solution.js';

/** A position left empty: cheaper than every pair it could take, once prices are counted. */
const EMPTY = -2;
const UNSET = -1;

/** The solver's state: rows are offer positions, columns candidates, all on typed arrays. */
interface Workspace {
  readonly offerStart: Int32Array;
  readonly edgeCandidate: Int32Array;
  readonly edgeScore: Float64Array;
  readonly rowOffer: Int32Array;
  /** Each row's edge (its pair), UNSET while free, EMPTY once it stays empty. */
  readonly rowEdge: Int32Array;
  readonly colRow: Int32Array;
  /** Candidates' prices (never positive; 0 while free). */
  readonly price: Float64Array;
  readonly dist: Float64Array;
  readonly predRow: Int32Array;
  readonly predEdge: Int32Array;
  /** Per search, stamped with its number so that nothing is reset between searches. */
  readonly seen: Int32Array;
  readonly settled: Int32Array;
  readonly offerStamp: Int32Array;
  readonly offerBase: Float64Array;
  readonly scanned: Int32Array;
  /** Binary heap of candidates keyed by `dist`, with each candidate's place in it (decrease-key). */
  readonly heap: Int32Array;
  readonly heapAt: Int32Array;
  search: number;
}

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
    offerBase: new Float64Array(m),
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

// Augmenting row reduction (Jonker–Volgenant), by offer: auction-like bids at exact prices assign many rows cheaply
// before the augmentations finish the job. All positions of an offer stand at one level (their common implied u):
// a free position bids for the offer's closest candidate it does not hold yet, and the offer's level rises to its
// second-closest (the empty position counting as one at 0): that candidate and those the offer holds are made that
// close by lowering their prices, so every position of the offer stays at its minimum. A displaced position bids
// again. Prices only drop and free candidates keep price 0, so the invariant holds for what the augmentations then
// finish. A bid that changes no price and would displace a position (a tie) is left to the augmentations: such bids
// can go round in circles. Bids are capped: under stiff competition price wars would be long.
function reduceRows(w: Workspace, rowStart: Int32Array, offerEmpty: Uint8Array): void {
  const { offerStart, edgeCandidate, edgeScore, rowOffer, rowEdge, colRow, price } = w;
  const rows = rowOffer.length;
  // A ring of the free rows waiting to bid; each row is in it at most once, so rows + 1 slots suffice.
  const slots = rows + 1;
  const queue = new Int32Array(slots);
  for (let r = 0; r < rows; r++) queue[r] = r;
  let head = 0;
  let tail = rows;
  for (let bids = 4 * rows; head !== tail && bids > 0; bids--) {
    const r = queue[head] as number;
    head = head + 1 === slots ? 0 : head + 1;
    const o = rowOffer[r] as number;
    if (offerEmpty[o] === 1) {
      rowEdge[r] = EMPTY;
      continue;
    }
    // The closest candidate the offer does not hold and the second closest, the empty position (−1, at 0) included.
    let d1 = 0;
    let d2 = 0;
    let j1 = -1;
    let e1 = -1;
    let j2 = -1;
    let e2 = -1;
    for (let e = offerStart[o] as number, end = offerStart[o + 1] as number; e < end; e++) {
      const score = edgeScore[e] as number;
      if (-score >= d2) break; // later edges are no closer than −score
      const c = edgeCandidate[e] as number;
      const holder = colRow[c] as number;
      if (holder !== UNSET && rowOffer[holder] === o) continue;
      const d = -score - (price[c] as number);
      if (d < d1) {
        d2 = d1;
        j2 = j1;
        e2 = e1;
        d1 = d;
        j1 = c;
        e1 = e;
      } else if (d < d2) {
        d2 = d;
        j2 = c;
        e2 = e;
      }
    }
    let holder = j1 < 0 ? UNSET : (colRow[j1] as number);
    if (j1 >= 0 && !(d1 < d2) && holder !== UNSET) {
      // A tie with a held candidate: the other closest one, if free, at no price change; else leave the row.
      if (j2 < 0 || colRow[j2] !== UNSET) continue;
      j1 = j2;
      e1 = e2;
      holder = UNSET;
    }
    // The offer's positions now stand at d2 (0 when the row stays empty: an offer with a position left open has
    // level 0).
    const level = j1 < 0 ? 0 : d2;
    for (let q = rowStart[o] as number, end = rowStart[o + 1] as number; q < end; q++) {
      const e = rowEdge[q] as number;
      if (e >= 0) price[edgeCandidate[e] as number] = -(edgeScore[e] as number) - level;
    }
    if (j1 < 0) {
      // Staying empty is the row's best option, and so for every other free position of the offer, for good.
      rowEdge[r] = EMPTY;
      offerEmpty[o] = 1;
      continue;
    }
    price[j1] = -(edgeScore[e1] as number) - level;
    rowEdge[r] = e1;
    colRow[j1] = r;
    if (holder !== UNSET) {
      rowEdge[holder] = UNSET;
      queue[tail] = holder;
      tail = tail + 1 === slots ? 0 : tail + 1;
    }
  }
}

// One shortest augmenting path from a free row; false when the row stays empty.
function augment(w: Workspace, root: number): boolean {
  const { offerStart, edgeCandidate, edgeScore, rowOffer, rowEdge, colRow, price, dist, predRow, predEdge } =
    w;
  const { seen, settled, offerStamp, offerBase, scanned, heap, heapAt } = w;
  const search = ++w.search;
  const o0 = rowOffer[root] as number;
  const first = offerStart[o0] as number;
  const end = offerStart[o0 + 1] as number;
  // Most roots take their closest candidate directly when it is free: edges are best first and prices never
  // positive, so an edge's distance is at least −score and the scan stops once that bound reaches the best found.
  let best = -1;
  let bestEdge = -1;
  let bestDist = 0;
  for (let e = first; e < end; e++) {
    const s = edgeScore[e] as number;
    if (-s >= bestDist) break;
    const c = edgeCandidate[e] as number;
    const d = -s - (price[c] as number);
    if (d < bestDist) {
      bestDist = d;
      best = c;
      bestEdge = e;
    }
  }
  if (best >= 0 && colRow[best] === UNSET) {
    predRow[best] = root;
    predEdge[best] = bestEdge;
    assignPath(w, best, root);
    return true;
  }
  // Dijkstra over candidates. The ways out: a free candidate (`bestFree`, reached at `freeDist`) or a row on the way
  // that gives its pair up and stays empty (`emptyRow`, at `emptyDist`; the root's own empty position at 0).
  let scannedCount = 0;
  let heapSize = 0;
  let emptyDist = 0;
  let emptyRow = root;
  let freeDist = Infinity;
  let bestFree = -1;
  let bound = 0;
  offerStamp[o0] = search;
  offerBase[o0] = 0;
  let r = root;
  let base = 0;
  let from = first;
  let to = end;
  for (;;) {
    // Relax row r's edges, reached at `base`, while they could beat the best way out.
    for (let e = from; e < to; e++) {
      const s = edgeScore[e] as number;
      if (base - s >= bound) break;
      const c = edgeCandidate[e] as number;
      if (settled[c] === search) continue;
      const d = base - s - (price[c] as number);
      if (d >= bound) continue;
      if (colRow[c] === UNSET) {
        freeDist = d;
        bound = d;
        bestFree = c;
        predRow[c] = r;
        predEdge[c] = e;
        continue;
      }
      let i: number;
      if (seen[c] !== search) {
        seen[c] = search;
        i = heapSize++;
      } else if (d < (dist[c] as number)) {
        i = heapAt[c] as number;
      } else continue;
      dist[c] = d;
      predRow[c] = r;
      predEdge[c] = e;
      // Sift up.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const p = heap[parent] as number;
        if ((dist[p] as number) <= d) break;
        heap[i] = p;
        heapAt[p] = i;
        i = parent;
      }
      heap[i] = c;
      heapAt[c] = i;
    }
    // Settle the closest candidate still able to beat the best way out.
    let expanded = false;
    while (heapSize > 0) {
      const top = heap[0] as number;
      const key = dist[top] as number;
      if (key >= bound) break;
      popTop(heap, heapAt, dist, --heapSize);
      settled[top] = search;
      scanned[scannedCount++] = top;
      // The row holding it is reached at its distance; its base is that minus its implied u.
      const held = colRow[top] as number;
      const b = key + (edgeScore[rowEdge[held] as number] as number) + (price[top] as number);
      const o = rowOffer[held] as number;
      // Another position of the same offer, reached for less, already offers the same edges for less.
      if (offerStamp[o] === search && (offerBase[o] as number) <= b) continue;
      offerStamp[o] = search;
      offerBase[o] = b;
      if (b < emptyDist) {
        emptyDist = b;
        emptyRow = held;
        if (b < bound) bound = b;
      }
      expanded = true;
      r = held;
      base = b;
      from = offerStart[o] as number;
      to = offerStart[o + 1] as number;
      break;
    }
    if (!expanded) break;
  }
  // Candidates settled closer than the way out get cheaper: every reduced cost stays non-negative.
  const delta = bound;
  for (let i = 0; i < scannedCount; i++) {
    const c = scanned[i] as number;
    price[c] = (price[c] as number) + (dist[c] as number) - delta;
  }
  if (bestFree >= 0 && freeDist < emptyDist) {
    assignPath(w, bestFree, root);
    return true;
  }
  if (emptyRow === root) {
    rowEdge[root] = EMPTY;
    return false;
  }
  // A row on the path gives its candidate up and stays empty; the path ends at that candidate.
  const freed = edgeCandidate[rowEdge[emptyRow] as number] as number;
  rowEdge[emptyRow] = EMPTY;
  colRow[freed] = UNSET;
  assignPath(w, freed, root);
  return true;
}

// Removes the heap's top: its last entry (at `size`) sinks from the root.
function popTop(heap: Int32Array, heapAt: Int32Array, dist: Float64Array, size: number): void {
  const last = heap[size] as number;
  const key = dist[last] as number;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    let ck = dist[heap[child] as number] as number;
    if (child + 1 < size) {
      const rk = dist[heap[child + 1] as number] as number;
      if (rk < ck) {
        child++;
        ck = rk;
      }
    }
    if (ck >= key) break;
    const moved = heap[child] as number;
    heap[i] = moved;
    heapAt[moved] = i;
    i = child;
  }
  heap[i] = last;
  heapAt[last] = i;
}

// Walks a path back from its last candidate to the root, shifting each row to the candidate it reached.
function assignPath(w: Workspace, last: number, root: number): void {
  const { rowEdge, colRow, predRow, predEdge, edgeCandidate } = w;
  let c = last;
  for (;;) {
    const r = predRow[c] as number;
    const previous = rowEdge[r] as number;
    rowEdge[r] = predEdge[c] as number;
    colRow[c] = r;
    if (r === root) return;
    c = edgeCandidate[previous] as number;
  }
}
