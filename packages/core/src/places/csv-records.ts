import Papa from 'papaparse';
import { createIssue, type Issue } from '../issues/issue.js';

/** One parsed row and the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Options of {@link readCsvRecords}. */
export interface CsvReadOptions {
  /** File name quoted in issues. */
  readonly source?: string;
  /** Field delimiter (default `,`). */
  readonly delimiter?: string;
  /** Whether `"` quotes fields (default true); GeoNames' tab files are unquoted. */
  readonly quoted?: boolean;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Parses delimited text with papaparse, row by row, keeping the line each row starts on (quoted
 * fields may span lines, so rows and lines differ). A leading byte-order mark is dropped, blank lines
 * are skipped, and rows papaparse cannot read become `malformed_row` issues.
 */
export function readCsvRecords(
  text: string,
  options: CsvReadOptions = {},
): { records: CsvRecord[]; issues: Issue[] } {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const issues: Issue[] = [];
  let offset = 0;
  let line = 1;
  Papa.parse<string[]>(input, {
    delimiter: options.delimiter ?? ',',
    // A quote character that cannot occur turns quoting off.
    quoteChar: options.quoted === false ? '\u0000' : '"',
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const end = result.meta.cursor;
      line += countNewlines(input, offset, end);
      offset = end;
      const cells = result.data;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return;
      const error = result.errors[0];
      if (error !== undefined) {
        const where = { line: start, ...(options.source !== undefined ? { source: options.source } : {}) };
        issues.push(createIssue('malformed_row', { ...where, params: { detail: error.message } }));
        return;
      }
      records.push({ line: start, cells });
    },
  });
  return { records, issues };
}
