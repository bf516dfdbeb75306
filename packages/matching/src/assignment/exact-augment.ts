import { EMPTY, UNSET, type Workspace } from './exact-workspace.js';

/**
 * One shortest augmenting path from a free row (see `solveExactAssignment` for the invariant it keeps); false when
 * the row stays empty.
 */
export function augment(w: Workspace, root: number): boolean {
  const { offerStart, edgeCandidate, edgeScore, rowOffer, rowEdge, colRow, price, dist, predRow, predEdge } =
    w;
  const { seen, settled, offerStamp, scanned, heap, heapAt } = w;
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
      // The row holding it is reached at its distance; its base is that minus its implied u. Positions of one offer
      // have the same u (each sees the others' candidates at a reduced cost of at least 0), and candidates leave the
      // heap closest first, so the first position reached of an offer has its smallest base: the others add nothing
      // (comparing their bases would only see rounding, and scan a large offer again and again).
      const held = colRow[top] as number;
      const o = rowOffer[held] as number;
      if (offerStamp[o] === search) continue;
      offerStamp[o] = search;
      const b = key + (edgeScore[rowEdge[held] as number] as number) + (price[top] as number);
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
