import type { Issue, LocalizedText } from '@passerelle/core';
import type { Period } from '../periods/period.js';

/**
 * What a column holds: `text` (a label or code), `count` (people or records), `rate` (a share from 0 to 1),
 * `days` (a duration in days), `date` (`YYYY-MM-DD`), `number` (a signed difference in the compared column's
 * unit) or `growth` (a signed relative change: 0.24 is +24 %).
 */
export type ColumnUnit = 'text' | 'count' | 'rate' | 'days' | 'date' | 'number' | 'growth';

/** A column of a {@link ReportTable}. */
export interface TableColumn {
  /** Key of the column in every row. */
  readonly key: string;
  /** Header in French and English. */
  readonly label: LocalizedText;
  /** What the values are. */
  readonly unit: ColumnUnit;
  /**
   * For a rate or a duration computed from count columns of the same row: those columns. When small-cell
   * suppression hides one of them, it hides this cell too.
   */
  readonly derivedFrom?: readonly string[];
}

/** A cell: text, a number, a label in both languages, or `null` when there is no value (e.g. a rate over 0). */
export type CellValue = string | number | LocalizedText | null;

/** A row: one value per column key. */
export type TableRow = Readonly<Record<string, CellValue>>;

/** The records left out of the figures because they were invalid, and why (never a silent drop). */
export interface ExcludedRecords {
  /** How many records were left out. */
  readonly count: number;
  /** One issue per reason a record was left out; each names the record (`index`, `params.id`). */
  readonly issues: readonly Issue[];
}

/**
 * Small-cell suppression that exports apply: count cells from 1 to `minCount − 1` are hidden, and a second
 * cell of the same column and group is hidden when one alone would be, so that it cannot be found back by
 * subtraction from a total.
 */
export interface DisclosureRule {
  /** Smallest count shown (default 5). */
  readonly minCount: number;
  /** Key of the column whose value groups the rows of one breakdown (e.g. `dimension`). */
  readonly groupBy?: string;
}

/** The result of every indicator: a typed table that carries its definitions with its figures. */
export interface ReportTable {
  /** Stable id, e.g. `placement`. */
  readonly id: string;
  /** Title in French and English. */
  readonly title: LocalizedText;
  /** The reference period. */
  readonly period?: Period;
  /** Columns in display order. */
  readonly columns: readonly TableColumn[];
  /** Rows. */
  readonly rows: readonly TableRow[];
  /** Definitions and parameters used, and what was left out, in French and English. */
  readonly notes: readonly LocalizedText[];
  /** Records left out of the figures. */
  readonly excluded: ExcludedRecords;
  /** Present when exports must suppress small cells (breakdowns by person characteristics). */
  readonly disclosure?: DisclosureRule;
}

/** Whether a cell holds a French/English label. */
export function isLocalizedText(value: CellValue | undefined): value is LocalizedText {
  return typeof value === 'object' && value !== null && 'fr' in value && 'en' in value;
}
