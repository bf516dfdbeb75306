import Papa from 'papaparse';
import type { RecordOf } from '../parse/record-kinds.js';
import { getAt } from './csv-column.js';
import { csvKindSpec, type CsvKind } from './csv-kinds.js';
import { escapeFormula } from './formula-escape.js';

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Column delimiter. Default `;`, what Excel expects in Belgium and France. */
  readonly delimiter?: ';' | ',';
  /** Start with a UTF-8 byte-order mark, so that Excel reads accents right. Default `false`. */
  readonly bom?: boolean;
  /** Write numbers with a decimal comma (`12,5`). Default: `true` with `;`, `false` with `,`. */
  readonly decimalComma?: boolean;
}

/**
 * Writes records as a CSV file that {@link importCsv} reads back to equal records: one row per record, the
 * columns of `csvColumns(kind)` in order under their canonical headers, ISO dates, codes rather than labels,
 * compound cells in their documented formats, `\r\n` line ends. Cells a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`) are prefixed with `'`, which the import removes. What CSV cannot tell apart reads back
 * normalized: text is trimmed and an empty text is unset, and protected attributes without any answer are
 * left out.
 */
export function toCsv<K extends CsvKind>(
  kind: K,
  records: readonly RecordOf<K>[],
  options: ToCsvOptions = {},
): string {
  const spec = csvKindSpec(kind);
  if (!Array.isArray(records)) throw new TypeError('toCsv expects an array of records.');
  const delimiter = options.delimiter ?? ';';
  if (delimiter !== ';' && delimiter !== ',')
    throw new RangeError('toCsv: options.delimiter must be ";" or ",".');
  const encodeOptions = { decimalComma: options.decimalComma ?? delimiter === ';' };
  const rows = records.map((record) =>
    spec.columns.map((column) => {
      const value = getAt(record, column.path);
      return value === undefined || value === null
        ? ''
        : escapeFormula(column.codec.encode(value, encodeOptions));
    }),
  );
  const fields = spec.columns.map((column) => column.header);
  const text = Papa.unparse({ fields, data: rows }, { delimiter, newline: '\r\n' });
  return `${options.bom ? '\uFEFF' : ''}${text}\r\n`;
}
