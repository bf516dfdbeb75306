import { describe, expect, it } from 'vitest';
import { YEAR_DATA } from '../../test/year-fixture.js';
import { calendarYear } from '../periods/period.js';
import { computeTargets } from './targets.js';

const YEAR = calendarYear(2025);
const summary = (rows: readonly Record<string, unknown>[]) =>
  rows.map((r) => [r.mire, r.actual, r.projection, r.statusCode]);

describe('targets against actuals', () => {
  it('says met or missed once the period is over', () => {
    const table = computeTargets(YEAR_DATA, YEAR, [
      { mireId: 'mirec', figure: 'accompanied', target: 4 },
      { mireId: 'mirec', figure: 'placement_rate', target: 0.5 },
      { mireId: 'mirec', figure: 'sustained', target: 3 },
      { mireId: 'mirena', figure: 'placed', target: 1 },
      { mireId: 'mirelux', figure: 'accompanied', target: 1 },
    ]);
    // mirec: p1, p2, p3, p6 accompanied, all four placed, p1 and p2 sustained by 31 December; mirena: p4 alone.
    expect(summary(table.rows)).toEqual([
      ['mirec', 4, 4, 'met'],
      ['mirec', 1, 1, 'met'],
      ['mirec', 2, 2, 'missed'],
      ['mirena', 0, 0, 'missed'],
      ['mirelux', 0, 0, 'missed'],
    ]);
    expect(table.rows[0]?.status).toEqual({ fr: 'Atteint', en: 'Met' });
    // Each row says its unit, so that a screen shows the rate row as a percentage and the others as counts.
    expect(table.rows.map((r) => [r.figureCode, r.unit])).toEqual([
      ['accompanied', 'count'],
      ['placement_rate', 'rate'],
      ['sustained', 'count'],
      ['placed', 'count'],
      ['accompanied', 'count'],
    ]);
  });

  it('projects the rest of the period from the pace so far', () => {
    // By 30 June (181 of 365 days), mirec accompanied p2 (carried over), p1 and p3 (entries), and p1 and p2 had
    // their first contract; nobody had six months in work yet.
    const scale = 365 / 181;
    const table = computeTargets(
      YEAR_DATA,
      YEAR,
      [
        { mireId: 'mirec', figure: 'accompanied', target: 5 },
        { mireId: 'mirec', figure: 'placed', target: 5 },
        { mireId: 'mirec', figure: 'placed', target: 2 },
        { mireId: 'mirec', figure: 'placement_rate', target: 0.5 },
        { mireId: 'mirena', figure: 'accompanied', target: 1 },
      ],
      { asOf: '2025-06-30' },
    );
    expect(summary(table.rows)).toEqual([
      ['mirec', 3, 1 + 2 * scale, 'on_track'],
      ['mirec', 2, 2 * scale, 'at_risk'],
      ['mirec', 2, 2 * scale, 'met'],
      ['mirec', 2 / 3, (2 * scale) / (1 + 2 * scale), 'on_track'],
      ['mirena', 1, scale, 'met'],
    ]);
    expect(table.notes[1]?.en).toBe('Achieved from 2025-01-01 to 2025-06-30 (181 of 365 days).');
  });

  it('refuses an observation date before the period and impossible targets', () => {
    expect(() => computeTargets(YEAR_DATA, YEAR, [], { asOf: '2024-12-31' })).toThrow(RangeError);
    expect(() => computeTargets(YEAR_DATA, YEAR, [{ mireId: 'm', figure: 'placed', target: -1 }])).toThrow(
      RangeError,
    );
    expect(() =>
      computeTargets(YEAR_DATA, YEAR, [{ mireId: 'm', figure: 'placement_rate', target: 50 }]),
    ).toThrow(/at most 1 for a rate/);
  });
});
