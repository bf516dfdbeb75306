// Ranking metrics, seeded sampling and splits for the title-normalisation benchmark (plain ESM).

/** The rank (1-based) of `expected` in `ranked` (ids, best first), or 0 when absent. */
export function rankOf(ranked, expected) {
  const index = ranked.indexOf(expected);
  return index < 0 ? 0 : index + 1;
}

/**
 * MRR@k and recall@1/5/10 of a list of ranks (0 = not in the top k). MRR@k = mean of 1/rank, counting
 * 0 for a title whose occupation is not in the top k (k = 10 here); recall@n = share of ranks in 1..n.
 */
export function summarizeRanks(ranks) {
  const n = ranks.length || 1;
  const share = (predicate) => ranks.filter(predicate).length / n;
  return {
    titles: ranks.length,
    mrr: ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / n,
    recall1: share((rank) => rank === 1),
    recall5: share((rank) => rank > 0 && rank <= 5),
    recall10: share((rank) => rank > 0 && rank <= 10),
  };
}

/** A seeded pseudo-random generator in [0, 1) (mulberry32). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` distinct items of `items` drawn with `seed` (a partial Fisher–Yates shuffle), in draw order. */
export function seededSample(items, size, seed) {
  const random = seededRandom(seed);
  const copy = [...items];
  const count = Math.min(size, copy.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

/** Splits `items` in two halves at random with `seed`: `[first, second]`. */
export function seededHalves(items, seed) {
  const shuffled = seededSample(items, items.length, seed);
  const middle = Math.ceil(shuffled.length / 2);
  return [shuffled.slice(0, middle), shuffled.slice(middle)];
}

/**
 * Runs `rank(title) → occupation ids, best first` over `rows` ({ title, occupationId }) and returns the
 * metrics with the throughput (titles per second, single thread, build excluded).
 */
export function evaluate(rows, rank) {
  const ranks = new Array(rows.length);
  const start = performance.now();
  rows.forEach((row, i) => {
    ranks[i] = rankOf(rank(row.title), row.occupationId);
  });
  const seconds = (performance.now() - start) / 1000;
  return { ...summarizeRanks(ranks), titlesPerSecond: rows.length / seconds, ranks };
}
