import { EMPTY, UNSET, type Workspace } from './exact-workspace.js';

/**
 * Augmenting row reduction (Jonker–Volgenant), by offer: auction-like bids at exact prices assign many rows cheaply
 * before the augmentations finish the job. All positions of an offer stand at one level (their common implied u):
 * a free position bids for the offer's closest candidate it does not hold yet, and the offer's level rises to its
 * second-closest (the empty position counting as one at 0): that candidate and those the offer holds are made that
 * close by lowering their prices, so every position of the offer stays at its minimum. A displaced position bids
 * again. Prices only drop and free candidates keep price 0, so the invariant holds for what the augmentations then
 * finish. A bid that changes no price and would displace a position (a tie) is left to the augmentations: such bids
 * can go round in circles. Bids are capped: under stiff competition price wars would be long.
 */
export function reduceRows(w: Workspace, rowStart: Int32Array, offerEmpty: Uint8Array): void {
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
