// Top-k selection with a min-heap in typed arrays: O(n log k), no sorting of all scores.

// Whether candidate a ranks below candidate b: lower score, or an equal score and a lower tie-break
// value, or both equal and a higher index.
function isWorse(scores: Float32Array, tieBreak: Float32Array | undefined, a: number, b: number): boolean {
  const sa = scores[a] ?? 0;
  const sb = scores[b] ?? 0;
  if (sa !== sb) return sa < sb;
  const ta = tieBreak?.[a] ?? 0;
  const tb = tieBreak?.[b] ?? 0;
  return ta !== tb ? ta < tb : a > b;
}

function siftDown(
  heap: Int32Array,
  size: number,
  scores: Float32Array,
  tieBreak: Float32Array | undefined,
  from: number,
): void {
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) return;
    const right = left + 1;
    let worst = left;
    if (right < size && isWorse(scores, tieBreak, heap[right] ?? 0, heap[left] ?? 0)) worst = right;
    if (!isWorse(scores, tieBreak, heap[worst] ?? 0, heap[i] ?? 0)) return;
    const swap = heap[i] ?? 0;
    heap[i] = heap[worst] ?? 0;
    heap[worst] = swap;
    i = worst;
  }
}

/**
 * The `k` best of `candidates[0..count-1]` (indexes into `scores`), best first. Equal scores go to the
 * higher `tieBreak` value when given, then to the lower index, so that results are stable. `k` must be
 * a positive integer.
 */
export function selectTopK(
  candidates: Int32Array,
  count: number,
  scores: Float32Array,
  k: number,
  tieBreak?: Float32Array,
): Int32Array {
  const size = Math.min(k, count);
  const heap = candidates.slice(0, size);
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heap, size, scores, tieBreak, i);
  for (let i = size; i < count; i++) {
    const candidate = candidates[i] ?? 0;
    if (isWorse(scores, tieBreak, heap[0] ?? 0, candidate)) {
      heap[0] = candidate;
      siftDown(heap, size, scores, tieBreak, 0);
    }
  }
  return heap.sort((a, b) =>
    isWorse(scores, tieBreak, a, b) ? 1 : isWorse(scores, tieBreak, b, a) ? -1 : 0,
  );
}
