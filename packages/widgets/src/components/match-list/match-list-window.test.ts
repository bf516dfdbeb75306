import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, scrollToShow, windowAt } from './match-list-window.js';

const pitches = fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 600 });

describe('match list windowing', () => {
  it('offsets are the running sum of the pitches', () => {
    expect([...rowOffsets([10, 20, 5])]).toEqual([0, 10, 30, 35]);
    expect(() => rowOffsets([10, -1])).toThrow(RangeError);
    expect(() => rowOffsets([Number.NaN])).toThrow(/row 0/);
  });

  it('renders every row the view touches, the overscan around it, and spacers that add up to the total', () => {
    fc.assert(
      fc.property(
        pitches,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 10 }),
        (list, at, height, overscan) => {
          const offsets = rowOffsets(list);
          const total = offsets[list.length]!;
          const top = at * total;
          const w = windowAt(offsets, top, height, overscan);
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(list.length);
          expect(w.start).toBeLessThan(w.end);
          for (let i = 0; i < list.length; i += 1) {
            const touches = offsets[i + 1]! > top && offsets[i]! < top + height && list[i]! > 0;
            if (touches) expect(i >= w.start && i < w.end).toBe(true);
          }
          const rendered = list.slice(w.start, w.end).reduce((a, b) => a + b, 0);
          expect(w.before + rendered + w.after).toBeCloseTo(total, 6);
          // Only the rows touched, and the overscan: at most overscan rows before the first one touched.
          const first = rowAt(offsets, top);
          expect(first - w.start).toBeLessThanOrEqual(overscan);
        },
      ),
    );
  });

  it('renders far fewer rows than the page when rows are taller than a small fraction of the view', () => {
    const offsets = rowOffsets(Array.from({ length: 500 }, () => 100));
    const w = windowAt(offsets, 25_000, 700, 5);
    expect(w).toEqual({ start: 245, end: 262, before: 24_500, after: 23_800 });
  });

  it('scrolls as little as needed to show a row', () => {
    fc.assert(
      fc.property(
        pitches,
        fc.nat(),
        fc.nat({ max: 100_000 }),
        fc.integer({ min: 1, max: 2000 }),
        (list, i, t, h) => {
          const offsets = rowOffsets(list);
          const index = i % list.length;
          const top = scrollToShow(offsets, index, t, h);
          const rowTop = offsets[index]!;
          const rowBottom = offsets[index + 1]!;
          // The row's top is in view, and so is its bottom when it fits.
          expect(rowTop).toBeGreaterThanOrEqual(top);
          expect(rowTop).toBeLessThanOrEqual(top + h);
          if (rowBottom - rowTop <= h) expect(rowBottom).toBeLessThanOrEqual(top + h);
          if (rowTop >= t && rowBottom <= t + h) expect(top).toBe(t);
        },
      ),
    );
  });
});
