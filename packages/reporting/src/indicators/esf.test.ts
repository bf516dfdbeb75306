import { describe, expect, it } from 'vitest';
import { YEAR_DATA } from '../../test/year-fixture.js';
import { tableToCsv } from '../export/csv.js';
import { calendarYear } from '../periods/period.js';
import { computeEsfOutputs } from './esf-outputs.js';
import { computeEsfResults } from './esf-results.js';

const YEAR = calendarYear(2025);
const figures = (rows: readonly Record<string, unknown>[], codes: readonly string[]) =>
  rows.map((row) => codes.map((code) => row[code]));

describe('ESF+ common indicators', () => {
  it('counts participants once, at their first entry, by gender', () => {
    // First entries in 2025: p1 (woman, 34, unemployed for two years, ISCED 2, French), p4 (woman, 60, inactive,
    // ISCED 1, Moroccan) and p6 (non-binary, 40, employed, ISCED 4, disability, foreign background). p3 re-entered
    // in 2025 but first entered in 2024: not a 2025 participant.
    const table = computeEsfOutputs(YEAR_DATA, YEAR);
    const codes = ['EECO01', 'EECO02', 'EECO03', 'EECO04', 'EECO05', 'EECO06', 'EECO07', 'EECO08'];
    expect(figures(table.rows, codes)).toEqual([
      [3, 1, 1, 1, 1, 0, 0, 1],
      [2, 1, 1, 1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(figures(table.rows, ['EECO09', 'EECO10', 'EECO11', 'EECO12', 'EECO13', 'EECO14'])[0]).toEqual([
      2, 1, 0, 1, 1, 1,
    ]);
    expect(table.rows.map((r) => (r.group as { en: string }).en)).toEqual([
      'Total',
      'Women',
      'Men',
      'Non-binary persons',
      'Not reported',
    ]);
  });

  it('gives results at exit and six months after, once that day is reached', () => {
    // Final exits in 2025: p1 (30 September, in work: a contract open since 20 July) and p4 (15 December, no job).
    const early = computeEsfResults(YEAR_DATA, YEAR);
    const codes = ['leavers', 'EECR02', 'EECR04', 'observable_6m', 'EECR05'];
    expect(figures(early.rows, codes)[0]).toEqual([2, 0, 1, 0, 0]);
    const late = computeEsfResults(YEAR_DATA, YEAR, { observedUntil: '2026-06-30' });
    // Six months after: 30 March and 15 June 2026, both reached; p1 still in work.
    expect(figures(late.rows, codes)).toEqual([
      [2, 0, 1, 2, 1],
      [2, 0, 1, 2, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('hides small cells in exports', () => {
    const csv = tableToCsv(computeEsfOutputs(YEAR_DATA, YEAR), { locale: 'en', withNotes: false });
    expect(csv.split('\r\n')[1]?.startsWith('Total;Total;x;x;x;x;x;0;0;x')).toBe(true);
  });

  it('names each indicator the records cannot support, with its reason, in the notes', () => {
    const outputs = computeEsfOutputs(YEAR_DATA, YEAR)
      .notes.map((note) => note.en)
      .join('\n');
    for (const code of ['EECO15', 'EECO16', 'EECO17', 'EECO18-19']) {
      expect(outputs).toMatch(new RegExp(`${code} \\([^)]+\\) not computed: .+`));
    }
    const results = computeEsfResults(YEAR_DATA, YEAR)
      .notes.map((note) => note.en)
      .join('\n');
    for (const code of ['EECR01', 'EECR03', 'EECR06'])
      expect(results).toMatch(new RegExp(`${code} \\([^)]+\\) not computed: `));
    expect(computeEsfResults(YEAR_DATA, YEAR).columns.map((c) => c.key)).not.toContain('EECR06');
  });
});
