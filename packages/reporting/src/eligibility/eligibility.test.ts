import type { Candidate, CandidateRecord, ProtectedAttributes } from '@passerelle/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accompaniment, contract, person } from '../../test/builders.js';
import { arbPeriod, arbReportingInput } from '../../test/arbitraries.js';
import { computeEligibility, quotaStatus } from '../indicators/eligibility.js';
import { calendarYear } from '../periods/period.js';
import { prepareReportingData } from '../validate/prepare.js';
import { assessEligibility } from './assess.js';
import type { EligibilityAssessment } from './assess.js';
import { AGED_55_OR_OVER, MIRE_CRITERIA, NO_CESS } from './criteria.js';
import { checkRuleSets, ruleSetOn } from './rule-sets.js';
import type { EligibilityRuleSet } from './rule-sets.js';

const YEAR = calendarYear(2025);

const OLD: EligibilityRuleSet = {
  id: 'old',
  label: { fr: 'Anciennes règles', en: 'Old rules' },
  validFrom: '2024-01-01',
  validTo: '2025-03-31',
  criteria: [NO_CESS, AGED_55_OR_OVER],
  derogationQuota: 0.2,
  source: ['test'],
};
const NEW: EligibilityRuleSet = {
  id: 'new',
  label: { fr: 'Nouvelles règles', en: 'New rules' },
  validFrom: '2025-04-01',
  validTo: null,
  criteria: MIRE_CRITERIA,
  derogationQuota: 0.1,
  source: ['test'],
};

function who(
  id: string,
  profile: Partial<Candidate>,
  attributes?: Omit<ProtectedAttributes, 'candidateId'>,
): CandidateRecord {
  const record = person(id, attributes === undefined ? {} : { attributes });
  return { ...record, candidate: { ...record.candidate, ...profile } };
}
const CESS = { education: { isced: 3 as const, diploma: 'cess' as const } };

const INPUT = {
  candidates: [
    // q1: exactly 55 on the last day of the old rules.
    who('q1', CESS, { birthDate: '1970-03-31' }),
    // q2: 54 on the first day of the new rules (55 the next day), Belgian, CESS; facts rule out the rest.
    who('q2', CESS, { birthDate: '1970-04-02', nationality: 'BE' }),
    // q3: exactly 25 at entry, out of work for 2 years, referred by the Forem.
    who('q3', { ...CESS, unemployedSince: '2023-01-01' }, { birthDate: '2000-06-15', nationality: 'BE' }),
    // q4: 24 at entry, out of work for exactly 12 months.
    who('q4', { ...CESS, unemployedSince: '2024-06-15' }, { birthDate: '2000-06-16', nationality: 'BE' }),
    // q5: nothing known (ISCED 4 without diploma, no attributes), another Mire.
    who('q5', { education: { isced: 4 } }),
    // q6: worked 731 days of the 36 months before entry.
    who('q6', { unemployedSince: '2025-01-01' }),
    // q7: Moroccan with a single permit; q8: Moroccan without a permit.
    who('q7', { workPermit: 'single_permit' }, { nationality: 'MA' }),
    who('q8', { workPermit: 'none' }, { nationality: 'MA' }),
  ],
  accompaniments: [
    accompaniment('e1', 'q1', '2025-03-31', null),
    accompaniment('e2', 'q2', '2025-04-01', null, { referredBy: 'self' }),
    accompaniment('e3', 'q3', '2025-06-15', null, { referredBy: 'forem' }),
    accompaniment('e4', 'q4', '2025-06-15', null),
    accompaniment('e5', 'q5', '2025-05-01', null, { mireId: 'mirena' }),
    accompaniment('e6', 'q6', '2025-09-01', null),
    accompaniment('e7', 'q7', '2025-10-01', null),
    accompaniment('e8', 'q8', '2025-10-01', null),
  ],
  contracts: [contract('k6', 'q6', '2023-01-01', '2024-12-31')],
};
const DATA = prepareReportingData(INPUT);
const FACTS = [
  {
    accompanimentId: 'e2',
    registeredUnemployedMonthsIn36: 10,
    benefitIn36Months: true,
    socialAssistance: false,
    aviqOrientation: false,
  },
];
const OPTIONS = { ruleSets: [OLD, NEW], facts: FACTS };

const byEntry = (assessments: readonly EligibilityAssessment[], id: string) =>
  assessments.find((a) => a.accompanimentId === id) as EligibilityAssessment;
const statusOf = (assessment: EligibilityAssessment, criterion: string) =>
  assessment.criteria.find((c) => c.id === criterion)?.status;

describe('eligibility rule sets', () => {
  it('applies the rule set in force on the entry date, up to its last day', () => {
    const assessments = assessEligibility(DATA, YEAR, OPTIONS);
    const e1 = byEntry(assessments, 'e1');
    expect(e1.ruleSetId).toBe('old');
    expect(e1.criteria.map((c) => [c.id, c.status])).toEqual([
      ['no_cess', 'not_met'],
      ['aged_55_or_over', 'met'],
    ]);
    expect(e1.criteria[1]?.evidence).toEqual([
      { source: 'attributes.birthDate', value: '1970-03-31' },
      { source: 'age_at_entry', value: 55 },
    ]);
    expect(e1.status).toBe('eligible');
    expect(byEntry(assessments, 'e2').ruleSetId).toBe('new');
    expect(ruleSetOn([OLD, NEW], '2025-03-31')?.id).toBe('old');
    expect(ruleSetOn([OLD, NEW], '2025-04-01')?.id).toBe('new');
    expect(ruleSetOn([OLD, NEW], '2023-12-31')).toBeUndefined();
  });

  it('says derogation only when every criterion is ruled out, and unknown when the records cannot tell', () => {
    const withFacts = byEntry(assessEligibility(DATA, YEAR, OPTIONS), 'e2');
    expect(withFacts.criteria.every((c) => c.status === 'not_met')).toBe(true);
    expect(withFacts.status).toBe('derogation');
    expect(statusOf(withFacts, 'aged_55_or_over')).toBe('not_met');
    const withoutFacts = byEntry(assessEligibility(DATA, YEAR, { ruleSets: [OLD, NEW] }), 'e2');
    expect(withoutFacts.status).toBe('unknown');
    expect(statusOf(withoutFacts, 'social_assistance')).toBe('unknown');
    expect(statusOf(withoutFacts, 'registered_24_of_36')).toBe('unknown');
    const e5 = byEntry(assessEligibility(DATA, YEAR, OPTIONS), 'e5');
    // ISCED 4 is above the CESS: under-25 is ruled out whatever the age; the rest cannot be told.
    expect(e5.criteria.map((c) => c.status)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'not_met',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(e5.status).toBe('unknown');
  });

  it('reads age, time out of work, contracts, nationality and referrer at the entry date', () => {
    const assessments = assessEligibility(DATA, YEAR, OPTIONS);
    // Exactly 25 is not under 25; 24 with exactly 12 months out of work and a CESS is.
    expect(statusOf(byEntry(assessments, 'e3'), 'under_25_unemployed_12')).toBe('not_met');
    expect(statusOf(byEntry(assessments, 'e3'), 'forem_referral')).toBe('met');
    expect(statusOf(byEntry(assessments, 'e4'), 'under_25_unemployed_12')).toBe('met');
    expect(statusOf(byEntry(assessments, 'e4'), 'forem_referral')).toBe('unknown');
    const e6 = byEntry(assessments, 'e6');
    expect(statusOf(e6, 'registered_24_of_36')).toBe('not_met');
    expect(e6.criteria[1]?.evidence).toContainEqual({
      source: 'contracts.paid_days_in_36_months',
      value: 731,
    });
    expect(statusOf(e6, 'no_work_or_benefit_36')).toBe('not_met');
    expect(statusOf(e6, 'no_cess')).toBe('met');
    expect(statusOf(byEntry(assessments, 'e7'), 'legally_staying_foreigner')).toBe('met');
    expect(statusOf(byEntry(assessments, 'e8'), 'legally_staying_foreigner')).toBe('unknown');
    expect(statusOf(byEntry(assessments, 'e2'), 'legally_staying_foreigner')).toBe('not_met');
  });

  it('counts each Mire’s entries per criterion and the derogation share against the quota', () => {
    const table = computeEligibility(DATA, YEAR, OPTIONS);
    const pick = (keys: readonly string[]) => table.rows.map((row) => keys.map((key) => row[key]));
    expect(pick(['rule_set', 'mire', 'entries', 'eligible', 'derogation', 'unknown'])).toEqual([
      ['old', 'mirec', 1, 1, 0, 0],
      ['old', { fr: 'Toutes les Mire', en: 'All Mire' }, 1, 1, 0, 0],
      ['new', 'mirec', 6, 5, 1, 0],
      ['new', 'mirena', 1, 0, 0, 1],
      ['new', { fr: 'Toutes les Mire', en: 'All Mire' }, 7, 5, 1, 1],
    ]);
    expect(
      pick([
        'met_no_cess',
        'met_aged_55_or_over',
        'met_under_25_unemployed_12',
        'met_legally_staying_foreigner',
        'met_forem_referral',
      ]),
    ).toEqual([
      [0, 1, null, null, null],
      [0, 1, null, null, null],
      [3, 0, 1, 1, 1],
      [0, 0, 0, 0, 0],
      [3, 0, 1, 1, 1],
    ]);
    expect(pick(['derogation_share', 'derogation_share_max', 'quota'])).toEqual([
      [0, 0, 0.2],
      [0, 0, 0.2],
      [1 / 6, 1 / 6, 0.1],
      [0, 1, 0.1],
      [1 / 7, 2 / 7, 0.1],
    ]);
    expect(table.rows.map((row) => (row.quota_status as { en: string }).en)).toEqual([
      'Within quota',
      'Within quota',
      'Over quota',
      'Undetermined',
      'Over quota',
    ]);
  });

  it('leaves entries with no rule set in force unknown, in a row of their own', () => {
    const table = computeEligibility(DATA, YEAR, { ruleSets: [NEW] });
    const last = table.rows.at(-1) as Record<string, unknown>;
    expect(last.rule_set).toEqual({ fr: 'Aucun jeu de règles en vigueur', en: 'No rule set in force' });
    expect([last.entries, last.unknown, last.quota]).toEqual([1, 1, null]);
  });

  it('judges the quota with unknowns counted both ways, a share equal to the quota being within', () => {
    expect(quotaStatus(10, 2, 0, 0.2)).toBe('within');
    expect(quotaStatus(10, 2, 1, 0.2)).toBe('undetermined');
    expect(quotaStatus(10, 3, 0, 0.2)).toBe('over');
    expect(quotaStatus(0, 0, 0, 0)).toBe('within');
  });

  it('rejects rule sets that overlap, repeat an id or a criterion, or have a quota outside [0, 1]', () => {
    expect(() => checkRuleSets([OLD, { ...NEW, validFrom: '2025-03-31' }])).toThrow(/both in force/);
    expect(() => checkRuleSets([OLD, { ...NEW, id: 'old' }])).toThrow(/given twice/);
    expect(() => checkRuleSets([{ ...OLD, derogationQuota: 1.5 }])).toThrow(/derogationQuota/);
    expect(() => checkRuleSets([{ ...OLD, criteria: [NO_CESS, NO_CESS] }])).toThrow(/criterion/);
    expect(() => checkRuleSets([{ ...OLD, validTo: '2023-01-01' }])).toThrow(/in order/);
    expect(() => checkRuleSets([OLD, NEW])).not.toThrow();
  });
});

describe('eligibility properties', () => {
  it('splits every entry of the period into eligible, derogation or unknown; shares stay in [0, 1]', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, (input, period) => {
        const data = prepareReportingData(input);
        const table = computeEligibility(data, period, { ruleSets: [OLD, NEW] });
        const entries = data.people
          .flatMap((p) => p.accompaniments)
          .filter((a) => a.record.entryDate >= period.start && a.record.entryDate <= period.end).length;
        const totals = table.rows.filter((row) => typeof row.mire !== 'string');
        expect(totals.reduce((sum, row) => sum + (row.entries as number), 0)).toBe(entries);
        for (const row of table.rows) {
          expect((row.eligible as number) + (row.derogation as number) + (row.unknown as number)).toBe(
            row.entries,
          );
          for (const key of ['derogation_share', 'derogation_share_max']) {
            const share = row[key] as number;
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(row.derogation_share_max as number);
            expect(share).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});
