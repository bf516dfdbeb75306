// The dashboard's sections, as pure functions of the reporting tables: the rows and columns of each table view
// and CSV, and each chart. The element adds the headings, the chart/table switch and the download.
import type { CellValue, ReportTable, TableColumn } from '@passerelle/reporting';
import { html, type TemplateResult } from 'lit';
import type { Formats } from '../../i18n/format.js';
import type { Translation, WidgetLocale } from '../../i18n/translation.js';
import { cellText, columnForRow, labelText, numberAt, type IsHidden } from '../../internal/report-cells.js';
import { barChart, bulletChart, lineChart } from './charts.js';

/** What one section shows: the rows and columns of its table view and CSV, and its chart. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly { readonly index: number; readonly values: Readonly<Record<string, CellValue>> }[];
  readonly hidden: IsHidden;
  readonly chart: TemplateResult;
  readonly chartValues: number;
  readonly controls?: TemplateResult;
}

/** The language, formats and small-cell rule the sections are built with. */
export interface SectionContext {
  readonly t: Translation;
  readonly fmt: Formats;
  readonly locale: WidgetLocale;
  readonly hidden: (table: ReportTable) => IsHidden;
}

export function tileFigures(
  tables: readonly ReportTable[],
  names: readonly string[],
  ctx: SectionContext,
): { label: string; text: string }[] {
  const { t, fmt, locale } = ctx;
  return names.flatMap((name) => {
    const [tableId, key] = name.split('.');
    const table = tables.find((candidate) => candidate.id === tableId);
    const column = table?.columns.find((c) => c.key === key);
    if (!table || !column || table.rows.length === 0) return [];
    const hidden = ctx.hidden(table)(0, column.key);
    return [
      {
        label: labelText(column.label, locale),
        text: cellText(table.rows[0]?.[column.key], column, { fmt, t, locale, hidden }),
      },
    ];
  });
}

function cell(table: ReportTable, row: number, key: string, ctx: SectionContext): string {
  const column = table.columns.find((c) => c.key === key);
  if (!column) return '';
  const { fmt, t, locale } = ctx;
  const values = table.rows[row];
  return cellText(values?.[key], columnForRow(column, values), {
    fmt,
    t,
    locale,
    hidden: ctx.hidden(table)(row, key),
  });
}

function rowsOf(
  table: ReportTable,
  keep: (row: Readonly<Record<string, CellValue>>) => boolean = () => true,
) {
  return table.rows.map((values, index) => ({ index, values })).filter((row) => keep(row.values));
}

function columnsOf(table: ReportTable, keys: readonly string[]): TableColumn[] {
  return keys.flatMap((key) => table.columns.find((column) => column.key === key) ?? []);
}

/** The trend: one line per number column (up to four) over the periods of the table's rows. */
export function trendSection(table: ReportTable | undefined, ctx: SectionContext): Section | undefined {
  if (!table || table.rows.length === 0) return undefined;
  const { locale, fmt } = ctx;
  const periodColumn = table.columns.find((c) => c.unit === 'text' || c.unit === 'date') ?? table.columns[0]!;
  const numeric = table.columns.filter((c) => c !== periodColumn && c.unit !== 'text').slice(0, 4);
  const hidden = ctx.hidden(table);
  const rows = rowsOf(table);
  const periods = rows.map((row) => labelText(row.values[periodColumn.key], locale));
  const series = numeric.map((column) => ({
    name: labelText(column.label, locale),
    values: rows.map((row) => numberAt(table, row.index, column.key, hidden)),
  }));
  const rate = numeric.every((c) => c.unit === 'rate');
  const chart = html`${lineChart(periods, series, (v) => (rate ? fmt.percent(v) : fmt.decimal(v)))}
    <ul class="legend" aria-hidden="true">
      ${series.map((s, i) => html`<li><span class="swatch series-${i}"></span>${s.name}</li>`)}
    </ul>`;
  return {
    id: 'trend',
    title: labelText(table.title, locale) || ctx.t.dashboard.trend,
    columns: [periodColumn, ...numeric],
    rows,
    hidden,
    chart,
    chartValues: periods.length * series.length,
  };
}

/** The funnel: people at each stage. */
export function funnelSection(table: ReportTable | undefined, ctx: SectionContext): Section | undefined {
  if (!table) return undefined;
  const { locale } = ctx;
  const hidden = ctx.hidden(table);
  const rows = rowsOf(table);
  const bars = rows.map((row) => ({
    label: labelText(row.values.stage, locale),
    value: numberAt(table, row.index, 'people', hidden),
    text: cell(table, row.index, 'people', ctx),
  }));
  return {
    id: 'funnel',
    title: labelText(table.title, locale) || ctx.t.dashboard.funnel,
    columns: columnsOf(table, ['stage', 'people', 'shareOfPrevious', 'shareOfFirst']),
    rows,
    hidden,
    chart: barChart(bars),
    chartValues: bars.length,
  };
}

/** The breakdown's dimensions in the widget's language, the total row left out. */
function dimensionsOf(table: ReportTable, locale: WidgetLocale): string[] {
  const rows = table.rows.filter((row) => row.groupCode !== 'total');
  return [...new Set(rows.map((row) => labelText(row.dimension, locale)))];
}

/** The breakdowns: one dimension's groups (a menu picks the dimension), bars of the placement rate. */
export function breakdownSection(
  table: ReportTable | undefined,
  ctx: SectionContext,
  dimension: string,
  onDimension: (dimension: string) => void,
): Section | undefined {
  if (!table) return undefined;
  const { locale, t } = ctx;
  const dimensions = dimensionsOf(table, locale);
  const asked = dimension;
  const chosen = dimensions.includes(asked) ? asked : (dimensions[Number(asked)] ?? dimensions[0] ?? '');
  const hidden = ctx.hidden(table);
  const rows = rowsOf(table, (row) => labelText(row.dimension, locale) === chosen);
  const rateKey = table.columns.some((c) => c.key === 'placementRate')
    ? 'placementRate'
    : (table.columns.find((c) => c.unit === 'rate')?.key ?? '');
  const bars = rows.map((row) => ({
    label: labelText(row.values.group, locale),
    value: numberAt(table, row.index, rateKey, hidden),
    text: cell(table, row.index, rateKey, ctx),
  }));
  const controls = html`<label
    >${t.dashboard.dimension}
    <select
      @change=${(event: Event) => {
        onDimension((event.target as HTMLSelectElement).value);
      }}
    >
      ${dimensions.map((d) => html`<option value=${d} ?selected=${d === chosen}>${d}</option>`)}
    </select></label
  >`;
  const keys = table.columns.filter((c) => c.key !== 'dimension' && c.key !== 'groupCode').map((c) => c.key);
  return {
    id: 'breakdowns',
    title: `${labelText(table.title, locale) || t.dashboard.breakdowns} — ${chosen}`,
    columns: columnsOf(table, keys),
    rows,
    hidden,
    chart: barChart(bars, 1),
    chartValues: bars.length,
    controls,
  };
}

/** The targets: actual against target and projection, with the status. */
export function targetSection(table: ReportTable | undefined, ctx: SectionContext): Section | undefined {
  if (!table) return undefined;
  const { locale, t } = ctx;
  const hidden = ctx.hidden(table);
  const rows = rowsOf(table);
  const bullets = rows.map((row) => {
    const code = String(row.values.statusCode ?? '');
    const status =
      t.dashboard.status[code as keyof typeof t.dashboard.status] ?? labelText(row.values.status, locale);
    return {
      label: `${labelText(row.values.mire, locale)} · ${labelText(row.values.figure, locale)}`,
      actual: numberAt(table, row.index, 'actual', hidden),
      target: numberAt(table, row.index, 'target', hidden),
      projection: numberAt(table, row.index, 'projection', hidden),
      text: `${cell(table, row.index, 'actual', ctx)} / ${cell(table, row.index, 'target', ctx)} · ${status}`,
      status: code,
    };
  });
  return {
    id: 'targets',
    title: labelText(table.title, locale) || t.dashboard.targets,
    columns: columnsOf(table, ['mire', 'figure', 'target', 'actual', 'projection', 'status']),
    rows,
    hidden,
    chart: bulletChart(bullets),
    chartValues: bullets.length,
  };
}
