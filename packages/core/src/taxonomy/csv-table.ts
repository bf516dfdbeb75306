// A thin layer over papaparse for taxonomy files: header → column map, 1-based file line of each row,
// and issues for missing columns and broken rows. Parsing itself is papaparse's. Rows are streamed
// (papaparse's `step`) so that full ESCO's 123,417 rows never sit in memory as arrays: keeping them
// made garbage collection the largest cost of loading it.
import Papa from 'papaparse';
import { createIssue, type Issue } from '../issues/issue.js';

/** One data row and the file line it starts on. */
export interface CsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A CSV file's name and columns, to read cells by column name. */
export interface CsvHeader {
  readonly source: string;
  readonly columns: ReadonlyMap<string, number>;
}

function newlines(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++;
  }
  return count;
}

function columnMap(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const clean = name.trim();
    if (clean !== '' && !columns.has(clean)) columns.set(clean, index);
  });
  return columns;
}

const isBlank = (cells: readonly string[]): boolean => cells.length === 1 && cells[0]?.trim() === '';

// Reports the required columns the header lacks; false when there is one.
function hasColumns(header: CsvHeader, required: readonly string[], line: number, issues: Issue[]): boolean {
  const missing = required.filter((column) => !header.columns.has(column));
  for (const column of missing) {
    issues.push(
      createIssue('missing_column', { source: header.source, line, field: column, params: { column } }),
    );
  }
  return missing.length === 0;
}

/**
 * Reads comma-separated `text` (UTF-8, optional BOM) whose first row is a header, calling `onRow` for
 * each good data row. Rows whose quoting is broken or whose cell count differs from the header's are
 * reported (`malformed_row`) and skipped; a missing required column is an error and no row is read.
 * Issues go to `issues`, in line order with those `onRow` adds. Never throws on data; a TypeError if
 * `text` is not a string.
 */
export function readCsv(
  text: string,
  source: string,
  required: readonly string[],
  issues: Issue[],
  onRow: (row: CsvRow, header: CsvHeader) => void,
): void {
  if (typeof text !== 'string') throw new TypeError(`The content of ${source} must be a string`);
  const before = issues.length;
  let header: CsvHeader | undefined;
  let width = 0;
  let line = 1;
  let rowCount = 0;
  let index = -1;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    step: (result, handle) => {
      const cells = result.data;
      const rowLine = line;
      line += 1 + newlines(cells);
      if (header === undefined) {
        if (isBlank(cells)) return;
        header = { source, columns: columnMap(cells) };
        width = cells.length;
        if (!hasColumns(header, required, rowLine, issues)) handle.abort();
        return;
      }
      index += 1;
      if (isBlank(cells)) return;
      if (result.errors.length > 0 || cells.length !== width) {
        const params = { cells: cells.length, expected: width };
        issues.push(createIssue('malformed_row', { source, line: rowLine, index, params }));
        return;
      }
      rowCount += 1;
      onRow({ cells, line: rowLine }, header);
    },
  });
  if (header === undefined) issues.push(createIssue('empty_file', { source }));
  else if (rowCount === 0 && issues.length === before) {
    issues.push(createIssue('empty_file', { source, severity: 'warning' }));
  }
}

/** The cell of `row` under `column` ('' when the file has no such column). */
export function cellOf(header: CsvHeader, row: CsvRow, column: string): string {
  const index = header.columns.get(column);
  return index === undefined ? '' : (row.cells[index] ?? '');
}
