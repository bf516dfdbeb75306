// Windowed rendering of long pages: which rows lie in (or near) the scroll view, from row heights alone.
// Pure arithmetic over arrays, so that sorting, filtering and scrolling cost no DOM beyond the window.

/** The rows rendered, `[start, end)`, and the space standing for the rows before and after them (px). */
export interface RowWindow {
  readonly start: number;
  readonly end: number;
  readonly before: number;
  readonly after: number;
}

/**
 * Top of each row from the rows' pitches (height plus the gap after it): `offsets[i]` is row i's top,
 * `offsets[n]` the total. Throws a RangeError on a negative or non-finite pitch (a measuring bug).
 */
export function rowOffsets(pitches: readonly number[]): Float64Array {
  const offsets = new Float64Array(pitches.length + 1);
  for (let i = 0; i < pitches.length; i += 1) {
    const pitch = pitches[i]!;
    if (!(pitch >= 0) || !Number.isFinite(pitch))
      throw new RangeError(`row ${i} has pitch ${pitch}: pass finite heights of 0 px or more`);
    offsets[i + 1] = offsets[i]! + pitch;
  }
  return offsets;
}

/** The row under a vertical position (clamped to the first and last rows). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count - 1;
  // Largest i with offsets[i] <= y.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * The rows to render for a view `[top, top + height)`: every row it touches, plus `overscan` rows on each side
 * (so that a short scroll or an arrow key finds its row rendered).
 */
export function windowAt(offsets: Float64Array, top: number, height: number, overscan: number): RowWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = rowAt(offsets, top);
  let last = first + 1;
  while (last < count && offsets[last]! < top + height) last += 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, last + overscan);
  return { start, end, before: offsets[start]!, after: offsets[count]! - offsets[end]! };
}

/** The scroll position that brings row `index` into a view of `height` px, moving as little as possible. */
export function scrollToShow(offsets: Float64Array, index: number, top: number, height: number): number {
  const rowTop = offsets[index]!;
  const rowBottom = offsets[index + 1]!;
  if (rowTop < top) return rowTop;
  if (rowBottom > top + height) return Math.max(0, Math.min(rowTop, rowBottom - height));
  return top;
}
