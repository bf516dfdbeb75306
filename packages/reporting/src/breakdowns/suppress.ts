import type { LocalizedText } from '@passerelle/core';
import type { CellValue, ReportTable, TableRow } from '../tables/table.js';

/** A hidden cell of a table: its row index and column key. */
export interface SuppressedCell {
  readonly row: number;
  readonly column: string;
}

/** A table after small-cell suppression: hidden cells are `null` and listed in `suppressed`. */
export interface DisclosedTable extends ReportTable {
  /** Cells hidden by the disclosure rule. */
  readonly suppressed: readonly SuppressedCell[];
}

/** Smallest count shown in exports unless the caller says otherwise. */
export const DEFAULT_MIN_CELL_COUNT = 5;

const groupKey = (row: TableRow, column: string | undefined): string => {
  if (column === undefined) return '';
  const value = row[column];
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
};

/**
 * Hides small counts so that nobody can be re-identified. Primary: a count from 1 to `minCount − 1`.
 * Secondary: when a column of a group has exactly one hidden cell, its smallest other cell is hidden too (it
 * could otherwise be found back from the total). Cells derived from a hidden count (rates) are hidden with it.
 * A table without a disclosure rule, or with `minCount` ≤ 1, comes back unchanged (with no hidden cell).
 */
export function suppressSmallCells(table: ReportTable, minCount?: number): DisclosedTable {
  const threshold = minCount ?? table.disclosure?.minCount ?? 0;
  if (!Number.isInteger(threshold) || threshold < 0) {
    throw new RangeError(`minCount ${threshold} is not valid: give a whole number of people, 0 or more.`);
  }
  if (table.disclosure === undefined || threshold <= 1) return { ...table, suppressed: [] };
  const hidden = new Set<string>();
  const key = (row: number, column: string): string => `${row}\u0000${column}`;
  const countColumns = table.columns.filter((column) => column.unit === 'count');
  const groups = new Map<string, number[]>();
  table.rows.forEach((row, index) => {
    const group = groupKey(row, table.disclosure?.groupBy);
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [index]);
    else members.push(index);
  });
  for (const column of countColumns) {
    for (const indexes of groups.values()) {
      const small = indexes.filter((index) => {
        const value = table.rows[index]?.[column.key];
        return typeof value === 'number' && value > 0 && value < threshold;
      });
      for (const index of small) hidden.add(key(index, column.key));
      if (small.length !== 1) continue;
      const others = indexes
        .filter((index) => !small.includes(index) && typeof table.rows[index]?.[column.key] === 'number')
        .sort((a, b) => (table.rows[a]?.[column.key] as number) - (table.rows[b]?.[column.key] as number));
      if (others[0] !== undefined) hidden.add(key(others[0], column.key));
    }
  }
  const suppressed: SuppressedCell[] = [];
  const rows = table.rows.map((row, index) => {
    const copy: Record<string, CellValue> = { ...row };
    for (const column of table.columns) {
      const derivedHidden = (column.derivedFrom ?? []).some((source) => hidden.has(key(index, source)));
      if (hidden.has(key(index, column.key)) || derivedHidden) {
        copy[column.key] = null;
        suppressed.push({ row: index, column: column.key });
      }
    }
    return copy;
  });
  const note: LocalizedText = {
    fr: `Secret statistique : les effectifs de 1 à ${threshold - 1} personnes sont masqués, ainsi qu’une seconde case quand une seule le serait dans une colonne d’un même groupe.`,
    en: `Statistical disclosure control: counts of 1 to ${threshold - 1} people are hidden, and a second cell when only one would be in a column of a group.`,
  };
  return { ...table, rows, suppressed, notes: [...table.notes, note] };
}
