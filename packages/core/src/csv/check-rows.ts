import { createIssue, type Issue, type PathKey } from '../issues/issue.js';
import { parseRecord } from '../parse/parse-record.js';
import { isBlank } from './cell-result.js';
import { buildRow, type BuiltRow } from './build-row.js';
import type { CsvKindSpec, RowInput } from './csv-column.js';
import type { CsvImportOptions } from './csv-options.js';
import type { CsvRejectedRow } from './import-csv.js';
import type { RawRow } from './read-rows.js';
import { columnNameFor, type ColumnPlan } from './resolve-columns.js';

/** A row whose cells all read, waiting for validation by the model. */
export interface PendingRow {
  readonly index: number;
  readonly line: number;
  /** The row's cells by header (built on demand: only rejected rows need it). */
  readonly raw: () => Readonly<Record<string, string>>;
  readonly input: RowInput;
  /** Places an issue of this row: its index in the file and the column name of its path. */
  readonly relocate: (issue: Issue) => Issue;
}

/** The row's cells by header; an empty or repeated header, or a cell beyond the header, gets `#n`. */
function rawCells(plan: ColumnPlan, cells: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  cells.forEach((cell, i) => {
    const header = plan.columns[i]?.header.trim();
    const key = header && !(header in raw) ? header : `#${i + 1}`;
    raw[key] = cell;
  });
  return raw;
}

/** Why the row's structure is broken (quotes, or a cell count that differs from the header's), if it is. */
function structureIssue(row: RawRow, width: number, where: { source?: string; line: number; index: number }) {
  if (row.quoteProblem)
    return createIssue('malformed_row', { ...where, params: { quote: row.quoteProblem } });
  // Extra cells that are all empty come from a trailing delimiter and are harmless.
  const extraFilled = row.cells.slice(width).some((cell) => !isBlank(cell));
  if (row.cells.length < width || extraFilled) {
    return createIssue('malformed_row', { ...where, params: { found: row.cells.length, expected: width } });
  }
  return undefined;
}

const related = (a: readonly PathKey[], b: readonly PathKey[]) => {
  const n = Math.min(a.length, b.length);
  return n > 0 && a.slice(0, n).every((key, i) => key === b[i]);
};

/** The model's issues about a row that also has unreadable cells, minus those the unread cells caused. */
function otherIssues(spec: CsvKindSpec, built: BuiltRow): readonly Issue[] {
  const result = parseRecord(spec.recordKind, built.input);
  if (result.ok) return [];
  return result.issues.filter((issue) => !built.failedPaths.some((path) => related(issue.path, path)));
}

/**
 * Checks each data row: its structure, then its cells. Rows with a problem are rejected with all their
 * issues; the others are returned to be validated together (for duplicate ids).
 */
export function checkRows(
  spec: CsvKindSpec,
  plan: ColumnPlan,
  rows: readonly RawRow[],
  width: number,
  options: CsvImportOptions,
): { pending: PendingRow[]; rejected: CsvRejectedRow[]; fileIssues: Issue[] } {
  const pending: PendingRow[] = [];
  const rejected: CsvRejectedRow[] = [];
  const fileIssues: Issue[] = [];
  const source = options.source !== undefined ? { source: options.source } : {};
  rows.forEach((row, index) => {
    const where = { ...source, line: row.line, index };
    const raw = () => rawCells(plan, row.cells);
    const relocate = (issue: Issue): Issue => ({
      ...issue,
      ...where,
      field: columnNameFor(spec, plan, issue.path),
    });
    const broken = structureIssue(row, width, where);
    if (broken) {
      rejected.push({ index, line: row.line, input: raw(), issues: [broken] });
      fileIssues.push(broken);
      return;
    }
    const built = buildRow(spec, plan, row.cells, options.defaults ?? {}, where);
    if (built.issues.length > 0) {
      const issues = [...built.issues, ...otherIssues(spec, built).map(relocate)];
      rejected.push({ index, line: row.line, input: raw(), issues });
      return;
    }
    pending.push({ index, line: row.line, raw, input: built.input, relocate });
  });
  return { pending, rejected, fileIssues };
}
