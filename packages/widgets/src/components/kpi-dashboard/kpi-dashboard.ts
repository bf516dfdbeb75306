import type { ReportTable } from '@passerelle/reporting';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadReporting } from '../../controllers/engine-loader.js';
import { arrayOf, localizedText, optional, shape, text } from '../../internal/check.js';
import { DataElement } from '../../internal/data-element.js';
import { cellText, columnForRow, labelText, rowsToCsv, type IsHidden } from '../../internal/report-cells.js';
import { kpiDashboardStyles } from './kpi-dashboard.styles.js';
import {
  breakdownSection,
  funnelSection,
  targetSection,
  tileFigures,
  trendSection,
  type Section,
  type SectionContext,
} from './sections.js';

/** The tiles shown by default, as `tableId.columnKey`. */
export const DEFAULT_TILES = [
  'activity.accompanied',
  'activity.entries',
  'placement.placed',
  'placement.placementRate',
  'placement.medianDaysToFirstContract',
  'sustained_employment.sustainedRate',
] as const;

const checkTable = shape({
  id: text,
  title: localizedText,
  columns: arrayOf(shape({ key: text, label: localizedText, unit: text })),
  rows: arrayOf(shape({})),
});

const noneHidden: IsHidden = () => false;

/**
 * The reporting figures of `@passerelle/reporting` as a dashboard: tiles of key figures, a trend over
 * periods, the funnel, breakdowns by group and targets against actuals, as SVG charts (d3-scale, d3-shape).
 * Every chart has a table view (always read by screen readers, shown on demand) and a CSV download of what
 * is shown. Tables with a disclosure rule (breakdowns) have their small cells hidden as the reporting package
 * hides them in exports, in the charts, the tables and the CSV alike.
 *
 * @tagname passerelle-kpi-dashboard
 * @summary Tiles, trend, funnel, breakdowns and targets, with tables and CSV.
 *
 * @fires passerelle-change - The user switched a section between chart and table (`{ kind: 'dashboard-view', section, view }`).
 * @fires passerelle-load - The tables were loaded and checked.
 * @fires passerelle-error - The tables could not be loaded or are malformed.
 *
 * @csspart tiles - The key figures.
 * @csspart tile - One key figure.
 * @csspart section - A chart's section (`trend`, `funnel`, `breakdowns`, `targets`).
 * @csspart chart - A chart.
 * @csspart table - A table view.
 * @csspart download - A CSV download button.
 * @csspart toggle - A chart/table switch.
 * @csspart error - The error box.
 *
 * @cssprop --passerelle-kpi-series-1 - Colour of bars and of the first line (default: the accent colour).
 * @cssprop --passerelle-kpi-series-2 - Colour of the second line.
 * @cssprop --passerelle-kpi-series-3 - Colour of the third line.
 * @cssprop --passerelle-kpi-series-4 - Colour of the fourth line.
 * @cssprop --passerelle-kpi-tile-min-width - Minimum width of a tile.
 */
export class PasserelleKpiDashboard extends DataElement {
  static override styles = kpiDashboardStyles;

  /** The indicator tables (`computeActivity`, `computePlacement`, `computeFunnel`, `computeBreakdowns`, `computeTargets`…). */
  @property({ attribute: false }) tables: readonly ReportTable[] | undefined;

  /** A table with one row per period: a text column (the period) and number columns (one line each, up to four). */
  @property({ attribute: false }) trend: ReportTable | undefined;

  /** The tiles, as `tableId.columnKey` (default: accompanied, entries, placed, placement rate, median days, sustained rate). */
  @property({ attribute: false }) tiles: readonly string[] = DEFAULT_TILES;

  /** The section headings' level, 1 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The breakdown dimension shown (its French or English label, or its position); default: the first after the total. */
  @property() dimension = '';

  @state() private views: Readonly<Record<string, 'chart' | 'table'>> = {};
  @state() private disclosed: ReadonlyMap<ReportTable, IsHidden> | undefined;

  protected readonly dataKeys = ['tables', 'trend'];

  protected applyJson(json: unknown): void {
    if (Array.isArray(json)) {
      this.tables = json as ReportTable[];
      return;
    }
    const document = json as { tables?: ReportTable[]; trend?: ReportTable; tiles?: string[] };
    this.tables = document?.tables as ReportTable[];
    if (document?.trend !== undefined) this.trend = document.trend;
    if (Array.isArray(document?.tiles)) this.tiles = document.tiles;
  }

  protected checkData(): string | undefined {
    if (this.tables === undefined && this.trend === undefined) return undefined;
    return arrayOf(checkTable)(this.tables ?? [], 'tables') ?? optional(checkTable)(this.trend, 'trend');
  }

  protected hasData(): boolean {
    return this.tables !== undefined || this.trend !== undefined;
  }

  protected override dataChecked(): void {
    void this.#disclose();
  }

  #discloseRun = 0;

  /** Hides small cells with the reporting package's own rule (loaded on use), then shows the figures. */
  async #disclose(): Promise<void> {
    const run = ++this.#discloseRun;
    const tables = [...(this.tables ?? []), ...(this.trend ? [this.trend] : [])];
    const ruled = tables.filter((table) => table.disclosure !== undefined);
    const map = new Map<ReportTable, IsHidden>();
    this.disclosed = undefined;
    if (ruled.length > 0) {
      try {
        const { disclose } = await loadReporting();
        if (run !== this.#discloseRun) return;
        for (const table of ruled) {
          const hidden = new Set(disclose(table).suppressed.map((cell) => `${cell.row}\u0000${cell.column}`));
          map.set(table, (row, column) => hidden.has(`${row}\u0000${column}`));
        }
      } catch (error) {
        if (run !== this.#discloseRun) return;
        const detail = error instanceof Error ? error.message : String(error);
        this.problem = { code: 'engine', source: this.dataSource, detail };
        this.reportProblem(this.problem);
        return;
      }
    }
    this.disclosed = map;
    this.emit('passerelle-load', { source: this.dataSource });
  }

  #table(id: string): ReportTable | undefined {
    return this.tables?.find((table) => table.id === id);
  }

  #hidden(table: ReportTable): IsHidden {
    return this.disclosed?.get(table) ?? noneHidden;
  }

  protected renderData(): TemplateResult {
    if (!this.disclosed) return html`<p role="status" class="muted" part="status">${this.t.loading}</p>`;
    const ctx: SectionContext = {
      t: this.t,
      fmt: this.fmt,
      locale: this.locale,
      hidden: (table) => this.#hidden(table),
    };
    const sections = [
      trendSection(this.trend, ctx),
      funnelSection(this.#table('funnel'), ctx),
      breakdownSection(
        this.#table('breakdowns'),
        ctx,
        this.dimension,
        (dimension) => (this.dimension = dimension),
      ),
      targetSection(this.#table('targets'), ctx),
    ].filter((section): section is Section => section !== undefined);
    const tiles = tileFigures(this.tables ?? [], this.tiles, ctx);
    if (tiles.length === 0 && sections.length === 0)
      return html`<p class="muted">${this.t.dashboard.noData}</p>`;
    return html`<div role="region" aria-label=${this.t.dashboard.label}>
      ${
        tiles.length > 0
          ? html`<dl class="tiles" part="tiles" aria-label=${this.t.dashboard.tiles}>
              ${tiles.map(
                (tile) =>
                  html`<div class="tile" part="tile">
                    <dt>${tile.label}</dt>
                    <dd>${tile.text}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${sections.map((section) => this.#renderSection(section))}
    </div>`;
  }

  #setView(section: string, view: 'chart' | 'table'): void {
    this.views = { ...this.views, [section]: view };
    this.emit('passerelle-change', { kind: 'dashboard-view', section, view });
  }

  #download(section: Section): void {
    const csv = rowsToCsv(section.columns, section.rows, this.locale, section.hidden);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${section.id}.csv`;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  #renderTable(section: Section, visible: boolean): TemplateResult {
    const { fmt, t, locale } = this;
    return html`<table part="table" class=${visible ? '' : 'visually-hidden'}>
      <caption class="visually-hidden">
        ${section.title}
      </caption>
      <thead>
        <tr>
          ${section.columns.map((column) => html`<th scope="col">${labelText(column.label, locale)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${section.rows.map(
          (row) =>
            html`<tr>
              ${section.columns.map((column, i) => {
                const textContent = cellText(row.values[column.key], columnForRow(column, row.values), {
                  fmt,
                  t,
                  locale,
                  hidden: section.hidden(row.index, column.key),
                });
                return i === 0
                  ? html`<th scope="row">${textContent}</th>`
                  : html`<td class=${column.unit === 'text' ? '' : 'number'}>${textContent}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderSection(section: Section): TemplateResult {
    const { t } = this;
    const view = this.views[section.id] ?? 'chart';
    const headingId = `section-${section.id}`;
    return html`<section part="section" aria-labelledby=${headingId} data-section=${section.id}>
      <div class="head">
        <div class="h" id=${headingId} role="heading" aria-level=${this.headingLevel}>${section.title}</div>
        <div class="actions">
          ${section.controls ?? nothing}
          <button
            type="button"
            part="toggle"
            @click=${() => this.#setView(section.id, view === 'chart' ? 'table' : 'chart')}
          >
            ${view === 'chart' ? t.dashboard.showTable : t.dashboard.showChart}
          </button>
          <button type="button" part="download" @click=${() => this.#download(section)}>
            ${t.dashboard.downloadCsv}
          </button>
        </div>
      </div>
      ${
        view === 'chart'
          ? html`<div
                part="chart"
                role="img"
                aria-label=${t.dashboard.chartSummary(section.title, section.chartValues)}
              >
                ${section.chart}
              </div>
              ${this.#renderTable(section, false)}`
          : this.#renderTable(section, true)
      }
    </section>`;
  }
}
