import { describe, expect, it } from 'vitest';
import { contract, person } from '../../test/builders.js';
import { dayOf } from '../internal/days.js';
import { prepareReportingData } from '../validate/prepare.js';
import type { ContractSpell } from '../validate/reporting-data.js';
import { DEFAULT_SUSTAINED_RULE, resolveSustainedRule, sustainedOutcome } from './sustained.js';
import type { Contract } from '@passerelle/core';

const day = (iso: string): number => dayOf(iso) as number;
const spells = (...contracts: Contract[]): readonly ContractSpell[] =>
  prepareReportingData({ candidates: [person('p')], accompaniments: [], contracts }).people[0]
    ?.contracts as readonly ContractSpell[];
const rule = DEFAULT_SUSTAINED_RULE;

describe('sustained employment rule', () => {
  it('has the defaults of DOMAIN.md', () => {
    expect(rule).toEqual({
      minDays: 183,
      maxGapDays: 31,
      windowDays: null,
      minHoursPerWeek: null,
      contractTypes: null,
    });
  });

  it('reaches 183 days on the 183rd day of an open-ended contract', () => {
    const outcome = sustainedOutcome(
      spells(contract('c', 'p', '2025-01-01', null)),
      day('2025-01-01'),
      day('2026-01-01'),
      rule,
    );
    // 1 January + 182 days = 2 July.
    expect(outcome).toEqual({ status: 'sustained', daysInWork: 183, reachedOn: day('2025-07-02') });
  });

  it('is pending while an open contract has not reached the days by the observation date', () => {
    const outcome = sustainedOutcome(
      spells(contract('c', 'p', '2025-10-01', null)),
      day('2025-10-01'),
      day('2025-12-31'),
      rule,
    );
    expect(outcome).toEqual({ status: 'pending', daysInWork: 92 });
  });

  it('allows a gap of exactly 31 days, not 32', () => {
    // 1 Jan–31 Mar is 90 days; then 31 (or 32) days without a contract; then 93 more days are needed.
    const withGap = (nextStart: string) =>
      sustainedOutcome(
        spells(contract('a', 'p', '2025-01-01', '2025-03-31'), contract('b', 'p', nextStart, '2025-12-31')),
        day('2025-01-01'),
        day('2026-06-30'),
        rule,
      ).status;
    expect(withGap('2025-05-01')).toBe('sustained'); // 1–30 April: 30 days
    expect(withGap('2025-05-02')).toBe('sustained'); // 1 April–1 May: 31 days
    expect(withGap('2025-05-03')).toBe('not_sustained'); // 32 days
  });

  it('counts the days of two overlapping contracts once', () => {
    const outcome = sustainedOutcome(
      spells(contract('a', 'p', '2025-01-01', '2025-04-30'), contract('b', 'p', '2025-03-01', '2025-06-15')),
      day('2025-01-01'),
      day('2026-01-01'),
      rule,
    );
    // 1 January to 15 June: 166 days, with March and April counted once; then nothing.
    expect(outcome).toEqual({ status: 'not_sustained', daysInWork: 166 });
  });

  it('counts an earlier contract still running from the first contract on, not before', () => {
    const outcome = sustainedOutcome(
      spells(
        contract('old', 'p', '2024-01-01', '2025-03-31'),
        contract('new', 'p', '2025-03-01', '2025-05-31'),
      ),
      day('2025-03-01'),
      day('2026-01-01'),
      rule,
    );
    expect(outcome).toEqual({ status: 'not_sustained', daysInWork: 92 });
  });

  it('is not sustained once out of work longer than the gap allowed, even before the observation ends', () => {
    const outcome = sustainedOutcome(
      spells(contract('a', 'p', '2025-01-01', '2025-02-28')),
      day('2025-01-01'),
      day('2025-04-01'),
      rule,
    );
    expect(outcome.status).toBe('not_sustained');
    const stillPossible = sustainedOutcome(
      spells(contract('a', 'p', '2025-01-01', '2025-02-28')),
      day('2025-01-01'),
      day('2025-03-31'),
      rule,
    );
    expect(stillPossible.status).toBe('pending');
  });

  it('applies the minimum hours, the contract types and the window', () => {
    const partTime = spells(contract('a', 'p', '2025-01-01', null, { hoursPerWeek: 10 }));
    const from = day('2025-01-01');
    const until = day('2026-01-01');
    expect(
      sustainedOutcome(partTime, from, until, resolveSustainedRule({ minHoursPerWeek: 19 })).status,
    ).toBe('not_sustained');
    expect(
      sustainedOutcome(partTime, from, until, resolveSustainedRule({ minHoursPerWeek: 10 })).status,
    ).toBe('sustained');
    const immersion = spells(contract('a', 'p', '2025-01-01', null, { type: 'immersion' }));
    expect(sustainedOutcome(immersion, from, until, rule).status).toBe('not_sustained');
    const cdd = spells(contract('a', 'p', '2025-01-01', null, { type: 'cdd' }));
    expect(sustainedOutcome(cdd, from, until, resolveSustainedRule({ contractTypes: ['cdi'] })).status).toBe(
      'not_sustained',
    );
    const split = spells(
      contract('a', 'p', '2025-01-01', '2025-03-31'),
      contract('b', 'p', '2025-04-20', null),
    );
    expect(sustainedOutcome(split, from, until, resolveSustainedRule({ windowDays: 200 })).status).toBe(
      'not_sustained',
    );
    expect(sustainedOutcome(split, from, until, resolveSustainedRule({ windowDays: 202 })).status).toBe(
      'sustained',
    );
  });

  it('refuses rules that make no sense', () => {
    expect(() => resolveSustainedRule({ minDays: 0 })).toThrow(RangeError);
    expect(() => resolveSustainedRule({ maxGapDays: -1 })).toThrow(RangeError);
    expect(() => resolveSustainedRule({ windowDays: 100 })).toThrow(/windowDays/);
    expect(() => resolveSustainedRule({ minHoursPerWeek: Number.NaN })).toThrow(RangeError);
  });
});
