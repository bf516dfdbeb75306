import type { FollowUp } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { accompaniment, contract, person } from '../../test/builders.js';
import { calendarYear } from '../periods/period.js';
import { prepareReportingData } from '../validate/prepare.js';
import { computeFollowUpsDue } from './follow-ups-due.js';

const contact = (id: string, candidateId: string, date: string): FollowUp => ({
  id,
  candidateId,
  date,
  channel: 'phone',
  with: 'candidate',
});

const data = prepareReportingData({
  candidates: [person('p1'), person('p2'), person('p3')],
  accompaniments: [
    accompaniment('a1', 'p1', '2025-01-06', null),
    accompaniment('a2', 'p2', '2025-02-03', null),
    accompaniment('a3', 'p3', '2025-02-03', null),
  ],
  contracts: [
    contract('k1', 'p1', '2025-03-01', null),
    contract('k2', 'p2', '2025-05-20', null),
    // p3 starts after the counsellor's today: nothing due yet.
    contract('k3', 'p3', '2025-07-01', null),
  ],
  followUps: [
    contact('f1', 'p1', '2025-03-06'), // week 1 (due 8 March), within the 3 days before
    contact('f2', 'p1', '2025-04-20'), // month 1 (due 31 March)
    contact('f3', 'p1', '2025-06-20'), // after today: not counted yet
    contact('f4', 'ghost', '2025-06-01'),
    contact('f5', 'p2', '2025-02-30'),
  ],
});
const YEAR = calendarYear(2025);

describe('follow-up contacts due', () => {
  it('lists the overdue and soon-due contacts, earliest first, and counts every milestone', () => {
    const table = computeFollowUpsDue(data, YEAR, { asOf: '2025-06-10' });
    expect(table.rows.map((r) => [r.candidateId, r.contractId, r.dueDate, r.statusCode])).toEqual([
      ['p2', 'k2', '2025-05-27', 'overdue'],
      ['p1', 'k1', '2025-05-31', 'overdue'],
      ['p2', 'k2', '2025-06-19', 'due_soon'],
    ]);
    expect(table.rows[0]?.milestone).toEqual({ fr: 'Après une semaine', en: 'After one week' });
    expect(table.notes[1]?.en).toBe('On 2025-06-10: 2 done, 2 overdue, 1 due within 14 days, 3 later.');
  });

  it('reports the follow-ups it left out', () => {
    expect(data.excluded.issues.map((i) => [i.source, i.params?.id, i.params?.reason])).toEqual([
      ['followUps', 'f4', 'unknown_person'],
      ['followUps', 'f5', 'invalid_date'],
    ]);
    expect(computeFollowUpsDue(data, YEAR, { asOf: '2025-06-10' }).excluded.count).toBe(2);
  });

  it('counts a contact from the tolerance before a milestone, and takes another schedule', () => {
    // With no tolerance, the contact of 6 March is too early for the week-1 milestone (8 March).
    const strict = computeFollowUpsDue(data, YEAR, { asOf: '2025-06-10', toleranceDays: 0 });
    expect(strict.rows.filter((r) => r.candidateId === 'p1').map((r) => r.dueDate)).toEqual([
      '2025-03-08',
      '2025-05-31',
    ]);
    const monthly = computeFollowUpsDue(data, YEAR, {
      asOf: '2025-06-10',
      schedule: [{ id: 'month_1', label: { fr: 'Un mois', en: 'One month' }, days: 30 }],
    });
    expect(monthly.rows.map((r) => [r.candidateId, r.statusCode])).toEqual([['p2', 'due_soon']]);
    expect(() =>
      computeFollowUpsDue(data, YEAR, {
        schedule: [
          { id: 'b', label: { fr: 'b', en: 'b' }, days: 30 },
          { id: 'a', label: { fr: 'a', en: 'a' }, days: 7 },
        ],
      }),
    ).toThrow(RangeError);
  });
});
