import type { CsvKindSpec } from './csv-column.js';
import { CSV_DELIMITERS, isCsvDelimiter, type CsvDelimiter } from './detect-delimiter.js';

/** Options of {@link importCsv}. */
export interface CsvImportOptions {
  /** File name quoted in issues (e.g. `candidats-2025.csv`). Default: none. */
  readonly source?: string;
  /**
   * Explicit column mapping, `{ field: 'Header in file' }`, e.g. `{ postalCode: 'CP domicile' }`. It wins over
   * the automatic matching by aliases. Default: none (aliases only). Field names are those of `csvColumns(kind)`.
   */
  readonly mapping?: Readonly<Record<string, string>>;
  /**
   * Values for fields the file lacks or leaves empty, written as a cell would be, e.g. `{ mireId: 'mirena' }`
   * or `{ workPermit: 'not_required', hasVehicle: false }`. Default: none — a required field without a column
   * or a default rejects every row with `required`, and the file gets a `missing_column` issue.
   */
  readonly defaults?: Readonly<Record<string, string | number | boolean>>;
  /** The column delimiter. Default: detected among `;`, `,` and tab. */
  readonly delimiter?: CsvDelimiter;
}

/** Checks the options of an import (programmer errors throw, with the remedy). */
export function checkImportOptions(spec: CsvKindSpec, options: CsvImportOptions): void {
  if (options === null || typeof options !== 'object')
    throw new TypeError('importCsv: options must be an object.');
  const fields = spec.columns.map((column) => column.field);
  const checkFields = (name: string, record: Readonly<Record<string, unknown>> | undefined) => {
    if (record === undefined) return;
    if (record === null || typeof record !== 'object')
      throw new TypeError(`importCsv: options.${name} must be an object.`);
    for (const key of Object.keys(record)) {
      if (!fields.includes(key)) {
        throw new TypeError(
          `importCsv: options.${name} names an unknown field "${key}". Use one of: ${fields.join(', ')}.`,
        );
      }
    }
  };
  checkFields('mapping', options.mapping);
  checkFields('defaults', options.defaults);
  for (const [field, header] of Object.entries(options.mapping ?? {})) {
    if (typeof header !== 'string')
      throw new TypeError(`importCsv: options.mapping.${field} must be a header name (string).`);
  }
  for (const [field, value] of Object.entries(options.defaults ?? {})) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new TypeError(`importCsv: options.defaults.${field} must be a string, number or boolean.`);
    }
  }
  if (options.delimiter !== undefined && !isCsvDelimiter(options.delimiter)) {
    throw new RangeError(
      `importCsv: options.delimiter must be one of ${CSV_DELIMITERS.map((d) => JSON.stringify(d)).join(', ')}.`,
    );
  }
  if (options.source !== undefined && typeof options.source !== 'string') {
    throw new TypeError('importCsv: options.source must be a string.');
  }
}
