// Seeded draws for the title-normalisation experiment. They use mulberry32 rather than core's SeededRandom
// because the normaliser's tuning defaults were chosen on the first of the two halves these functions draw from
// the JobBERT validation titles at seed 20250611: the same draws keep that half, and the held-out one, the same.

/** A seeded pseudo-random stream in [0, 1) (mulberry32): the same seed gives the same numbers everywhere. */
export function mulberry32(seed: number): () => number {
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
export function seededSample<T>(items: readonly T[], size: number, seed: number): T[] {
  const random = mulberry32(seed);
  const copy = [...items];
  const count = Math.max(0, Math.min(size, copy.length));
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

/** `items` shuffled with `seed` and cut into two halves (the first one item longer when odd): `[first, second]`. */
export function seededHalves<T>(items: readonly T[], seed: number): [T[], T[]] {
  const shuffled = seededSample(items, items.length, seed);
  const middle = Math.ceil(shuffled.length / 2);
  return [shuffled.slice(0, middle), shuffled.slice(middle)];
}
