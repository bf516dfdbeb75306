import type { LocalizedText } from '@passerelle/core';
import { suppressSmallCells } from '../breakdowns/suppress.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import type { Indicator } from '../indicators/descriptor.js';
import type { Period } from '../periods/period.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { isLocalizedText } from './table.js';
import type { CellValue, ReportTable, TableRow } from './table.js';

const NUMERIC_UNITS = new Set(['count', 'rate', 'days']);

// Rows are matched by their text cells (e.g. breakdown and group, or a funnel stage), else by position.
function rowKey(table: ReportTable, row: TableRow, index: number): string {
  const text = table.columns
    .filter((column) => column.unit === 'text')
    .map((column) => {
      const value = row[column.key];
      return isLocalizedText(value) ? value.en : String(value);
    });
  return text.length > 0 ? text.join('\u0000') : String(index);
}

function rowLabel(table: ReportTable, row: TableRow): LocalizedText {
  const parts = table.columns
    // Code columns (groupCode, stageCode…) repeat the label in another form.
    .filter((column) => column.unit === 'text' && !column.key.endsWith('Code'))
    .map((column) => row[column.key] as CellValue);
  if (parts.length === 0) return { fr: '', en: '' };
  const text = (locale: 'fr' | 'en') =>
    parts
      .map((part) => (isLocalizedText(part) ? part[locale] : String(part)))
      // A total row reads "Total", not "Total – Total".
      .filter((part, index, all) => index === 0 || part !== all[index - 1])
      .join(' – ');
  return { fr: text('fr'), en: text('en') };
}

/**
 * The change of every figure between two tables of the same indicator: one row per row and numeric column,
 * with the base and current figures, the difference, and the relative change (difference over base; `null`
 * for a base of 0 or a missing figure). Rows are matched by their text cells, else by position. Tables with a
 * disclosure rule (breakdowns) are compared after small-cell suppression, so hidden figures stay hidden.
 *
 * @throws TypeError when the tables come from different indicators.
 */
export function compareTables(baseTable: ReportTable, currentTable: ReportTable): ReportTable {
  if (baseTable.id !== currentTable.id) {
    throw new TypeError(
      `Cannot compare "${baseTable.id}" with "${currentTable.id}": give two tables of one indicator.`,
    );
  }
  // Figures hidden by a disclosure rule stay hidden: the comparison is made on what exports would show.
  const base = baseTable.disclosure ? suppressSmallCells(baseTable) : baseTable;
  const current = currentTable.disclosure ? suppressSmallCells(currentTable) : currentTable;
  const baseRows = new Map(base.rows.map((row, index) => [rowKey(base, row, index), row]));
  const rows: TableRow[] = [];
  current.rows.forEach((row, index) => {
    const before = baseRows.get(rowKey(current, row, index));
    for (const column of current.columns.filter((c) => NUMERIC_UNITS.has(c.unit))) {
      const now = row[column.key];
      const then = before?.[column.key];
      const isKnown = typeof now === 'number' && typeof then === 'number';
      const label = rowLabel(current, row);
      rows.push({
        figure: {
          fr: label.fr === '' ? column.label.fr : `${label.fr} – ${column.label.fr}`,
          en: label.en === '' ? column.label.en : `${label.en} – ${column.label.en}`,
        },
        base: typeof then === 'number' ? then : null,
        current: typeof now === 'number' ? now : null,
        change: isKnown ? now - then : null,
        growth: isKnown && then !== 0 ? (now - then) / then : null,
      });
    }
  });
  const periods = (locale: 'fr' | 'en') =>
    base.period && current.period ? ` (${base.period.label[locale]} → ${current.period.label[locale]})` : '';
  return {
    id: `${current.id}_growth`,
    title: {
      fr: `Évolution : ${current.title.fr}${periods('fr')}`,
      en: `Change: ${current.title.en}${periods('en')}`,
    },
    ...(current.period ? { period: current.period } : {}),
    columns: [
      { key: 'figure', label: { fr: 'Indicateur', en: 'Figure' }, unit: 'text' },
      { key: 'base', label: { fr: 'Base', en: 'Base' }, unit: 'number' },
      { key: 'current', label: { fr: 'Actuel', en: 'Current' }, unit: 'number' },
      { key: 'change', label: { fr: 'Écart', en: 'Difference' }, unit: 'number' },
      { key: 'growth', label: { fr: 'Évolution', en: 'Change' }, unit: 'growth' },
    ],
    rows,
    notes: [
      {
        fr: 'Évolution = (actuel − base) / base ; vide quand la base vaut 0. Pour un taux, l’écart est en points (0,05 = 5 points).',
        en: 'Change = (current − base) / base; empty when the base is 0. For a rate, the difference is in points (0.05 = 5 points).',
      },
      ...current.notes,
    ],
    excluded: current.excluded,
  };
}

/** Computes an indicator for two periods and compares them (see {@link compareTables}). */
export function computeGrowth<Options extends IndicatorOptions>(
  indicator: Indicator<Options>,
  data: ReportingData,
  base: Period,
  current: Period,
  options?: Options,
): ReportTable {
  return compareTables(indicator.compute(data, base, options), indicator.compute(data, current, options));
}
