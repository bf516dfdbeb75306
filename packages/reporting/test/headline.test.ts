// Issue 5's headline year: records built by hand, with the mix of cases the calculators must tell apart, that
// give exactly 5,879 people accompanied, 4,775 with a first contract and 3,417 in work after six months.
import type { Accompaniment, CandidateRecord, Contract } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { computeFunnel } from '../src/indicators/funnel.js';
import { computePlacement } from '../src/indicators/placement.js';
import { computeSustainedEmployment } from '../src/indicators/sustained-employment.js';
import { calendarYear } from '../src/periods/period.js';
import { prepareReportingData } from '../src/validate/prepare.js';
import { tableToCsv } from '../src/export/csv.js';
import { accompaniment, contract, person } from './builders.js';

const ACCOMPANIED = 5879;
const PLACED = 4775;
const SUSTAINED = 3417;

function headlineYear() {
  const candidates: CandidateRecord[] = [];
  const accompaniments: Accompaniment[] = [];
  const contracts: Contract[] = [];
  for (let i = 0; i < ACCOMPANIED + 40; i += 1) {
    const id = `p${i}`;
    candidates.push(person(id));
    if (i >= ACCOMPANIED) {
      // Accompanied in 2024 only, hired in 2025 after leaving: not in the 2025 figures.
      accompaniments.push(accompaniment(`a${i}`, id, '2024-01-10', '2024-11-30'));
      contracts.push(contract(`c${i}`, id, '2025-02-01', null));
      continue;
    }
    // Half carried over from 2024, half entering in 2025; every tenth exits and re-enters.
    const entry = i % 2 === 0 ? '2024-11-04' : '2025-01-13';
    if (i % 10 === 5) {
      accompaniments.push(accompaniment(`a${i}`, id, entry, '2025-01-31'));
      accompaniments.push(accompaniment(`b${i}`, id, '2025-02-10', null));
    } else accompaniments.push(accompaniment(`a${i}`, id, entry, null));
    if (i >= PLACED) {
      // Not placed: an immersion does not count.
      contracts.push(contract(`c${i}`, id, '2025-03-03', '2025-03-14', { type: 'immersion' }));
      continue;
    }
    if (i < SUSTAINED) {
      // Sustained: a CDD, a gap of exactly 31 days, then an open-ended contract.
      contracts.push(contract(`c${i}`, id, '2025-03-03', '2025-05-31'));
      contracts.push(contract(`d${i}`, id, '2025-07-02', null, { type: 'cdi' }));
    } else {
      // Not sustained: two overlapping contracts covering 3 March to 30 June (120 days), then nothing.
      contracts.push(contract(`c${i}`, id, '2025-03-03', '2025-05-31'));
      contracts.push(contract(`d${i}`, id, '2025-05-01', '2025-06-30'));
    }
  }
  return prepareReportingData({ candidates, accompaniments, contracts });
}

describe('the headline year', () => {
  const data = headlineYear();
  const YEAR = calendarYear(2025);
  const SEEN = { observedUntil: '2026-06-30' };

  it('gives 5,879 accompanied, 4,775 first contracts and 3,417 in work after six months', () => {
    expect(data.excluded.count).toBe(0);
    expect(computePlacement(data, YEAR).rows[0]).toMatchObject({ accompanied: ACCOMPANIED, placed: PLACED });
    expect(computeSustainedEmployment(data, YEAR, SEEN).rows[0]).toMatchObject({
      placed: PLACED,
      sustained: SUSTAINED,
      pending: 0,
    });
    const funnel = computeFunnel(data, YEAR, SEEN);
    // No presentation records: that stage is shown empty, with a note.
    expect(funnel.rows.map((row) => row.people)).toEqual([ACCOMPANIED, null, PLACED, SUSTAINED]);
    const csv = tableToCsv(funnel, { locale: 'fr', withNotes: false }).replace('\uFEFF', '').split('\r\n');
    // As Belgian Excel reads them: shares rounded to six decimals, with a decimal comma.
    expect(csv.slice(1, 5)).toEqual([
      'Accompagnées;accompanied;5879;;1',
      'Présentées à un employeur;presented;;;',
      'Premier contrat;first_contract;4775;0,812213;0,812213',
      'En emploi plus de six mois;sustained;3417;0,715602;0,581221',
    ]);
  });
});
