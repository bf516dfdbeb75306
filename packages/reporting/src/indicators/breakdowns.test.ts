// Breakdowns by programme, territory of residence, and target groups fed by the eligibility criteria:
// hand-computed fixtures (the figures are worked out in the comments) and properties.
import type { CandidateRecord, PlaceRef } from '@passerelle/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPeriod, arbReportingInput } from '../../test/arbitraries.js';
import { accompaniment, person } from '../../test/builders.js';
import type { PersonSketch } from '../../test/builders.js';
import { DEFAULT_TARGET_GROUP_CRITERIA } from '../breakdowns/target-groups.js';
import { assessEligibility } from '../eligibility/assess.js';
import { calendarYear } from '../periods/period.js';
import type { TableRow } from '../tables/table.js';
import { prepareReportingData } from '../validate/prepare.js';
import { computeBreakdowns } from './breakdowns.js';

const YEAR = calendarYear(2025);

function living(id: string, home: PlaceRef, sketch: PersonSketch = {}): CandidateRecord {
  const record = person(id, sketch);
  return { ...record, candidate: { ...record.candidate, home } };
}

const figures = (rows: readonly TableRow[], dimension: string) =>
  rows
    .filter((row) => (row.dimension as { en: string }).en === dimension)
    .map((row) => [row.groupCode, row.accompanied]);

describe('breakdowns by programme and territory', () => {
  const data = prepareReportingData({
    candidates: [
      // t1 lives in Charleroi (arrondissement 52000), t2 in Namur (92000), t3's commune is unknown.
      living('t1', { nisCode: '52011' }),
      living('t2', { nisCode: '92094' }),
      living('t3', { postalCode: '5000' }),
    ],
    accompaniments: [
      accompaniment('a1', 't1', '2025-02-01', null, { programme: 'youth_guarantee' }),
      // t2 counts under the first accompaniment of the period (Mire), not the newcomers' pathway after it.
      accompaniment('a2', 't2', '2024-09-01', '2025-01-31'),
      accompaniment('b2', 't2', '2025-03-01', null, { programme: 'newcomers' }),
      accompaniment('a3', 't3', '2025-06-01', null, { programme: 'work_linked_training' }),
    ],
    contracts: [],
  });

  it('counts each person once, under the programme of the accompaniment that counts', () => {
    const table = computeBreakdowns(data, YEAR, { dimensions: ['programme'] });
    expect(figures(table.rows, 'Programme')).toEqual([
      ['mire', 1],
      ['youth_guarantee', 1],
      ['work_linked_training', 1],
      ['newcomers', 0],
      ['esf_project', 0],
    ]);
  });

  it('groups people by the arrondissement of their home commune, or by the territories given', () => {
    const byArrondissement = computeBreakdowns(data, YEAR, { dimensions: ['territory'] });
    expect(figures(byArrondissement.rows, 'Territory of residence')).toEqual([
      ['52000', 1],
      ['92000', 1],
      ['unknown', 1],
    ]);
    expect(byArrondissement.notes.map((note) => note.en)).toContain(
      'Territory: arrondissement of the home commune (REFNIS code).',
    );
    const territories = [
      { id: 'mirec', name: 'MIREC', communes: ['52011', '52012'] },
      { id: 'mirena', name: { fr: 'MIRENA', en: 'MIRENA' }, communes: ['92003'] },
    ];
    const byTerritory = computeBreakdowns(data, YEAR, { dimensions: ['territory'], territories });
    // t2's commune (92094) is in neither territory.
    expect(figures(byTerritory.rows, 'Territory of residence')).toEqual([
      ['mirec', 1],
      ['mirena', 0],
      ['outside', 1],
      ['unknown', 1],
    ]);
  });

  it('refuses territories that share a commune or list a code that is not one', () => {
    const twice = [
      { id: 'a', name: 'A', communes: ['52011'] },
      { id: 'b', name: 'B', communes: ['52011'] },
    ];
    expect(() => computeBreakdowns(data, YEAR, { territories: twice })).toThrow(
      /52011 is in territories "a" and "b"/,
    );
    expect(() =>
      computeBreakdowns(data, YEAR, { territories: [{ id: 'x', name: 'X', communes: ['5201'] }] }),
    ).toThrow(RangeError);
  });
});

describe('target groups from the eligibility criteria', () => {
  const entry = '2025-03-01';
  const data = prepareReportingData({
    candidates: [
      // e1: ISCED 2 without a diploma: no CESS (both ways low-qualified).
      person('e1', { isced: 2 }),
      // e2: ISCED 3, out of work since 2023: long-term unemployed by the records; by the criteria only with the
      // registration fact (30 of 36 months) declared below.
      person('e2', { isced: 3, unemployedSince: '2023-01-01' }),
      // e3: Moroccan, not a newcomer, right to work: no group by the records, legally staying foreigner.
      person('e3', { isced: 5, attributes: { nationality: 'MA', newcomer: 'no' } }),
      // e4: 22 at entry, unemployed, out of work since January 2024: long-term unemployed and NEET by the
      // records; by the criteria under 25 and 12 months out of work (NEET), and 36 months without work is
      // not met.
      person('e4', { isced: 3, unemployedSince: '2024-01-15', attributes: { birthDate: '2002-06-01' } }),
    ],
    accompaniments: ['e1', 'e2', 'e3', 'e4'].map((id) =>
      accompaniment(`acc-${id}`, id, entry, null, id === 'e4' ? { statusAtEntry: 'unemployed' } : {}),
    ),
    contracts: [],
  });
  const facts = [{ accompanimentId: 'acc-e2', registeredUnemployedMonthsIn36: 30 }];
  const groups = (options: Parameters<typeof computeBreakdowns>[2]) =>
    figures(computeBreakdowns(data, YEAR, { dimensions: ['target_group'], ...options }).rows, 'Target group');

  it('reads the groups from the records by default', () => {
    expect(groups({})).toEqual([
      ['low_qualified', 1],
      ['long_term_unemployed', 2],
      ['neet', 1],
      ['newcomer', 0],
      ['none', 1],
    ]);
  });

  it('reads them from the criteria met when eligibility is asked for, through the default mapping', () => {
    expect(groups({ eligibility: { facts } })).toEqual([
      ['low_qualified', 1],
      ['long_term_unemployed', 1],
      ['neet', 1],
      ['newcomer', 1],
      ['none', 0],
    ]);
    const table = computeBreakdowns(data, YEAR, { dimensions: ['target_group'], eligibility: { facts } });
    expect(table.notes[1]?.en).toContain(
      'low_qualified ← no_cess; long_term_unemployed ← registered_24_of_36 | no_work_or_benefit_36',
    );
    expect(DEFAULT_TARGET_GROUP_CRITERIA.newcomer).toEqual(['legally_staying_foreigner']);
  });

  it('follows a mapping the user gives, a group mapped to nothing staying empty', () => {
    const criteria = {
      low_qualified: [],
      long_term_unemployed: ['registered_24_of_36'],
      neet: ['under_25_unemployed_12'],
      newcomer: ['legally_staying_foreigner', 'no_cess'],
    };
    // e1 now lands in "newcomer" through no_cess; nobody is low-qualified.
    expect(groups({ eligibility: { facts, criteria } })).toEqual([
      ['low_qualified', 0],
      ['long_term_unemployed', 1],
      ['neet', 1],
      ['newcomer', 2],
      ['none', 0],
    ]);
    expect(() =>
      groups({ eligibility: { criteria: { ...criteria, neet: 'x' as unknown as string[] } } }),
    ).toThrow(/targetGroupCriteria.neet/);
  });

  it('uses the assessments given rather than assessing again', () => {
    const assessments = assessEligibility(data, YEAR, { facts });
    // Without the facts, e2 would not be long-term unemployed: the given assessment carries them.
    expect(groups({ eligibility: { assessments } })).toEqual(groups({ eligibility: { facts } }));
    expect(groups({ eligibility: {} })[1]).toEqual(['long_term_unemployed', 0]);
  });

  it('never puts more people in a group than in the total, and everyone in a group or "none"', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, (input, period) => {
        const table = computeBreakdowns(prepareReportingData(input), period, {
          dimensions: ['target_group'],
          eligibility: {},
        });
        const total = table.rows[0]?.accompanied as number;
        const rows = table.rows.slice(1);
        for (const row of rows) expect(row.accompanied as number).toBeLessThanOrEqual(total);
        const inSome = rows.reduce((sum, row) => sum + (row.accompanied as number), 0);
        expect(inSome).toBeGreaterThanOrEqual(total);
      }),
      { numRuns: 60 },
    );
  });
});
