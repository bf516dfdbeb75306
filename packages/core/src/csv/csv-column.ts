import type { PathKey } from '../issues/issue.js';
import type { RecordKind } from '../parse/record-kinds.js';
import type { CellCodec } from './cell-codecs.js';

/** A record input being assembled from one row. */
export type RowInput = Record<string, unknown>;

/** One column of a CSV file: the field it fills, the header names it goes by, and how its cells read. */
export interface CsvColumn {
  /** Field name, used in the `mapping` and `defaults` options (e.g. `postalCode`, `mireId`). */
  readonly field: string;
  /** The header {@link toCsv} writes (snake_case English, e.g. `postal_code`); also accepted on import. */
  readonly header: string;
  /** Other accepted headers in French, English and Dutch; compared without accents, case, spaces or `_`. */
  readonly aliases: readonly string[];
  /** Where the value sits in the record, e.g. `['candidate', 'home', 'postalCode']`. */
  readonly path: readonly PathKey[];
  /** How the cells read and write. */
  readonly codec: CellCodec;
  /** The file must have this column (or a default for it), because the record needs the value. */
  readonly required?: boolean;
  /** Puts a decoded value into the input when it is more than a plain value at `path`. */
  readonly assign?: (input: RowInput, value: unknown) => void;
}

/** The columns of one kind of CSV file and how a row becomes a record input. */
export interface CsvKindSpec {
  /** The record kind the rows are parsed as. */
  readonly recordKind: RecordKind;
  /** The columns, in the order {@link toCsv} writes them. */
  readonly columns: readonly CsvColumn[];
  /** Groups of fields of which the file needs at least one (a place: a postal code, a NIS code or coordinates). */
  readonly requireOneOf?: readonly (readonly string[])[];
  /** Completes an assembled input (e.g. the candidate id into the protected attributes). */
  readonly finish?: (input: RowInput) => RowInput;
}

/** The value at `path` in a record, or undefined. */
export function getAt(record: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/** Sets `value` at `path` in `target`, creating the objects on the way. */
export function setAt(target: RowInput, path: readonly PathKey[], value: unknown): void {
  let current: Record<PathKey, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = current[key];
    if (next === null || typeof next !== 'object') current[key] = {};
    current = current[key] as Record<PathKey, unknown>;
  });
}

/** Builds a column. `aliases` is a comma-separated list of header names (`'code postal, cp, postcode'`). */
export function column(
  field: string,
  header: string,
  path: readonly PathKey[],
  codec: CellCodec,
  aliases: string,
  options: Pick<CsvColumn, 'required' | 'assign'> = {},
): CsvColumn {
  const names = aliases
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return { field, header, path, codec, aliases: names, ...options };
}

/** The `required` option of {@link column}. */
export const REQUIRED = { required: true } as const;
