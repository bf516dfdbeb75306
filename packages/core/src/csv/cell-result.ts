import type { IssueCode } from '../issues/issue-codes.js';
import type { IssueParams } from '../issues/issue.js';

/**
 * Why one cell could not be read: everything an {@link Issue} needs except where it is (the importer adds
 * the file, line, column and path).
 */
export interface CellFailure {
  readonly ok: false;
  /** Stable issue code, e.g. `invalid_date`. */
  readonly code: IssueCode;
  /** Values quoted by the message (allowed codes, the expected format…). */
  readonly params?: IssueParams;
  /** In a list cell, the 0-based position of the item that failed. */
  readonly item?: number;
  /** The offending text (the item of a list cell, else the whole cell). */
  readonly value: string;
}

/** The value read from a cell, or why it could not be read. `value` is `undefined` for an empty cell. */
export type CellResult<T> = { readonly ok: true; readonly value: T } | CellFailure;

/** A pure function from the text of a cell to a value or a failure. It never throws. */
export type CellDecoder<T> = (cell: string) => CellResult<T>;

/** A successful read. */
export function cellValue<T>(value: T): CellResult<T> {
  return { ok: true, value };
}

/** A failed read of `value`. */
export function cellFailure(code: IssueCode, value: string, params?: IssueParams): CellFailure {
  return { ok: false, code, value, ...(params !== undefined ? { params } : {}) };
}

/** Whether a cell holds nothing but white space (spreadsheets pad with no-break spaces too). */
export function isBlank(cell: string): boolean {
  return cell.trim() === '';
}
