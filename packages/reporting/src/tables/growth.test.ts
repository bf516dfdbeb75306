import { describe, expect, it } from 'vitest';
import { YEAR_DATA } from '../../test/year-fixture.js';
import { activityIndicator, computeActivity } from '../indicators/activity.js';
import { computeBreakdowns } from '../indicators/breakdowns.js';
import { computeFunnel } from '../indicators/funnel.js';
import { INDICATORS } from '../indicators/registry.js';
import { calendarYear, quarter } from '../periods/period.js';
import { compareTables, computeGrowth } from './growth.js';

describe('growth between periods', () => {
  it('shows base and current figures, the difference and the relative change', () => {
    // Q1 2025: 3 accompanied, 1 carried in, 2 entries, 0 exits, 3 ongoing; year 2025: 5, 1, 4, 2, 3.
    const table = computeGrowth(activityIndicator, YEAR_DATA, quarter(2025, 1), calendarYear(2025), {
      dimensions: [],
      minCount: 0,
    });
    expect(table.id).toBe('activity_growth');
    expect(table.title.en).toBe('Change: People accompanied (Q1 2025 → 2025)');
    expect(
      table.rows.map((r) => [(r.figure as { en: string }).en, r.base, r.current, r.change, r.growth]),
    ).toEqual([
      ['Total – Accompanied', 3, 5, 2, 2 / 3],
      ['Total – Carried over', 1, 1, 0, 0],
      ['Total – Entries', 2, 4, 2, 1],
      ['Total – Exits', 0, 2, 2, null],
      ['Total – Ongoing at end', 3, 3, 0, 0],
    ]);
  });

  it('matches rows by their labels and gives rate differences in points', () => {
    const base = computeFunnel(YEAR_DATA, quarter(2025, 1));
    const current = computeFunnel(YEAR_DATA, calendarYear(2025));
    const rows = compareTables(base, current).rows;
    // Q1: 3 accompanied, 1 first contract (p2), 0 sustained by 31 March; 2025: 5, 4, 2.
    const people = rows.filter((r) => (r.figure as { en: string }).en.endsWith('People'));
    expect(people.map((r) => [r.base, r.current, r.growth])).toEqual([
      [3, 5, 2 / 3],
      [null, null, null],
      [1, 4, 3],
      [0, 2, null],
    ]);
    const rate = rows.find(
      (r) => (r.figure as { en: string }).en === 'First contract – Share of accompanied',
    );
    expect(rate?.change).toBeCloseTo(0.8 - 1 / 3, 12);
  });

  it('keeps small cells hidden when comparing breakdowns', () => {
    const rows = computeGrowth(INDICATORS.breakdowns, YEAR_DATA, quarter(2025, 1), calendarYear(2025)).rows;
    const women = rows.find((r) => (r.figure as { en: string }).en === 'Gender – Women – Accompanied');
    expect(women).toMatchObject({ base: null, current: null, change: null, growth: null });
    const open = compareTables(
      { ...computeBreakdowns(YEAR_DATA, quarter(2025, 1)), disclosure: undefined },
      { ...computeBreakdowns(YEAR_DATA, calendarYear(2025)), disclosure: undefined },
    ).rows.find((r) => (r.figure as { en: string }).en === 'Gender – Women – Accompanied');
    expect(open).toMatchObject({ base: 2, current: 2, change: 0, growth: 0 });
  });

  it('refuses to compare two different indicators', () => {
    expect(() =>
      compareTables(
        computeActivity(YEAR_DATA, calendarYear(2025)),
        computeFunnel(YEAR_DATA, calendarYear(2025)),
      ),
    ).toThrow(TypeError);
  });
});
