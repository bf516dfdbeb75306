import type { CellValue, ReportTable, TableColumn } from '@passerelle/reporting';
import type { Formats } from '../i18n/format.js';
import type { Translation, WidgetLocale } from '../i18n/translation.js';
import { isRecord } from './check.js';

/** The language of reporting labels (French and English) to show in a widget language. */
export function reportLocale(locale: WidgetLocale): 'fr' | 'en' {
  return locale === 'fr' ? 'fr' : 'en';
}

/** A label in French and English, or plain text, in the widget's language. */
export function labelText(value: CellValue | undefined, locale: WidgetLocale): string {
  if (value === null || value === undefined) return '';
  if (isRecord(value)) return String((value as Record<string, unknown>)[reportLocale(locale)] ?? '');
  return String(value);
}

/** Whether a cell is hidden by small-cell suppression. */
export type IsHidden = (row: number, column: string) => boolean;

/** A cell as shown: formatted by its column's unit, `—` when empty, the suppression note when hidden. */
export function cellText(
  value: CellValue | undefined,
  column: TableColumn,
  context: { fmt: Formats; t: Translation; locale: WidgetLocale; hidden?: boolean },
): string {
  const { fmt, t, locale } = context;
  if (context.hidden) return t.dashboard.suppressed;
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return labelText(value, locale);
  switch (column.unit) {
    case 'count':
      return fmt.integer(value);
    case 'rate':
      return fmt.percent(value);
    case 'growth':
      return `${value > 0 ? '+' : ''}${fmt.percent(value)}`;
    case 'days':
      return t.dashboard.days(Math.round(value));
    case 'number':
      return fmt.decimal(value);
    default:
      return String(value);
  }
}

const ROW_UNITS: ReadonlySet<string> = new Set(['count', 'rate']);

/**
 * The column as one row reads it: a table whose rows mix units (the targets: counts of people and a placement
 * rate) says each row's unit in a `unit` value, which then applies to its plain number columns.
 */
export function columnForRow(
  column: TableColumn,
  values: Readonly<Record<string, CellValue>> | undefined,
): TableColumn {
  const unit = values?.unit;
  if (column.unit !== 'number' || typeof unit !== 'string' || !ROW_UNITS.has(unit)) return column;
  return { ...column, unit: unit as TableColumn['unit'] };
}

/** A numeric cell, or undefined when it is empty, hidden or not a number. */
export function numberAt(
  table: ReportTable,
  row: number,
  column: string,
  hidden?: IsHidden,
): number | undefined {
  if (hidden?.(row, column)) return undefined;
  const value = table.rows[row]?.[column];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const quote = (text: string, delimiter: string) =>
  /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;

/**
 * The rows shown, as CSV that Excel in Belgium opens: `;` between cells, UTF-8 with a byte order mark, decimal
 * comma outside English, rates as shares (0,25), hidden cells left empty. Headers and labels in the widget's
 * language.
 */
export function rowsToCsv(
  columns: readonly TableColumn[],
  rows: readonly { readonly index: number; readonly values: Readonly<Record<string, CellValue>> }[],
  locale: WidgetLocale,
  hidden?: IsHidden,
): string {
  const delimiter = ';';
  const decimal = locale === 'en' ? '.' : ',';
  const lines = [columns.map((column) => quote(labelText(column.label, locale), delimiter)).join(delimiter)];
  for (const row of rows) {
    const cells = columns.map((column) => {
      if (hidden?.(row.index, column.key)) return '';
      const value = row.values[column.key];
      if (value === null || value === undefined) return '';
      if (typeof value === 'number') return String(value).replace('.', decimal);
      return quote(labelText(value, locale), delimiter);
    });
    lines.push(cells.join(delimiter));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
