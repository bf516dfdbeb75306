// Small-cell suppression from @passerelle/reporting, loaded when a dashboard shows a table with a disclosure
// rule: the figures a widget shows or exports are the ones the reporting package would publish.
import { suppressSmallCells, type DisclosedTable, type ReportTable } from '@passerelle/reporting';

/** The table with its small cells hidden (`null`, listed in `suppressed`), by the table's own rule. */
export function disclose(table: ReportTable): DisclosedTable {
  return suppressSmallCells(table);
}
