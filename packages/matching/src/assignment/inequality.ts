/**
 * Gini coefficient of non-negative values: 0 when all are equal, towards 1 when one holds everything
 * (exactly 1 − 1/n for one non-zero value among n). Mean absolute difference over twice the mean, computed on the
 * sorted values: G = Σᵢ (2i − n − 1)·xᵢ / (n · Σ xᵢ), i = 1…n ascending. 0 for an empty list or an all-zero one.
 *
 * @throws RangeError on a negative or non-finite value.
 */
export function gini(values: ArrayLike<number>): number {
  const n = values.length;
  const sorted = Float64Array.from(values);
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    if (!(x >= 0 && x < Infinity))
      throw new RangeError(`gini needs finite non-negative values, got ${String(x)}.`);
  }
  sorted.sort();
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    weighted += (2 * (i + 1) - n - 1) * x;
    total += x;
  }
  return total === 0 ? 0 : weighted / (n * total);
}

/** The q-quantile (0 ≤ q ≤ 1) of values by the nearest-rank method; 0 for an empty list. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
