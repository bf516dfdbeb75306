import { createIssue, type Issue } from '../issues/issue.js';
import { readCsvRecords, type CsvReadOptions, type CsvRecord } from './csv-records.js';

/** A delimited file with a header: where each column is, the data rows, and the file-level issues. */
export interface CsvTable {
  /** Column positions by lower-case name. */
  readonly columns: ReadonlyMap<string, number>;
  /** Data rows with as many cells as the header. */
  readonly rows: readonly CsvRecord[];
  /** Malformed rows, missing columns, an empty file. */
  readonly issues: readonly Issue[];
  /** Whether the rows can be read (the file has a header with every required column). */
  readonly isReadable: boolean;
}

/**
 * Reads a delimited file with a header row. Reports `empty_file` when there are no data rows,
 * `missing_column` for each required column absent from the header, and `malformed_row` for rows whose
 * number of fields differs from the header's (such rows are left out).
 */
export function readCsvTable(
  text: string,
  required: readonly string[],
  options: CsvReadOptions = {},
): CsvTable {
  const { records, issues } = readCsvRecords(text, options);
  const source = options.source !== undefined ? { source: options.source } : {};
  const [header, ...data] = records;
  if (header === undefined || data.length === 0) {
    issues.push(createIssue('empty_file', source));
    return { columns: new Map(), rows: [], issues, isReadable: false };
  }
  const columns = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (!columns.has(name)) columns.set(name, index);
  });
  const missing = required.filter((name) => !columns.has(name));
  for (const column of missing) {
    issues.push(createIssue('missing_column', { ...source, line: header.line, params: { column } }));
  }
  const rows = data.filter((row) => {
    if (row.cells.length === header.cells.length) return true;
    const detail = `${header.cells.length} fields expected, ${row.cells.length} found`;
    issues.push(createIssue('malformed_row', { ...source, line: row.line, params: { detail } }));
    return false;
  });
  return { columns, rows, issues, isReadable: missing.length === 0 };
}
