import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPeriod, arbReportingInput } from '../../test/arbitraries.js';
import { accompaniment, contract, person } from '../../test/builders.js';
import { computeActivity } from '../indicators/activity.js';
import { INDICATORS } from '../indicators/registry.js';
import { calendarYear } from '../periods/period.js';
import type { Contract } from '@passerelle/core';
import { prepareReportingData } from './prepare.js';
import type { ReportingData } from './reporting-data.js';

const reasons = (data: ReturnType<typeof prepareReportingData>) =>
  data.excluded.issues.map((issue) => [issue.source, issue.params?.id, issue.params?.reason, issue.code]);

describe('prepareReportingData', () => {
  it('keeps valid records, grouped by person and sorted by date', () => {
    const data = prepareReportingData({
      candidates: [person('p1'), person('p2')],
      accompaniments: [
        accompaniment('a2', 'p1', '2025-03-01', null),
        accompaniment('a1', 'p1', '2024-01-01', '2024-06-30'),
      ],
      contracts: [contract('c2', 'p1', '2025-05-01', null), contract('c1', 'p1', '2025-04-01', '2025-04-30')],
    });
    expect(data.excluded).toEqual({ count: 0, issues: [] });
    const [p1, p2] = data.people;
    expect(p1?.accompaniments.map((a) => a.record.id)).toEqual(['a1', 'a2']);
    expect(p1?.contracts.map((c) => c.record.id)).toEqual(['c1', 'c2']);
    expect(p2?.accompaniments).toEqual([]);
  });

  it('leaves out a contract that ends before it starts, with an issue naming it', () => {
    const data = prepareReportingData({
      candidates: [person('p1')],
      accompaniments: [],
      contracts: [
        contract('ok', 'p1', '2025-01-01', null),
        contract('bad', 'p1', '2025-03-01', '2025-02-28'),
      ],
    });
    expect(data.people[0]?.contracts.map((c) => c.record.id)).toEqual(['ok']);
    expect(reasons(data)).toEqual([['contracts', 'bad', 'contract_ends_before_start', 'date_order']]);
    expect(data.excluded.issues[0]).toMatchObject({ index: 1, field: 'end', value: '2025-02-28' });
  });

  it('leaves out dates that do not exist and records of unknown people', () => {
    const data = prepareReportingData({
      candidates: [person('p1')],
      accompaniments: [
        accompaniment('a1', 'p1', '2025-02-30', null),
        accompaniment('a2', 'ghost', '2025-01-01', null),
        accompaniment('a3', 'p1', '2025-01-01', '2025-13-01'),
      ],
      contracts: [contract('c1', 'ghost', '2025-01-01', null)],
    });
    expect(reasons(data)).toEqual([
      ['accompaniments', 'a1', 'invalid_date', 'invalid_date'],
      ['accompaniments', 'a2', 'unknown_person', 'unknown_reference'],
      ['accompaniments', 'a3', 'invalid_date', 'invalid_date'],
      ['contracts', 'c1', 'unknown_person', 'unknown_reference'],
    ]);
    expect(data.excluded.count).toBe(4);
    expect(data.people[0]?.accompaniments).toEqual([]);
  });

  it('leaves out every one of overlapping accompaniments of one person, and keeps exit then re-entry', () => {
    const data = prepareReportingData({
      candidates: [person('p1'), person('p2')],
      accompaniments: [
        accompaniment('a1', 'p1', '2025-01-01', '2025-03-31'),
        accompaniment('a2', 'p1', '2025-03-31', null),
        accompaniment('b1', 'p2', '2025-01-01', '2025-03-30'),
        accompaniment('b2', 'p2', '2025-03-31', null),
      ],
      contracts: [],
    });
    expect(
      reasons(data)
        .map((r) => r[1])
        .sort(),
    ).toEqual(['a1', 'a2']);
    expect(data.excluded.issues.every((i) => i.params?.reason === 'overlapping_accompaniments')).toBe(true);
    const a2 = data.excluded.issues.find((i) => i.params?.id === 'a2');
    expect(a2).toMatchObject({ index: 1, field: 'entryDate', params: { other: 'a1' } });
    expect(data.people[1]?.accompaniments.map((a) => a.record.id)).toEqual(['b1', 'b2']);
  });

  it('finds an overlap with an earlier open-ended accompaniment, not only the previous one', () => {
    const data = prepareReportingData({
      candidates: [person('p1')],
      accompaniments: [
        accompaniment('long', 'p1', '2020-01-01', null),
        accompaniment('short', 'p1', '2021-01-01', '2021-02-01'),
        accompaniment('late', 'p1', '2023-01-01', '2023-02-01'),
      ],
      contracts: [],
    });
    expect(
      reasons(data)
        .map((r) => r[1])
        .sort(),
    ).toEqual(['late', 'long', 'short']);
  });

  it('leaves out duplicate ids after the first', () => {
    const data = prepareReportingData({
      candidates: [person('p1'), person('p1')],
      accompaniments: [],
      contracts: [contract('c1', 'p1', '2025-01-01', null), contract('c1', 'p1', '2025-02-01', null)],
    });
    expect(reasons(data)).toEqual([
      ['candidates', 'p1', 'duplicate_id', 'duplicate_id'],
      ['contracts', 'c1', 'duplicate_id', 'duplicate_id'],
    ]);
    expect(data.people).toHaveLength(1);
  });

  it('checks contract and accompaniment ids per person, keeping the first given', () => {
    const data = prepareReportingData({
      candidates: [person('p1'), person('p2')],
      accompaniments: [
        accompaniment('a1', 'p1', '2025-02-01', null),
        accompaniment('a1', 'p1', '2025-01-01', '2025-01-15'),
      ],
      contracts: [contract('c1', 'p1', '2025-01-01', null), contract('c1', 'p2', '2025-02-01', null)],
    });
    expect(reasons(data)).toEqual([['accompaniments', 'a1', 'duplicate_id', 'duplicate_id']]);
    expect(data.excluded.issues[0]?.index).toBe(1);
    expect(data.people[0]?.accompaniments.map((a) => a.record.entryDate)).toEqual(['2025-02-01']);
    expect(data.people.map((p) => p.contracts.length)).toEqual([1, 1]);
  });

  it('shows the count of what was left out in every table', () => {
    const data = prepareReportingData({
      candidates: [person('p1')],
      accompaniments: [accompaniment('a1', 'p1', '2025-01-01', null)],
      contracts: [
        contract('bad', 'p1', '2025-03-01', '2025-02-01'),
        contract('x', 'nobody', '2025-03-01', null),
      ],
    });
    const table = computeActivity(data, calendarYear(2025));
    expect(table.excluded.count).toBe(2);
    expect(table.notes.at(-1)?.en).toBe(
      '2 record(s) left out of the figures (contract ending before it starts: 1; unknown person: 1).',
    );
    expect(table.notes.at(-1)?.fr).toContain('2 enregistrement(s) écarté(s)');
  });

  it('leaves out a contract whose type is not a known code', () => {
    const data = prepareReportingData({
      candidates: [person('p1')],
      accompaniments: [],
      contracts: [contract('c1', 'p1', '2025-01-01', null, { type: 'gig' as Contract['type'] })],
    });
    expect(reasons(data)).toEqual([['contracts', 'c1', 'unknown_contract_type', 'invalid_value']]);
    expect(data.people[0]?.contracts).toEqual([]);
  });

  it('gives the same tables for data put together by hand from its people', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, (input, period) => {
        const prepared = prepareReportingData(input);
        const byHand: ReportingData = { people: prepared.people, excluded: prepared.excluded };
        for (const indicator of Object.values(INDICATORS)) {
          expect(indicator.compute(byHand, period)).toEqual(indicator.compute(prepared, period));
        }
      }),
      { numRuns: 40 },
    );
  });
});
