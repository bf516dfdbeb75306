import { createIssue, type Issue } from '../issues/issue.js';
import { parseMany, type BulkResult, type RejectedRecord } from '../parse/parse-many.js';
import type { RecordOf } from '../parse/record-kinds.js';
import { decodeText, stripBom, type TextEncoding } from './decode-text.js';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import { csvKindSpec, type CsvKind } from './csv-kinds.js';
import { checkImportOptions, type CsvImportOptions } from './csv-options.js';
import { readRows, type RawRow } from './read-rows.js';
import { resolveColumns, type ColumnPlan, type ResolvedColumn } from './resolve-columns.js';
import { checkRows, type PendingRow } from './check-rows.js';

/** A row that did not become a record: where it is, what it held, and why. */
export interface CsvRejectedRow extends RejectedRecord {
  /** 0-based position among the file's data rows (blank rows are not counted). */
  readonly index: number;
  /** The 1-based line where the row starts; the header is line 1. */
  readonly line: number;
  /** The row's cells by header, as found in the file. */
  readonly input: Readonly<Record<string, string>>;
}

/** What a CSV import gives back. `records.length + rejected.length` is the number of data rows. */
export interface CsvImportResult<T> extends BulkResult<T> {
  /** The rows that did not pass, in file order, each with its line and issues. */
  readonly rejected: CsvRejectedRow[];
  /**
   * Issues about the file as a whole: `empty_file`, `missing_column`, `unknown_column` (warning),
   * `duplicate_value` (a field given by two columns; warning), `encoding_fallback` (warning), and a
   * `malformed_row` for each structurally broken row — which is also in `rejected`, the file going on.
   */
  readonly fileIssues: Issue[];
  /** How the file's headers were matched to fields. */
  readonly columns: ResolvedColumn[];
  /** The delimiter used (given or detected). */
  readonly delimiter: CsvDelimiter;
  /** How the bytes were decoded (`utf-8` for a string input). */
  readonly encoding: TextEncoding;
}

const EXCEL_SEPARATOR_LINE = /^sep=([;,\t])[ \t]*(?:\r\n|\n|\r)/i;

function decodeInput(input: string | Uint8Array): {
  text: string;
  encoding: TextEncoding;
  issues: readonly Issue[];
} {
  if (typeof input === 'string') return { text: stripBom(input).text, encoding: 'utf-8', issues: [] };
  if (input instanceof Uint8Array) return decodeText(input);
  throw new TypeError('importCsv expects the file as a string or a Uint8Array of its bytes.');
}

/**
 * Imports a CSV file of one kind of record: an intranet or spreadsheet export, `;`, `,` or tab delimited,
 * UTF-8 (with or without BOM) or Windows-1252. Headers are matched to fields by their French, English or
 * Dutch names (see `csvColumns(kind)` for each column's accepted names and cell format) or by `mapping`.
 * Every good row becomes a record; every bad row is returned with its line, its cells and its issues, each
 * naming the file's column. A repeated id rejects the later row. Never throws on file content; bad options
 * throw a TypeError or RangeError.
 */
export function importCsv<K extends CsvKind>(
  kind: K,
  input: string | Uint8Array,
  options: CsvImportOptions = {},
): CsvImportResult<RecordOf<K>> {
  const spec = csvKindSpec(kind);
  checkImportOptions(spec, options);
  const decoded = decodeInput(input);
  const source = options.source !== undefined ? { source: options.source } : {};
  const fileIssues = decoded.issues.map((issue) => ({ ...issue, ...source }));
  // Excel writes and honours a first line `sep=;` naming the delimiter; it is not the header.
  const hint = EXCEL_SEPARATOR_LINE.exec(decoded.text)?.[1] as CsvDelimiter | undefined;
  const delimiter = options.delimiter ?? hint ?? detectDelimiter(decoded.text);
  const [header, ...rows] = readRows(decoded.text, delimiter).slice(hint !== undefined ? 1 : 0);
  const base = { records: [], rejected: [], columns: [], delimiter, encoding: decoded.encoding };
  if (header === undefined) {
    return { ...base, fileIssues: [...fileIssues, createIssue('empty_file', source)] };
  }
  const plan = resolveColumns(spec, header.cells, options);
  fileIssues.push(...plan.issues, ...headerIssues(header, rows, options.source));
  const checked = checkRows(spec, plan, rows, header.cells.length, options);
  fileIssues.push(...checked.fileIssues);
  const records = finishRows(kind, plan, checked.pending, checked.rejected, options.source);
  return { ...base, ...records, fileIssues, columns: [...plan.columns] };
}

/** A broken header row, and a file without data rows (a warning: zero records is a valid answer). */
function headerIssues(header: RawRow, rows: readonly RawRow[], source: string | undefined): Issue[] {
  const where = { line: header.line, ...(source !== undefined ? { source } : {}) };
  const issues: Issue[] = [];
  if (header.quoteProblem)
    issues.push(createIssue('malformed_row', { ...where, params: { quote: header.quoteProblem } }));
  if (rows.length === 0) issues.push(createIssue('empty_file', { ...where, severity: 'warning' }));
  return issues;
}

/** Validates the rows whose cells all read, with duplicate ids, and merges their rejections with the others. */
function finishRows<K extends CsvKind>(
  kind: K,
  plan: ColumnPlan,
  pending: readonly PendingRow[],
  rejected: CsvRejectedRow[],
  source: string | undefined,
): { records: RecordOf<K>[]; rejected: CsvRejectedRow[] } {
  const spec = csvKindSpec(kind);
  const bulk = parseMany(
    spec.recordKind,
    pending.map((row) => row.input),
    {
      ...(source !== undefined ? { source } : {}),
      lines: pending.map((row) => row.line),
    },
  );
  for (const bad of bulk.rejected) {
    const row = pending[bad.index];
    if (row === undefined) continue;
    rejected.push({
      index: row.index,
      line: row.line,
      input: row.raw(),
      issues: bad.issues.map(row.relocate),
    });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { records: bulk.records as RecordOf<K>[], rejected };
}
