import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../tables/table.js';
import { suppressSmallCells } from './suppress.js';

const table = (
  rows: ReportTable['rows'],
  disclosure: ReportTable['disclosure'] | null = { minCount: 5, groupBy: 'dim' },
): ReportTable => ({
  id: 't',
  title: { fr: 'T', en: 'T' },
  columns: [
    { key: 'dim', label: { fr: 'D', en: 'D' }, unit: 'text' },
    { key: 'n', label: { fr: 'N', en: 'N' }, unit: 'count' },
    { key: 'k', label: { fr: 'K', en: 'K' }, unit: 'count' },
    { key: 'r', label: { fr: 'R', en: 'R' }, unit: 'rate', derivedFrom: ['n', 'k'] },
  ],
  rows,
  notes: [],
  excluded: { count: 0, issues: [] },
  ...(disclosure !== null && disclosure !== undefined ? { disclosure } : {}),
});

describe('suppressSmallCells', () => {
  it('hides counts from 1 to 4, a second cell of the same column and group, and the rates built on them', () => {
    const result = suppressSmallCells(
      table([
        { dim: 'total', n: 40, k: 20, r: 0.5 },
        { dim: 'a', n: 3, k: 0, r: 0 },
        { dim: 'a', n: 17, k: 10, r: 10 / 17 },
        { dim: 'a', n: 20, k: 10, r: 0.5 },
      ]),
    );
    expect(result.rows).toEqual([
      { dim: 'total', n: 40, k: 20, r: 0.5 },
      { dim: 'a', n: null, k: 0, r: null },
      { dim: 'a', n: null, k: 10, r: null },
      { dim: 'a', n: 20, k: 10, r: 0.5 },
    ]);
    expect(result.suppressed).toEqual([
      { row: 1, column: 'n' },
      { row: 1, column: 'r' },
      { row: 2, column: 'n' },
      { row: 2, column: 'r' },
    ]);
    expect(result.notes.at(-1)?.en).toContain('counts of 1 to 4 people are hidden');
  });

  it('needs no second cell when two or more are already hidden, and keeps zeros', () => {
    const result = suppressSmallCells(
      table([
        { dim: 'a', n: 1, k: 0, r: 0 },
        { dim: 'a', n: 2, k: 0, r: 0 },
        { dim: 'a', n: 30, k: 0, r: 0 },
        { dim: 'b', n: 6, k: 0, r: 0 },
      ]),
    );
    expect(result.rows.map((r) => r.n)).toEqual([null, null, 30, 6]);
    expect(result.rows.map((r) => r.k)).toEqual([0, 0, 0, 0]);
  });

  it('takes another threshold, and leaves tables without a disclosure rule as they are', () => {
    const rows = [
      { dim: 'a', n: 3, k: 1, r: 1 / 3 },
      { dim: 'a', n: 9, k: 2, r: 2 / 9 },
    ];
    expect(suppressSmallCells(table(rows), 2).rows.map((r) => [r.n, r.k])).toEqual([
      [3, null],
      [9, null],
    ]);
    expect(suppressSmallCells(table(rows), 0).suppressed).toEqual([]);
    const plain = suppressSmallCells(table(rows, null));
    expect(plain.rows).toEqual(rows);
    expect(plain.suppressed).toEqual([]);
    expect(() => suppressSmallCells(table(rows), -1)).toThrow(RangeError);
  });
});
