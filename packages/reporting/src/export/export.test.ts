import { describe, expect, it } from 'vitest';
import { YEAR_DATA } from '../../test/year-fixture.js';
import { computeBreakdowns } from '../indicators/breakdowns.js';
import { computePlacement } from '../indicators/placement.js';
import { calendarYear } from '../periods/period.js';
import type { ReportTable } from '../tables/table.js';
import { SUPPRESSED_MARK, tableToCsv } from './csv.js';
import { tableToJson } from './json.js';

const YEAR = calendarYear(2025);

const lines = (csv: string): string[] => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('tableToCsv', () => {
  it('writes what Excel in Belgium opens: BOM, semicolons, CRLF, decimal commas in French', () => {
    const csv = tableToCsv(computePlacement(YEAR_DATA, YEAR), { withNotes: false });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      'Accompagnées;Premier contrat;Taux de mise à l’emploi;Délai médian (jours)',
      '5;4;0,8;105',
      '',
    ]);
  });

  it('writes English headers with decimal points, or a decimal comma when asked', () => {
    const table = computePlacement(YEAR_DATA, YEAR);
    expect(lines(tableToCsv(table, { locale: 'en', withNotes: false, bom: false }))[1]).toBe('5;4;0.8;105');
    expect(lines(tableToCsv(table, { locale: 'en', decimalComma: true, withNotes: false }))[1]).toBe(
      '5;4;0,8;105',
    );
    expect(tableToCsv(table, { bom: false }).startsWith('\uFEFF')).toBe(false);
    expect(() => tableToCsv(table, { delimiter: ',', decimalComma: true })).toThrow(RangeError);
  });

  it('appends the title, the period and the notes after an empty line', () => {
    const csv = lines(tableToCsv(computePlacement(YEAR_DATA, YEAR), { locale: 'en' }));
    expect(csv.slice(2, 5)).toEqual(['', 'First contracts (placements)', '2025']);
    expect(csv.at(-2)).toBe('No record left out.');
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    const table: ReportTable = {
      id: 't',
      title: { fr: 'T', en: 'T' },
      columns: [{ key: 'text', label: { fr: 'Texte; libre', en: 'Text' }, unit: 'text' }],
      rows: [
        { text: 'a;b' },
        { text: 'say "hi"' },
        { text: 'two\nlines' },
        { text: '=SUM(A1)' },
        { text: null },
      ],
      notes: [],
      excluded: { count: 0, issues: [] },
    };
    expect(lines(tableToCsv(table, { withNotes: false }))).toEqual([
      '"Texte; libre"',
      '"a;b"',
      '"say ""hi"""',
      '"two\nlines"',
      "'=SUM(A1)",
      '',
      '',
    ]);
  });

  it('suppresses small cells of breakdowns', () => {
    const table = computeBreakdowns(YEAR_DATA, YEAR, { observedUntil: '2026-06-30', dimensions: ['gender'] });
    const csv = lines(tableToCsv(table, { locale: 'en', withNotes: false }));
    expect(csv[0]).toBe(
      'Breakdown;Group;Code;Accompanied;First contract;Placement rate;Sustained;Sustained rate',
    );
    // The whole fixture is small: 4 first contracts and 3 sustained are hidden even in the total.
    expect(csv[1]).toBe('Total;Total;total;5;x;x;x;x');
    expect(csv[2]).toBe(`Gender;Women;woman;${SUPPRESSED_MARK};x;x;x;x`);
    expect(csv[5]).toBe('Gender;Refused to answer;refused;0;0;;0;');
    // With the threshold lowered to 1 every figure shows.
    const open = lines(tableToCsv(table, { locale: 'en', withNotes: false, minCount: 1 }));
    expect(open.slice(1, 3)).toEqual(['Total;Total;total;5;4;0.8;3;0.75', 'Gender;Women;woman;2;1;0.5;1;1']);
  });
});

describe('tableToJson', () => {
  it('writes the whole table, with hidden cells as null and listed', () => {
    const table = computeBreakdowns(YEAR_DATA, YEAR, { dimensions: ['education'] });
    const json = JSON.parse(tableToJson(table)) as {
      id: string;
      rows: Record<string, unknown>[];
      suppressed: unknown[];
      notes: unknown[];
      excluded: { count: number };
    };
    expect(json.id).toBe('breakdowns');
    expect(json.rows[0]).toMatchObject({ groupCode: 'total', accompanied: 5 });
    expect(json.rows[1]).toMatchObject({ groupCode: 'isced_0_2', accompanied: null });
    expect(json.suppressed).toContainEqual({ row: 1, column: 'accompanied' });
    expect(json.excluded.count).toBe(0);
    expect(json.notes.length).toBe(table.notes.length + 1);
    expect(JSON.parse(tableToJson(computePlacement(YEAR_DATA, YEAR))).suppressed).toEqual([]);
  });
});
