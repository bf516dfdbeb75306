import type { LabourStatus } from '@passerelle/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPeriod, arbReportingInput } from '../../test/arbitraries.js';
import { accompaniment, contract, person } from '../../test/builders.js';
import { calendarYear } from '../periods/period.js';
import { prepareReportingData } from '../validate/prepare.js';
import { computeYouthGuarantee } from './youth-guarantee.js';

const YEAR = calendarYear(2025);
const young = (id: string, birthDate?: string) =>
  person(id, birthDate === undefined ? {} : { attributes: { birthDate } });
const entry = (id: string, who: string, date: string, status?: LabourStatus, mireId = 'mirec') =>
  accompaniment(id, who, date, null, { mireId, ...(status !== undefined ? { statusAtEntry: status } : {}) });

const DATA = prepareReportingData({
  candidates: [
    young('y1', '2000-03-01'), // 24 at entry; a CDD exactly four months after entry: offer
    young('y2', '2000-03-01'), // the same, one day later: no offer
    young('y3', '1995-01-15'), // exactly 30 at entry: not young
    young('y4', '1995-01-16'), // 29 at entry, inactive, an internship: offer
    young('y5', '2005-01-01'), // employed at entry: not NEET
    young('y6', '2005-01-01'), // an apprenticeship ending five days before entry: in training, not NEET
    young('y7', '2005-01-01'), // entered 1 October: four months not over on 31 December, pending
    young('y8'), // age unknown
    young('y9', '2005-01-01'), // status at entry unknown
    young('y10', '2005-01-01'), // another Mire; only an immersion, which is not an offer by default
  ],
  accompaniments: [
    entry('g1', 'y1', '2025-01-15', 'unemployed'),
    entry('g2', 'y2', '2025-01-15', 'unemployed'),
    entry('g3', 'y3', '2025-01-15', 'unemployed'),
    entry('g4', 'y4', '2025-01-15', 'inactive'),
    entry('g5', 'y5', '2025-01-15', 'employed'),
    entry('g6', 'y6', '2025-01-15', 'unemployed'),
    entry('g7', 'y7', '2025-10-01', 'unemployed'),
    entry('g8', 'y8', '2025-01-15', 'unemployed'),
    entry('g9', 'y9', '2025-01-15'),
    entry('g10', 'y10', '2025-03-01', 'unemployed', 'mirena'),
  ],
  contracts: [
    contract('k1', 'y1', '2025-05-15', null),
    contract('k2', 'y2', '2025-05-16', null),
    contract('k3', 'y3', '2025-02-01', null),
    contract('k4', 'y4', '2025-02-01', '2025-04-30', { type: 'internship' }),
    contract('k6', 'y6', '2024-12-01', '2025-01-10', { type: 'apprenticeship' }),
    contract('k10', 'y10', '2025-04-01', '2025-04-10', { type: 'immersion' }),
  ],
});

const KEYS = [
  'entries',
  'age_unknown',
  'status_unknown',
  'neet',
  'offer',
  'pending',
  'no_offer',
  'offer_share',
];
const figures = (rows: readonly Record<string, unknown>[]) => rows.map((row) => KEYS.map((key) => row[key]));

describe('Youth Guarantee', () => {
  it('counts NEET entries and offers within four months, the last day included', () => {
    const table = computeYouthGuarantee(DATA, YEAR);
    expect(table.rows.map((row) => row.mire)).toEqual([
      'mirec',
      'mirena',
      { fr: 'Toutes les Mire', en: 'All Mire' },
    ]);
    expect(figures(table.rows)).toEqual([
      [9, 1, 1, 4, 2, 1, 1, 2 / 3],
      [1, 0, 0, 1, 0, 0, 1, 0],
      [10, 1, 1, 5, 2, 1, 2, 0.5],
    ]);
  });

  it('settles pending entries once the four months are observed, and takes its parameters', () => {
    const late = computeYouthGuarantee(DATA, YEAR, { observedUntil: '2026-03-01' });
    expect(figures(late.rows).at(-1)).toEqual([10, 1, 1, 5, 2, 0, 3, 0.4]);
    const withImmersion = computeYouthGuarantee(DATA, YEAR, {
      offerTypes: ['cdd', 'internship', 'immersion'],
    });
    expect(withImmersion.rows[1]?.offer).toBe(1);
    // Under 25 (the 2013 Youth Guarantee): y4, 29, is out.
    expect(computeYouthGuarantee(DATA, YEAR, { maxAge: 24 }).rows.at(-1)?.neet).toBe(4);
    expect(() => computeYouthGuarantee(DATA, YEAR, { maxAge: 10 })).toThrow(RangeError);
  });

  it('adds up: NEET entries are offers, pending or none; Mire rows sum to the total; the share is in [0, 1]', () => {
    const statuses: (LabourStatus | undefined)[] = ['unemployed', 'inactive', 'employed', undefined];
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, (input, period) => {
        const withStatus = {
          ...input,
          accompaniments: input.accompaniments.map((a, i) => {
            const status = statuses[i % 4];
            return status === undefined ? a : { ...a, statusAtEntry: status };
          }),
        };
        const table = computeYouthGuarantee(prepareReportingData(withStatus), period);
        const total = table.rows.at(-1) as Record<string, number | null>;
        for (const row of table.rows) {
          const n = (key: string) => row[key] as number;
          expect(n('offer') + n('pending') + n('no_offer')).toBe(n('neet'));
          expect(n('neet') + n('age_unknown') + n('status_unknown')).toBeLessThanOrEqual(n('entries'));
          if (row.offer_share !== null) {
            expect(n('offer_share')).toBeGreaterThanOrEqual(0);
            expect(n('offer_share')).toBeLessThanOrEqual(1);
          }
        }
        for (const key of ['entries', 'neet', 'offer', 'pending', 'no_offer']) {
          const sum = table.rows.slice(0, -1).reduce((acc, row) => acc + (row[key] as number), 0);
          expect(sum).toBe(total[key]);
        }
      }),
    );
  });
});
