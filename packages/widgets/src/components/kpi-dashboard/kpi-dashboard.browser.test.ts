import { generateDataset } from '@passerelle/core';
import {
  calendarYear,
  computeActivity,
  computeBreakdowns,
  computeFunnel,
  computePlacement,
  computeSustainedEmployment,
  computeTargets,
  prepareReportingData,
  quarter,
  suppressSmallCells,
  type ReportTable,
} from '@passerelle/reporting';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../define.js';
import {
  axeViolations,
  cleanup,
  fixture,
  recordEvents,
  shadow,
  until,
} from '../../../test/browser-helpers.js';
import type { PasserelleKpiDashboard } from './kpi-dashboard.js';

afterEach(cleanup);

const d = generateDataset({ seed: 3, candidates: 1500 });
const data = prepareReportingData({
  candidates: d.candidates,
  accompaniments: d.accompaniments,
  contracts: d.contracts,
});
const year = calendarYear(2025);
const mire = d.candidates[0]!.candidate.mireId;
const tables: ReportTable[] = [
  computeActivity(data, year),
  computePlacement(data, year),
  computeSustainedEmployment(data, year),
  computeFunnel(data, year),
  computeBreakdowns(data, year),
  computeTargets(data, year, [{ mireId: mire, figure: 'placed', target: 200 }], { asOf: '2025-06-30' }),
];
const quarters = ([1, 2, 3, 4] as const).map((q) => ({ q, table: computePlacement(data, quarter(2025, q)) }));
const trend: ReportTable = {
  id: 'placement_by_quarter',
  title: { fr: 'Premiers contrats par trimestre', en: 'First contracts by quarter' },
  columns: [
    { key: 'period', label: { fr: 'Trimestre', en: 'Quarter' }, unit: 'text' },
    { key: 'placed', label: { fr: 'Premiers contrats', en: 'First contracts' }, unit: 'count' },
  ],
  rows: quarters.map(({ q, table }) => ({ period: `T${q} 2025`, placed: table.rows[0]!.placed ?? null })),
  notes: [],
  excluded: { count: 0, issues: [] },
};

async function dashboard(lang = 'fr'): Promise<PasserelleKpiDashboard> {
  const el = await fixture<PasserelleKpiDashboard>(
    '<passerelle-kpi-dashboard></passerelle-kpi-dashboard>',
    lang,
  );
  const loads = recordEvents(el, 'passerelle-load');
  el.tables = tables;
  el.trend = trend;
  await until(() => loads.length === 1);
  await el.updateComplete;
  return el;
}

/** A downloaded CSV: whether it starts with a UTF-8 byte order mark, and its text. */
async function readCsv(blob: Blob): Promise<{ bom: boolean; text: string }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { bom, text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}

const section = (el: Element, id: string) => shadow(el).querySelector(`section[data-section=${id}]`)!;

describe('passerelle-kpi-dashboard', () => {
  it('shows tiles, a trend, the funnel, breakdowns and targets, each chart with a table, without axe violations', async () => {
    const el = await dashboard();
    const tiles = [...shadow(el).querySelectorAll('[part=tile]')].map((tile) =>
      tile.textContent?.replace(/\s+/g, ' ').trim(),
    );
    const accompanied = tables[0]!.rows[0]!.accompanied as number;
    const label = tables[0]!.columns.find((c) => c.key === 'accompanied')!.label.fr;
    expect(tiles[0]).toBe(
      `${label} ${new Intl.NumberFormat('fr-BE').format(accompanied)}`.replace(/\s+/g, ' '),
    );
    const rate = tables[1]!.rows[0]!.placementRate as number;
    const percent = new Intl.NumberFormat('fr-BE', { style: 'percent', maximumFractionDigits: 0 }).format(
      rate,
    );
    expect(tiles[3]).toContain(percent.replace(/\s+/g, ' '));
    for (const id of ['trend', 'funnel', 'breakdowns', 'targets']) {
      expect(section(el, id).querySelector('svg'), id).not.toBeNull();
      expect(section(el, id).querySelector('table.visually-hidden'), id).not.toBeNull();
    }
    expect(section(el, 'trend').querySelectorAll('circle')).toHaveLength(4);
    expect(section(el, 'funnel').querySelectorAll('rect.bar')).toHaveLength(tables[3]!.rows.length);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows a rate target as a percentage and a count target as a whole number, in the chart and the table', async () => {
    const el = await dashboard();
    const targets = computeTargets(
      data,
      year,
      [
        { mireId: mire, figure: 'placement_rate', target: 0.5 },
        { mireId: mire, figure: 'placed', target: 200 },
      ],
      { asOf: '2025-06-30' },
    );
    const loads = recordEvents(el, 'passerelle-load');
    el.tables = [...tables.slice(0, 5), targets];
    await until(() => loads.length === 1);
    await el.updateComplete;
    const percent = new Intl.NumberFormat('fr-BE', { style: 'percent', maximumFractionDigits: 0 });
    const rate = targets.rows[0]!.actual as number;
    const texts = [...section(el, 'targets').querySelectorAll('svg text.value')].map((t) => t.textContent);
    expect(texts[0]).toContain(`${percent.format(rate)} / ${percent.format(0.5)}`);
    expect(texts[1]).toContain(` / ${new Intl.NumberFormat('fr-BE').format(200)}`);
    const cells = [...section(el, 'targets').querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );
    expect(cells[0]).toContain(percent.format(0.5));
    expect(cells[1]).toContain(new Intl.NumberFormat('fr-BE').format(200));
    expect(cells[0]?.join(' ')).not.toContain('0,5');
  });

  it('hides small cells as the reporting package does, in the chart, the table and the CSV', async () => {
    const el = await dashboard();
    const breakdowns = tables[4]!;
    const disclosed = suppressSmallCells(breakdowns);
    expect(disclosed.suppressed.length, 'the seeded data has small cells').toBeGreaterThan(0);
    const cell = disclosed.suppressed[0]!;
    const dimension = (breakdowns.rows[cell.row]!.dimension as { fr: string }).fr;
    el.dimension = dimension;
    await el.updateComplete;
    const table = section(el, 'breakdowns').querySelector('table')!;
    expect(table.textContent).toContain('masqué (petit effectif)');
    const created: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    try {
      section(el, 'breakdowns').querySelector<HTMLButtonElement>('[part=download]')!.click();
    } finally {
      spy.mockRestore();
    }
    const { bom, text: csv } = await readCsv(created[0]!);
    expect(bom).toBe(true);
    const rows = breakdowns.rows.filter((row) => (row.dimension as { fr: string }).fr === dimension);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(rows.length + 1);
    const hiddenValue = breakdowns.rows[cell.row]![cell.column] as number;
    const groupLabel = (breakdowns.rows[cell.row]!.group as { fr: string }).fr;
    const line = csv.split('\r\n').find((l) => l.startsWith(`${groupLabel};`))!;
    const columnIndex = breakdowns.columns
      .filter((c) => c.key !== 'dimension' && c.key !== 'groupCode')
      .findIndex((c) => c.key === cell.column);
    expect(line.split(';')[columnIndex]).toBe('');
    expect(hiddenValue).not.toBeNull();
  });

  it('switches a section to its table with the keyboard and fires passerelle-change', async () => {
    const el = await dashboard('en');
    const changes = recordEvents(document, 'passerelle-change');
    const toggle = section(el, 'funnel').querySelector<HTMLButtonElement>('[part=toggle]')!;
    expect(toggle.textContent?.trim()).toBe('Show table');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(changes.map((e) => e.detail)).toEqual([
      { kind: 'dashboard-view', section: 'funnel', view: 'table' },
    ]);
    expect(section(el, 'funnel').querySelector('svg')).toBeNull();
    expect(section(el, 'funnel').querySelector('table:not(.visually-hidden)')?.textContent).toContain(
      'Accompanied',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('exports the funnel as Belgian CSV: semicolons, decimal comma in French', async () => {
    const el = await dashboard('fr');
    const created: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    try {
      section(el, 'funnel').querySelector<HTMLButtonElement>('[part=download]')!.click();
    } finally {
      spy.mockRestore();
    }
    const { bom, text: csv } = await readCsv(created[0]!);
    expect(bom).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Étape;Personnes;Part de l’étape précédente;Part des accompagnées');
    const share = tables[3]!.rows[2]!.shareOfPrevious as number;
    expect(lines[3]).toContain(String(share).replace('.', ','));
  });

  it('reports a table without columns', async () => {
    const el = await fixture<PasserelleKpiDashboard>('<passerelle-kpi-dashboard></passerelle-kpi-dashboard>');
    const errors = recordEvents(el, 'passerelle-error');
    el.tables = [{ ...tables[0]!, columns: undefined } as unknown as ReportTable];
    await el.updateComplete;
    expect(errors[0]!.detail).toMatchObject({ code: 'invalid', field: 'tables[0].columns' });
  });
});
