import type { AssignmentGraph } from './graph.js';
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
 *
 * Written as one function over local typed arrays: V8 keeps the hot loop's state in registers that way.
 */
export function solveExactAssignment(graph: AssignmentGraph): AssignmentSolution {
  const { offerStart, edgeCandidate, edgeScore } = graph;
  const n = graph.candidateIds.length;
  const m = graph.positions.length;
  const rowsOf = (o: number) =>
    Math.min(graph.positions[o] as number, (offerStart[o + 1] as number) - (offerStart[o] as number));
  let rows = 0;
  for (let o = 0; o < m; o++) rows += rowsOf(o);
  const rowOffer = new Int32Array(rows);
  for (let o = 0, r = 0; o < m; o++) for (let p = rowsOf(o); p > 0; p--) rowOffer[r++] = o;
  const rowEdge = new Int32Array(rows).fill(UNSET);
  const colRow = new Int32Array(n).fill(UNSET);
  const price = new Float64Array(n);
  const dist = new Float64Array(n);
  const predRow = new Int32Array(n);
  const predEdge = new Int32Array(n);
  // Per search, stamped with its number so that nothing is reset between searches.
  const seen = new Int32Array(n).fill(-1);
  const settled = new Int32Array(n).fill(-1);
  const offerStamp = new Int32Array(m).fill(-1);
  const offerBase = new Float64Array(m);
  const scanned = new Int32Array(n);
  // Rows whose edges are being released (heap values −1 − stream).
  const streamCapacity = Math.min(n, rows) + 1;
  const streamRow = new Int32Array(streamCapacity);
  const streamBase = new Float64Array(streamCapacity);
  const streamNext = new Int32Array(streamCapacity);
  let heapKeys = new Float64Array(1024);
  let heapValues = new Int32Array(1024);
  let heapSize = 0;
  let search = 0;

  const push = (key: number, value: number): void => {
    if (heapSize === heapKeys.length) {
      const keys = new Float64Array(heapSize * 2);
      const values = new Int32Array(heapSize * 2);
      keys.set(heapKeys);
      values.set(heapValues);
      heapKeys = keys;
      heapValues = values;
    }
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = heapKeys[parent] as number;
      if (pk <= key) break;
      heapKeys[i] = pk;
      heapValues[i] = heapValues[parent] as number;
      i = parent;
    }
    heapKeys[i] = key;
    heapValues[i] = value;
  };

  const pop = (): void => {
    const size = --heapSize;
    const key = heapKeys[size] as number;
    const value = heapValues[size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && (heapKeys[child + 1] as number) < (heapKeys[child] as number)) child++;
      if ((heapKeys[child] as number) >= key) break;
      heapKeys[i] = heapKeys[child] as number;
      heapValues[i] = heapValues[child] as number;
      i = child;
    }
    heapKeys[i] = key;
    heapValues[i] = value;
  };

  // Walks a path back from its last candidate to the root, shifting each row to the candidate it reached.
  const assignPath = (last: number, root: number): void => {
    let c = last;
    for (;;) {
      const r = predRow[c] as number;
      const previous = rowEdge[r] as number;
      rowEdge[r] = predEdge[c] as number;
      colRow[c] = r;
      if (r === root) return;
      c = edgeCandidate[previous] as number;
    }
  };

  // One shortest augmenting path from a free row; false when the row stays empty.
  const augment = (root: number): boolean => {
    search++;
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
      assignPath(best, root);
      return true;
    }
    // Dijkstra over candidates, with rows' edges as lazy streams; the root's empty position is at distance 0.
    let scannedCount = 0;
    let streams = 1; // the root's
    let bestEmpty = 0;
    let bestEmptyRow = root;
    heapSize = 0;
    offerStamp[o0] = search;
    offerBase[o0] = 0;
    streamRow[0] = root;
    streamBase[0] = 0;
    streamNext[0] = first;
    if (first < end) push(-(edgeScore[first] as number), -1);
    let terminal = -1;
    while (heapSize > 0) {
      const key = heapKeys[0] as number;
      if (key >= bestEmpty) break;
      const value = heapValues[0] as number;
      pop();
      if (value < 0) {
        // Release a stream's next edge, then put the stream back keyed by the bound of the edge after.
        const stream = -1 - value;
        const e = streamNext[stream] as number;
        const base = streamBase[stream] as number;
        const c = edgeCandidate[e] as number;
        if (settled[c] !== search) {
          const d = base - (edgeScore[e] as number) - (price[c] as number);
          if (seen[c] !== search || d < (dist[c] as number)) {
            seen[c] = search;
            dist[c] = d;
            predRow[c] = streamRow[stream] as number;
            predEdge[c] = e;
            push(d, c);
          }
        }
        const next = e + 1;
        if (next < (offerStart[(rowOffer[streamRow[stream] as number] as number) + 1] as number)) {
          const bound = base - (edgeScore[next] as number);
          if (bound < bestEmpty) {
            streamNext[stream] = next;
            push(bound, value);
          }
        }
        continue;
      }
      const c = value;
      if (settled[c] === search || key > (dist[c] as number)) continue;
      settled[c] = search;
      scanned[scannedCount++] = c;
      const r = colRow[c] as number;
      if (r === UNSET) {
        terminal = c;
        break;
      }
      // The row holding c is reached at dist[c]; its base is that minus its implied u.
      const base = key + (edgeScore[rowEdge[r] as number] as number) + (price[c] as number);
      const o = rowOffer[r] as number;
      // Another position of the same offer, reached for less, already offers the same edges for less.
      if (offerStamp[o] === search && (offerBase[o] as number) <= base) continue;
      offerStamp[o] = search;
      offerBase[o] = base;
      if (base < bestEmpty) {
        bestEmpty = base;
        bestEmptyRow = r;
      }
      const from = offerStart[o] as number;
      if (from === (offerStart[o + 1] as number)) continue;
      streamRow[streams] = r;
      streamBase[streams] = base;
      streamNext[streams] = from;
      push(base - (edgeScore[from] as number), -1 - streams);
      streams++;
    }
    // Candidates settled closer than the path's length get cheaper: every reduced cost stays non-negative.
    const delta = terminal >= 0 ? (dist[terminal] as number) : bestEmpty;
    for (let i = 0; i < scannedCount; i++) {
      const c = scanned[i] as number;
      price[c] = (price[c] as number) + (dist[c] as number) - delta;
    }
    if (terminal >= 0) {
      assignPath(terminal, root);
      return true;
    }
    if (bestEmptyRow === root) {
      rowEdge[root] = EMPTY;
      return false;
    }
    // A row on the path gives its candidate up and stays empty; the path ends at that candidate.
    const freed = edgeCandidate[rowEdge[bestEmptyRow] as number] as number;
    rowEdge[bestEmptyRow] = EMPTY;
    colRow[freed] = UNSET;
    assignPath(freed, root);
    return true;
  };

  // Augmenting row reduction (Jonker–Volgenant): auction-like bids at exact prices assign many rows cheaply (bids
  // are capped: under stiff competition price wars would be long, and the augmentations finish the job).
  // A row bids for its closest candidate, whose price drops by the gap to the row's second-best option (the empty
  // position counting as one at 0), so the row stays at its minimum; a displaced row bids again. Prices only drop
  // and free candidates keep price 0, so the invariant above holds for what the augmentations then finish.
  const offerEmpty = new Uint8Array(m);
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
    // The closest option and the second closest, the empty position (−1, at 0) included.
    let d1 = 0;
    let d2 = Infinity;
    let j1 = -1;
    let e1 = -1;
    let j2 = -1;
    let e2 = -1;
    for (let e = offerStart[o] as number, end = offerStart[o + 1] as number; e < end; e++) {
      const score = edgeScore[e] as number;
      if (-score >= d2) break; // later edges are no closer than −score
      const c = edgeCandidate[e] as number;
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
    if (j1 < 0) {
      // Staying empty is the row's best option, and so for every other free position of the offer.
      rowEdge[r] = EMPTY;
      offerEmpty[o] = 1;
      continue;
    }
    let holder = colRow[j1] as number;
    if (d1 < d2) price[j1] = (price[j1] as number) - (d2 - d1);
    else if (holder !== UNSET) {
      // A tie (as between positions of one offer): take the other closest candidate, at no price change.
      j1 = j2;
      e1 = e2;
      holder = colRow[j1] as number;
    }
    rowEdge[r] = e1;
    colRow[j1] = r;
    if (holder !== UNSET) {
      rowEdge[holder] = UNSET;
      queue[tail] = holder;
      tail = tail + 1 === slots ? 0 : tail + 1;
    }
  }

  for (let r = 0; r < rows; r++) {
    if (rowEdge[r] !== UNSET) continue;
    const o = rowOffer[r] as number;
    if (offerEmpty[o] === 1) rowEdge[r] = EMPTY;
    else if (!augment(r)) offerEmpty[o] = 1;
  }
  const edgeOfCandidate = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    const r = colRow[c] as number;
    if (r >= 0) edgeOfCandidate[c] = rowEdge[r] as number;
  }
  return solutionFromEdges(graph, edgeOfCandidate);
}
