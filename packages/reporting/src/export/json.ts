import { suppressSmallCells } from '../breakdowns/suppress.js';
import type { DisclosedTable } from '../breakdowns/suppress.js';
import type { ReportTable } from '../tables/table.js';

/** Options of {@link tableToJson}. */
export interface TableJsonOptions {
  /** Smallest count shown, for tables with a disclosure rule (default: the table's own, 5 for breakdowns). */
  readonly minCount?: number;
  /** Indentation passed to `JSON.stringify` (default 2). */
  readonly indent?: number;
}

/**
 * A table as JSON text: the whole table (title, period, columns, rows, notes, excluded records) with small
 * cells set to `null` and listed in `suppressed` when the table has a disclosure rule.
 */
export function tableToJson(table: ReportTable, options: TableJsonOptions = {}): string {
  const disclosed: DisclosedTable = suppressSmallCells(table, options.minCount);
  return JSON.stringify(disclosed, null, options.indent ?? 2);
}
