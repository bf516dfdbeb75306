import { createIssue, type Issue, type IssueInit } from '../issues/issue.js';
import type { IssueCode } from '../issues/issue-codes.js';
import type { Coordinates } from '../model/common.js';
import { BELGIUM_BOUNDS } from './belgium-bounds.js';
import type { CsvRecord } from './csv-records.js';
import { normalizeNisCode, normalizePostalCode } from './normalize.js';

/**
 * Reads the cells of one row by column name and collects an issue, with line and field, for each cell
 * that does not hold what the column should. A row is kept only if {@link RowReader.hasErrors} is false.
 */
export class RowReader {
  /** Issues found so far in this row. */
  readonly issues: Issue[] = [];

  constructor(
    private readonly record: CsvRecord,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly source: string | undefined,
  ) {}

  /** Whether any issue of this row is an error. */
  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  /** The trimmed cell of a column; empty when the column or the cell is absent. */
  text(column: string): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : (this.record.cells[index] ?? '').trim();
  }

  /** Records an issue on a column of this row. */
  report(code: IssueCode, column: string, init: Omit<IssueInit, 'line' | 'source' | 'field'> = {}): void {
    const where = {
      line: this.record.line,
      field: column,
      ...(this.source !== undefined ? { source: this.source } : {}),
    };
    this.issues.push(createIssue(code, { ...init, ...where }));
  }

  /** A non-empty cell, or `undefined` with a `required` issue. */
  required(column: string): string | undefined {
    const value = this.text(column);
    if (value === '') this.report('required', column);
    return value === '' ? undefined : value;
  }

  /** A Belgian postal code (`B-6000` accepted), or `undefined` with an issue. */
  postalCode(column: string): string | undefined {
    const value = this.required(column);
    if (value === undefined) return undefined;
    const code = normalizePostalCode(value);
    if (code === undefined) this.report('invalid_postal_code', column, { value });
    return code;
  }

  /** A five-digit NIS code; an empty optional cell gives `undefined` silently. */
  nisCode(column: string, isOptional = false): string | undefined {
    const value = isOptional ? this.text(column) : this.required(column);
    if (value === undefined || value === '') return undefined;
    const code = normalizeNisCode(value);
    if (code === undefined) this.report('invalid_nis_code', column, { value });
    return code;
  }

  /** A latitude and longitude inside Belgium's box, or `undefined` with an issue per bad cell. */
  coordinates(latColumn: string, lonColumn: string): Coordinates | undefined {
    const lat = this.degrees(latColumn, BELGIUM_BOUNDS.minLat, BELGIUM_BOUNDS.maxLat);
    const lon = this.degrees(lonColumn, BELGIUM_BOUNDS.minLon, BELGIUM_BOUNDS.maxLon);
    return lat === undefined || lon === undefined ? undefined : { lat, lon };
  }

  private degrees(column: string, min: number, max: number): number | undefined {
    const value = this.required(column);
    if (value === undefined) return undefined;
    // A decimal comma is accepted: spreadsheets in Belgian locales write one.
    const number = /^[-+]?\d+(?:[.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : NaN;
    if (Number.isNaN(number)) {
      this.report('invalid_number', column, { value });
      return undefined;
    }
    if (number < min || number > max) {
      this.report('out_of_range', column, { value, params: { min, max } });
      return undefined;
    }
    return number;
  }
}
