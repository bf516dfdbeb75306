// A hand-computed year (2025): six people covering the edge cases of issue 5. The expected figures are worked
// out by hand in src/indicators/indicators.test.ts.
import { prepareReportingData } from '../src/validate/prepare.js';
import type { ReportingInput } from '../src/validate/prepare.js';
import { accompaniment, contract, person } from './builders.js';

export const YEAR_INPUT: ReportingInput = {
  candidates: [
    // p1: entered in February, first contract 1 April (59 days), a second one after a 19-day gap: sustained 19 Oct.
    person('p1', {
      isced: 2,
      unemployedSince: '2023-01-01',
      attributes: { gender: 'woman', birthDate: '1990-05-10', nationality: 'FR' },
    }),
    // p2: carried over from 2024; a job that started before entry (and before the period) is not a first
    // contract; first contract 1 March (151 days); then a gap of exactly 31 days: sustained 30 September.
    person('p2', { isced: 3, attributes: { gender: 'man', birthDate: '2001-03-01' } }),
    // p3: exits in 2024 after a 2024 first contract, re-enters 1 June 2025; an immersion does not count;
    // open-ended CDI from 1 November (153 days): pending at the end of 2025, sustained on 2 May 2026.
    person('p3', { isced: 5 }),
    // p4: entered 15 January, left 15 December without a contract (censored at 334 days); other Mire.
    person('p4', {
      isced: 1,
      attributes: { gender: 'woman', birthDate: '1965-01-01', newcomer: 'yes', nationality: 'MA' },
    }),
    // p5: accompanied 2023–2024 only: not in the 2025 figures, even with a 2025 contract.
    person('p5', { attributes: { gender: 'man', birthDate: '2000-01-01' } }),
    // p6: entered 1 December, two overlapping contracts from 10 December (9 days) to 28 February: 81 days.
    person('p6', {
      isced: 4,
      attributes: {
        gender: 'non_binary',
        birthDate: '1985-06-01',
        disability: 'yes',
        foreignBackground: 'yes',
      },
    }),
  ],
  accompaniments: [
    accompaniment('a1', 'p1', '2025-02-01', '2025-09-30', {
      exitReason: 'employment',
      statusAtEntry: 'unemployed',
    }),
    accompaniment('b1', 'p2', '2024-10-01', null, { statusAtEntry: 'unemployed' }),
    accompaniment('c1', 'p3', '2024-03-01', '2024-12-31', { exitReason: 'employment' }),
    accompaniment('c2', 'p3', '2025-06-01', null),
    accompaniment('d1', 'p4', '2025-01-15', '2025-12-15', {
      mireId: 'mirena',
      exitReason: 'dropped_out',
      statusAtEntry: 'inactive',
    }),
    accompaniment('e1', 'p5', '2023-01-01', '2024-12-31', { exitReason: 'moved' }),
    accompaniment('f1', 'p6', '2025-12-01', null, { statusAtEntry: 'employed' }),
  ],
  contracts: [
    contract('k1', 'p1', '2025-04-01', '2025-06-30'),
    contract('k2', 'p1', '2025-07-20', null),
    contract('k3', 'p2', '2024-06-01', '2024-12-31'),
    contract('k4', 'p2', '2025-03-01', '2025-05-31'),
    contract('k5', 'p2', '2025-07-02', '2025-12-31'),
    contract('k6', 'p3', '2024-05-01', '2024-08-31'),
    contract('k7', 'p3', '2025-06-10', '2025-06-20', { type: 'immersion' }),
    contract('k8', 'p3', '2025-11-01', null, { type: 'cdi' }),
    contract('k9', 'p5', '2025-02-01', null),
    contract('k10', 'p6', '2025-12-10', '2026-02-28'),
    contract('k11', 'p6', '2025-12-15', '2026-01-31'),
  ],
};

export const YEAR_DATA = prepareReportingData(YEAR_INPUT);
