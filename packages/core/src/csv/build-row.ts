import { createIssue, type Issue, type PathKey } from '../issues/issue.js';
import { setAt, type CsvColumn, type CsvKindSpec, type RowInput } from './csv-column.js';
import type { ColumnPlan } from './resolve-columns.js';
import { unescapeFormula } from './formula-escape.js';

/** A row turned into a record input, with the cells that could not be read. */
export interface BuiltRow {
  /** The record input (to be validated by the model). */
  readonly input: RowInput;
  /** One issue per unreadable cell. */
  readonly issues: readonly Issue[];
  /** Paths of the fields whose cell failed (left unset in `input`). */
  readonly failedPaths: readonly (readonly PathKey[])[];
}

/** Where the row is, for its issues. */
export interface RowLocation {
  readonly source?: string;
  readonly line: number;
  readonly index: number;
}

/**
 * The text to decode for a column: the cell (trimmed, formula escape removed), or the default when the cell
 * is empty or the column absent; an absent list column reads as an empty cell; otherwise `undefined` (unset).
 */
function cellText(
  column: CsvColumn,
  cells: readonly string[],
  plan: ColumnPlan,
  defaults: Readonly<Record<string, unknown>>,
): string | undefined {
  const at = plan.positions.get(column.field);
  const cell = at === undefined ? undefined : unescapeFormula((cells[at] ?? '').trim());
  const fallback = defaults[column.field];
  if ((cell === undefined || cell === '') && fallback !== undefined) return String(fallback);
  if (cell === undefined) return column.codec.isList ? '' : undefined;
  return cell;
}

/** Turns the cells of one row into a record input of the kind, decoding each column's cell. */
export function buildRow(
  spec: CsvKindSpec,
  plan: ColumnPlan,
  cells: readonly string[],
  defaults: Readonly<Record<string, unknown>>,
  where: RowLocation,
): BuiltRow {
  const input: RowInput = {};
  const issues: Issue[] = [];
  const failedPaths: PathKey[][] = [];
  for (const column of spec.columns) {
    const text = cellText(column, cells, plan, defaults);
    if (text === undefined) continue;
    const result = column.codec.decode(text);
    if (!result.ok) {
      const at = plan.positions.get(column.field);
      const field = at !== undefined ? (plan.columns[at]?.header ?? column.header) : column.header;
      const path = result.item !== undefined ? [...column.path, result.item] : [...column.path];
      issues.push(
        createIssue(result.code, {
          ...where,
          path,
          field,
          value: result.value,
          ...(result.params !== undefined ? { params: result.params } : {}),
        }),
      );
      failedPaths.push([...column.path]);
    } else if (result.value !== undefined) {
      if (column.assign) column.assign(input, result.value);
      else setAt(input, column.path, result.value);
    }
  }
  return { input: spec.finish ? spec.finish(input) : input, issues, failedPaths };
}
