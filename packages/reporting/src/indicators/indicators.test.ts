import { describe, expect, it } from 'vitest';
import { accompaniment, person } from '../../test/builders.js';
import { YEAR_DATA } from '../../test/year-fixture.js';
import { prepareReportingData } from '../validate/prepare.js';
import { calendarYear, quarter } from '../periods/period.js';
import { computeActivity } from './activity.js';
import { computeBreakdowns } from './breakdowns.js';
import { computeFunnel } from './funnel.js';
import { computePlacement } from './placement.js';
import { computeSustainedEmployment } from './sustained-employment.js';
import { computeTimeToFirstContract } from './time-to-first-contract.js';

const YEAR = calendarYear(2025);
const LATER = { observedUntil: '2026-06-30' };

describe('indicators on the hand-computed year 2025', () => {
  it('uses valid fixtures (nothing left out)', () => {
    expect(YEAR_DATA.excluded.count).toBe(0);
  });

  it('counts activity: people accompanied, carried over, entries, exits, ongoing', () => {
    const table = computeActivity(YEAR_DATA, YEAR);
    const counts = (rows: readonly Record<string, unknown>[]) =>
      rows.map((r) => [r.groupCode, r.accompanied, r.carriedIn, r.entries, r.exits, r.ongoingAtEnd]);
    // p1, p2, p3 (re-entered), p6 at mirec; p4 at mirena (entered 15 January, left 15 December).
    expect(counts(table.rows)).toEqual([
      ['total', 5, 1, 4, 2, 3],
      ['mirec', 4, 1, 3, 1, 3],
      ['mirena', 1, 0, 1, 1, 0],
      ['mire', 5, 1, 4, 2, 3],
      ['youth_guarantee', 0, 0, 0, 0, 0],
      ['work_linked_training', 0, 0, 0, 0, 0],
      ['newcomers', 0, 0, 0, 0, 0],
      ['esf_project', 0, 0, 0, 0, 0],
      // Low-qualified p1 and p4; long-term unemployed p1; NEET p2; newcomer p4; none p3 and p6.
      ['low_qualified', 2, 0, 2, 2, 0],
      ['long_term_unemployed', 1, 0, 1, 1, 0],
      ['neet', 1, 1, 0, 0, 1],
      ['newcomer', 1, 0, 1, 1, 0],
      ['none', 2, 0, 2, 0, 2],
    ]);
    expect(table.period).toBe(YEAR);
    expect(table.disclosure).toEqual({ minCount: 5, groupBy: 'dimension' });
    // First quarter: p1, p2, p4 accompanied; p1 and p4 entered; nobody left.
    expect(counts(computeActivity(YEAR_DATA, quarter(2025, 1), { dimensions: [] }).rows)).toEqual([
      ['total', 3, 1, 2, 0, 3],
    ]);
  });

  it('counts people accompanied on the first or the last day of the period only', () => {
    const data = prepareReportingData({
      candidates: [person('q1'), person('q2'), person('q3')],
      accompaniments: [
        accompaniment('x1', 'q1', '2024-06-01', '2025-01-01'),
        accompaniment('x2', 'q2', '2025-12-31', null),
        accompaniment('x3', 'q3', '2024-06-01', '2024-12-31'),
      ],
      contracts: [],
    });
    expect(computeActivity(data, YEAR).rows[0]).toMatchObject({
      accompanied: 2,
      carriedIn: 1,
      entries: 1,
      exits: 1,
      ongoingAtEnd: 1,
    });
  });

  it('counts first contracts, the rate and the median delay', () => {
    const table = computePlacement(YEAR_DATA, YEAR);
    // p1 (59 days), p2 (151), p3 (153, second accompaniment), p6 (9): median (59 + 151) / 2.
    expect(table.rows).toEqual([
      { accompanied: 5, placed: 4, placementRate: 0.8, medianDaysToFirstContract: 105 },
    ]);
    // First quarter: only p2's first contract (1 March) starts in it.
    expect(computePlacement(YEAR_DATA, quarter(2025, 1)).rows[0]).toMatchObject({
      placed: 1,
      placementRate: 1 / 3,
    });
    // A rule that counts CDI only: p3 alone.
    expect(
      computePlacement(YEAR_DATA, YEAR, { firstContract: { contractTypes: ['cdi'] } }).rows[0],
    ).toMatchObject({
      placed: 1,
    });
  });

  it('applies the sustained rule with the contracts known at the observation date', () => {
    expect(computeSustainedEmployment(YEAR_DATA, YEAR).rows).toEqual([
      { placed: 4, sustained: 2, notSustained: 0, pending: 2, sustainedRate: 0.5 },
    ]);
    expect(computeSustainedEmployment(YEAR_DATA, YEAR, LATER).rows).toEqual([
      { placed: 4, sustained: 3, notSustained: 1, pending: 0, sustainedRate: 0.75 },
    ]);
    // With gaps of 30 days at most, p2's gap of exactly 31 days breaks the chain.
    expect(
      computeSustainedEmployment(YEAR_DATA, YEAR, { ...LATER, sustained: { maxGapDays: 30 } }).rows[0],
    ).toMatchObject({ sustained: 2, notSustained: 2 });
    expect(computeSustainedEmployment(YEAR_DATA, YEAR).notes[1]?.en).toBe(
      'Sustained employment: from the first contract, at least 183 days in work, gaps of 31 days at most, with no time limit, any hours, any paid contract.',
    );
  });

  it('draws the Kaplan–Meier curve of the 2025 entries, censoring the one who left without a contract', () => {
    const table = computeTimeToFirstContract(YEAR_DATA, YEAR);
    expect(table.rows).toEqual([
      { day: 9, atRisk: 4, events: 1, censored: 0, survival: 0.75 },
      { day: 59, atRisk: 3, events: 1, censored: 0, survival: 0.5 },
      { day: 153, atRisk: 2, events: 1, censored: 0, survival: 0.25 },
      { day: 334, atRisk: 1, events: 0, censored: 1, survival: 0.25 },
    ]);
    expect(table.notes[1]?.en).toBe(
      '4 entries, 3 first contracts observed; median time (Kaplan–Meier): 59 days.',
    );
  });

  it('censors people still accompanied on the observation date', () => {
    // In the first quarter only p1 and p4 entered. Seen on 31 March, both are still accompanied without a
    // contract: p1 censored at 58 days, p4 at 75 days; no event, the curve stays at 1.
    const early = computeTimeToFirstContract(YEAR_DATA, quarter(2025, 1));
    expect(early.rows.map((r) => [r.day, r.events, r.censored, r.survival])).toEqual([
      [58, 0, 1, 1],
      [75, 0, 1, 1],
    ]);
    // Seen in mid-2026: p1's contract (1 April) is an event; p4 left without one on 15 December.
    const late = computeTimeToFirstContract(YEAR_DATA, quarter(2025, 1), LATER);
    expect(late.rows).toEqual([
      { day: 59, atRisk: 2, events: 1, censored: 0, survival: 0.5 },
      { day: 334, atRisk: 1, events: 0, censored: 1, survival: 0.5 },
    ]);
  });

  it('draws the funnel accompanied → (presented: not available) → first contract → sustained', () => {
    const table = computeFunnel(YEAR_DATA, YEAR, LATER);
    expect(table.rows.map((r) => [r.stageCode, r.people, r.shareOfPrevious, r.shareOfFirst])).toEqual([
      ['accompanied', 5, null, 1],
      ['presented', null, null, null],
      ['first_contract', 4, 0.8, 0.8],
      ['sustained', 3, 0.75, 0.6],
    ]);
    expect(table.notes[1]?.en).toMatch(/not available: no presentation records were given/);
  });

  it('breaks the figures down by Mire, target group, gender, age band and education', () => {
    const table = computeBreakdowns(YEAR_DATA, YEAR, LATER);
    const figures = table.rows.map((r) => [r.groupCode, r.accompanied, r.placed, r.sustained]);
    expect(figures).toEqual([
      ['total', 5, 4, 3],
      ['mirec', 4, 4, 3],
      ['mirena', 1, 0, 0],
      ['mire', 5, 4, 3],
      ['youth_guarantee', 0, 0, 0],
      ['work_linked_training', 0, 0, 0],
      ['newcomers', 0, 0, 0],
      ['esf_project', 0, 0, 0],
      // Every fixture person lives in Marcinelle (52011), arrondissement of Charleroi.
      ['52000', 5, 4, 3],
      ['low_qualified', 2, 1, 1],
      ['long_term_unemployed', 1, 1, 1],
      ['neet', 1, 1, 1],
      ['newcomer', 1, 0, 0],
      ['none', 2, 2, 1],
      ['woman', 2, 1, 1],
      ['man', 1, 1, 1],
      ['non_binary', 1, 1, 0],
      ['refused', 0, 0, 0],
      ['unknown', 1, 1, 1],
      ['under_18', 0, 0, 0],
      ['18_24', 1, 1, 1],
      ['25_29', 0, 0, 0],
      ['30_44', 2, 2, 1],
      ['45_54', 0, 0, 0],
      ['55_plus', 1, 0, 0],
      ['unknown', 1, 1, 1],
      ['isced_0_2', 2, 1, 1],
      ['isced_3_4', 2, 2, 1],
      ['isced_5_8', 1, 1, 1],
    ]);
    expect(table.rows[0]).toMatchObject({ placementRate: 0.8, sustainedRate: 0.75 });
    expect(table.rows.find((r) => r.groupCode === 'refused')).toMatchObject({ placementRate: null });
    expect(table.disclosure).toEqual({ minCount: 5, groupBy: 'dimension' });
  });

  it('breaks down by the dimensions asked only', () => {
    const table = computeBreakdowns(YEAR_DATA, YEAR, { dimensions: ['education'], minCount: 3 });
    expect(table.rows.map((r) => r.groupCode)).toEqual(['total', 'isced_0_2', 'isced_3_4', 'isced_5_8']);
    expect(table.disclosure?.minCount).toBe(3);
  });

  it('refuses an observation date before the end of the period', () => {
    expect(() => computePlacement(YEAR_DATA, YEAR, { observedUntil: '2025-06-30' })).toThrow(RangeError);
    expect(() => computePlacement(YEAR_DATA, YEAR, { observedUntil: '2026-02-30' })).toThrow(/observedUntil/);
  });
});
