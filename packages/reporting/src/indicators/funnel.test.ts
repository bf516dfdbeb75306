// The funnel's "presented to an employer" stage, from the optional presentations input: a hand-computed year,
// the checks on bad presentations, and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPeriod, arbReportingInput } from '../../test/arbitraries.js';
import { accompaniment, contract, person } from '../../test/builders.js';
import { dayOf, isoOfDay } from '../internal/days.js';
import { calendarYear } from '../periods/period.js';
import type { EmployerPresentation } from '../validate/reporting-data.js';
import { prepareReportingData } from '../validate/prepare.js';
import { computeFunnel } from './funnel.js';

const YEAR = calendarYear(2025);
const LATER = { observedUntil: '2026-06-30' };
const presented = (
  id: string,
  candidateId: string,
  date: string,
  to: Partial<EmployerPresentation> = {},
) => ({
  id,
  candidateId,
  date,
  ...(to.offerId === undefined ? { employerId: 'emp-1' } : {}),
  ...to,
});

const INPUT = {
  candidates: ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((id) => person(id)),
  accompaniments: [
    accompaniment('a1', 'f1', '2025-01-10', null),
    accompaniment('a2', 'f2', '2025-01-10', null),
    accompaniment('a3', 'f3', '2025-01-10', null),
    accompaniment('a4', 'f4', '2025-06-01', null),
    accompaniment('a5', 'f5', '2024-01-01', '2024-12-31'),
    accompaniment('a6', 'f6', '2025-01-10', null),
  ],
  contracts: [
    // f1: presented, then hired on an open-ended contract: sustained on 30 August 2025.
    contract('c1', 'f1', '2025-03-01', null),
    // f3: hired with no presentation on record, 61 days, then nothing: not sustained.
    contract('c3', 'f3', '2025-05-01', '2025-06-30'),
  ],
  presentations: [
    presented('p1', 'f1', '2025-02-01'),
    // f2: presented for an offer, never hired.
    presented('p2', 'f2', '2025-04-01', { offerId: 'offer-9' }),
    // f4: presented before entering accompaniment: not while accompanied.
    presented('p4', 'f4', '2025-05-15'),
    // f5: presented in 2025 but accompanied in 2024 only: not in the 2025 funnel.
    presented('p5', 'f5', '2025-02-01'),
    // f6: presented before and after the period only.
    presented('p6a', 'f6', '2024-12-20'),
    presented('p6b', 'f6', '2026-01-05'),
  ],
};

describe('the funnel with presentations to employers', () => {
  const data = prepareReportingData(INPUT);

  it('counts accompanied → presented (a hire counts) → hired → sustained, by hand', () => {
    expect(data.excluded.count).toBe(0);
    const table = computeFunnel(data, YEAR, LATER);
    // Accompanied: f1, f2, f3, f4, f6. Presented: f1 and f2 on record, f3 by the hire. Hired: f1, f3.
    expect(table.rows.map((r) => [r.stageCode, r.people, r.shareOfPrevious, r.shareOfFirst])).toEqual([
      ['accompanied', 5, null, 1],
      ['presented', 3, 0.6, 0.6],
      ['first_contract', 2, 2 / 3, 0.4],
      ['sustained', 1, 0.5, 0.2],
    ]);
    expect(table.notes[1]?.en).toBe(
      'Presented: 2 with a recorded presentation, 1 hired with no recorded presentation (a hire counts as one).',
    );
  });

  it('takes an empty list as "no presentation took place", not as missing', () => {
    const none = prepareReportingData({ ...INPUT, presentations: [] });
    expect(computeFunnel(none, YEAR, LATER).rows.map((r) => r.people)).toEqual([5, 2, 2, 1]);
    const missing = prepareReportingData({ ...INPUT, presentations: undefined });
    expect(computeFunnel(missing, YEAR, LATER).rows[1]?.people).toBeNull();
  });

  it('keeps the presentations with each person, sorted by day', () => {
    const f6 = data.people.find((p) => p.id === 'f6');
    expect(f6?.presentations?.map((p) => [p.record.id, p.index, isoOfDay(p.day)])).toEqual([
      ['p6a', 4, '2024-12-20'],
      ['p6b', 5, '2026-01-05'],
    ]);
  });

  it('leaves out a presentation of an unknown person, on a day that does not exist, or naming no employer', () => {
    const bad = prepareReportingData({
      ...INPUT,
      presentations: [
        presented('ok', 'f2', '2025-04-01'),
        presented('x1', 'ghost', '2025-04-01'),
        presented('x2', 'f2', '2025-02-30'),
        { id: 'x3', candidateId: 'f2', date: '2025-04-01' },
      ],
    });
    expect(
      bad.excluded.issues.map((i) => [i.source, i.index, i.params?.id, i.params?.reason, i.field]),
    ).toEqual([
      ['presentations', 1, 'x1', 'unknown_person', 'candidateId'],
      ['presentations', 2, 'x2', 'invalid_date', 'date'],
      ['presentations', 3, 'x3', 'presentation_without_employer', 'employerId'],
    ]);
    expect(computeFunnel(bad, YEAR, LATER).notes.at(-1)?.en).toBe(
      '3 record(s) left out of the figures (unknown person: 1; date that does not exist: 1; presentation naming no employer or offer: 1).',
    );
  });
});

const FIRST = dayOf('2023-01-01') as number;

describe('funnel properties with presentations', () => {
  it('narrows stage after stage, with every share in [0, 1]', () => {
    const arbPresentations = fc.array(
      fc.record({ who: fc.nat(11), day: fc.integer({ min: FIRST, max: FIRST + 1460 }) }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arbReportingInput, arbPresentations, arbPeriod, (input, raw, period) => {
        const presentations = raw.map((r, i) => presented(`pr${i}`, `p${r.who}`, isoOfDay(r.day)));
        const data = prepareReportingData({ ...input, presentations });
        const rows = computeFunnel(data, period).rows;
        const people = rows.map((row) => row.people as number);
        for (let i = 1; i < people.length; i += 1)
          expect(people[i]).toBeLessThanOrEqual(people[i - 1] as number);
        for (const row of rows) {
          for (const key of ['shareOfPrevious', 'shareOfFirst']) {
            const share = row[key];
            if (share !== null) {
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
            }
          }
        }
        // Presentations of people not in the input are left out, never counted.
        const unknown = raw.filter((r) => r.who >= input.candidates.length).length;
        expect(data.excluded.issues.filter((i) => i.source === 'presentations')).toHaveLength(unknown);
      }),
    );
  });
});
