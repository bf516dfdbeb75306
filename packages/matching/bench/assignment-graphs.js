// Synthetic sparse score graphs for the solver-only assignment figures (B3/B5 at regional and balanced scale), where
// building the graph with the engine would take minutes. Shaped like the engine's top-k lists both ways: candidates
// and offers scattered over a region, each offer in one of a few dozen trades, a candidate's edges going to offers of
// their trades nearby (top k by score), each offer's to its k best candidates; some offers more attractive than
// others, so that lists crowd on them as real ones do.
import { SeededRandom } from '@passerelle/core';

/**
 * @param {{ seed: number, candidates: number, offers: number, positions: number, k?: number, trades?: number, cells?: number }} spec
 * @returns {{ candidateCount: number, positions: Int32Array, edgeCandidate: Int32Array, edgeOffer: Int32Array, edgeScore: Float64Array }}
 */
export function syntheticAssignmentArrays({
  seed,
  candidates,
  offers,
  positions,
  k = 20,
  trades = 40,
  cells = 64,
}) {
  const random = new SeededRandom(seed);
  // A cells × cells grid of places.
  const offerCell = new Int32Array(offers);
  const offerTrade = new Int32Array(offers);
  const appeal = new Float64Array(offers);
  const byCellTrade = new Map();
  for (let o = 0; o < offers; o++) {
    offerCell[o] = random.int(cells * cells);
    offerTrade[o] = random.int(trades);
    appeal[o] = random.next() ** 3; // a few attractive offers, many plain ones
    const key = offerTrade[o] * cells * cells + offerCell[o];
    if (!byCellTrade.has(key)) byCellTrade.set(key, []);
    byCellTrade.get(key).push(o);
  }
  const positionsOf = spreadPositions(random, offers, positions);
  const edgeCandidate = [];
  const edgeOffer = [];
  const edgeScore = [];
  const score = (c, o, dx, dy) => {
    const near = 1 - Math.min(1, Math.hypot(dx, dy) / 4);
    const fit = ((Math.imul(c + 1, 2654435761) ^ Math.imul(o + 1, 40503)) >>> 0) / 4294967296;
    return 0.05 + 0.95 * (0.35 * fit + 0.35 * near + 0.3 * appeal[o]);
  };
  const candidateCell = new Int32Array(candidates);
  const candidateTrades = [];
  for (let c = 0; c < candidates; c++) {
    candidateCell[c] = random.int(cells * cells);
    candidateTrades.push([random.int(trades), random.int(trades)]);
    const x = candidateCell[c] % cells;
    const y = Math.floor(candidateCell[c] / cells);
    const found = [];
    for (const trade of candidateTrades[c]) {
      for (let dy = -3; dy <= 3; dy++) {
        for (let dx = -3; dx <= 3; dx++) {
          if (x + dx < 0 || x + dx >= cells || y + dy < 0 || y + dy >= cells) continue;
          const list = byCellTrade.get(trade * cells * cells + (y + dy) * cells + x + dx);
          if (list) for (const o of list) found.push([o, score(c, o, dx, dy)]);
        }
      }
    }
    found.sort((a, b) => b[1] - a[1]);
    for (const [o, s] of found.slice(0, k)) {
      edgeCandidate.push(c);
      edgeOffer.push(o);
      edgeScore.push(s);
    }
  }
  // Each offer's own top k among the candidates of its trade nearby (sampled: the lists' other direction).
  const candidatesByCellTrade = new Map();
  for (let c = 0; c < candidates; c++) {
    for (const trade of candidateTrades[c]) {
      const key = trade * cells * cells + candidateCell[c];
      if (!candidatesByCellTrade.has(key)) candidatesByCellTrade.set(key, []);
      candidatesByCellTrade.get(key).push(c);
    }
  }
  for (let o = 0; o < offers; o++) {
    const x = offerCell[o] % cells;
    const y = Math.floor(offerCell[o] / cells);
    const found = [];
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        if (x + dx < 0 || x + dx >= cells || y + dy < 0 || y + dy >= cells) continue;
        const list = candidatesByCellTrade.get(offerTrade[o] * cells * cells + (y + dy) * cells + x + dx);
        if (list) for (const c of list) found.push([c, score(c, o, -dx, -dy)]);
      }
    }
    found.sort((a, b) => b[1] - a[1]);
    for (const [c, s] of found.slice(0, k)) {
      edgeCandidate.push(c);
      edgeOffer.push(o);
      edgeScore.push(s);
    }
  }
  return {
    candidateCount: candidates,
    positions: positionsOf,
    edgeCandidate: Int32Array.from(edgeCandidate),
    edgeOffer: Int32Array.from(edgeOffer),
    edgeScore: Float64Array.from(edgeScore),
  };
}

// About `total` positions over the offers: one each, the rest spread with a long tail (a few offers hire many).
function spreadPositions(random, offers, total) {
  const positions = new Int32Array(offers).fill(1);
  for (let left = total - offers; left > 0; left--) {
    const o = random.chance(0.5) ? random.int(Math.max(1, Math.floor(offers / 20))) : random.int(offers);
    positions[o] += 1;
  }
  return positions;
}
