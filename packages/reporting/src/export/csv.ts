import type { MessageLocale } from '@passerelle/core';
import { suppressSmallCells } from '../breakdowns/suppress.js';
import type { CellValue, ReportTable } from '../tables/table.js';
import { isLocalizedText } from '../tables/table.js';

/** Options of {@link tableToCsv}. */
export interface TableCsvOptions {
  /** Language of the headers, labels and notes (default `fr`). */
  readonly locale?: MessageLocale;
  /** Write decimals with a comma, as Belgian French Excel reads them (default: `true` for `fr`, else `false`). */
  readonly decimalComma?: boolean;
  /** Cell separator (default `;`, which Excel in Belgium expects). */
  readonly delimiter?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte order mark so that Excel reads accents right (default `true`). */
  readonly bom?: boolean;
  /** Append the title and notes after the rows, separated by an empty line (default `true`). */
  readonly withNotes?: boolean;
  /** Smallest count shown, for tables with a disclosure rule (default: the table's own, 5 for breakdowns). */
  readonly minCount?: number;
}

/** What a hidden (suppressed) cell shows in a CSV file. */
export const SUPPRESSED_MARK = 'x';

function formatNumber(value: number, decimalComma: boolean): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return decimalComma ? text.replace('.', ',') : text;
}

function quote(text: string, delimiter: string): string {
  // A cell that starts like a formula is prefixed so that a spreadsheet shows it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function formatCell(value: CellValue | undefined, locale: MessageLocale, decimalComma: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, decimalComma) : '';
  if (isLocalizedText(value)) return value[locale];
  return value;
}

/**
 * A table as CSV text that Excel in Belgium opens correctly: `;` between cells, CRLF line ends, UTF-8 with a
 * byte order mark, and, in French, decimal commas. Rates are shares from 0 to 1. Small cells are suppressed
 * when the table has a disclosure rule (hidden cells show {@link SUPPRESSED_MARK}).
 */
export function tableToCsv(table: ReportTable, options: TableCsvOptions = {}): string {
  const locale = options.locale ?? 'fr';
  const decimalComma = options.decimalComma ?? locale === 'fr';
  const delimiter = options.delimiter ?? ';';
  if (decimalComma && delimiter === ',') {
    throw new RangeError('A decimal comma needs another delimiter than ",": use ";" or a tab.');
  }
  const disclosed = suppressSmallCells(table, options.minCount);
  const hidden = new Set(disclosed.suppressed.map((cell) => `${cell.row}\u0000${cell.column}`));
  const lines: string[] = [
    disclosed.columns.map((column) => quote(column.label[locale], delimiter)).join(delimiter),
  ];
  disclosed.rows.forEach((row, index) => {
    const cells = disclosed.columns.map((column) =>
      hidden.has(`${index}\u0000${column.key}`)
        ? SUPPRESSED_MARK
        : quote(formatCell(row[column.key], locale, decimalComma), delimiter),
    );
    lines.push(cells.join(delimiter));
  });
  if (options.withNotes ?? true) {
    lines.push('', quote(disclosed.title[locale], delimiter));
    if (disclosed.period) lines.push(quote(disclosed.period.label[locale], delimiter));
    for (const note of disclosed.notes) lines.push(quote(note[locale], delimiter));
  }
  return `${(options.bom ?? true) ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
