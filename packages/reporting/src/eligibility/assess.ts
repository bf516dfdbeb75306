import type { IsoDate, LocalizedText } from '@passerelle/core';
import { resolveScope } from '../cohorts/outcomes.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import type { Period } from '../periods/period.js';
import type { ReportingData } from '../validate/reporting-data.js';
import type { CriterionStatus, EligibilityFacts, EvidenceItem } from './criteria.js';
import { checkRuleSets, DEFAULT_ELIGIBILITY_RULE_SETS, ruleSetOn } from './rule-sets.js';
import type { EligibilityRuleSet } from './rule-sets.js';

/** Options of the eligibility assessment. */
export interface EligibilityOptions extends IndicatorOptions {
  /** The rule sets (default {@link DEFAULT_ELIGIBILITY_RULE_SETS}); the one in force on the entry date applies. */
  readonly ruleSets?: readonly EligibilityRuleSet[];
  /** Facts the records do not hold, per accompaniment (benefits, registration, AViQ…). */
  readonly facts?: readonly EligibilityFacts[];
}

/**
 * `eligible`: at least one criterion met; `derogation`: every criterion not met (the entry counts against the
 * quota); `unknown`: none met and at least one the records cannot tell, or no rule set in force.
 */
export type EligibilityStatus = 'eligible' | 'derogation' | 'unknown';

/** One criterion's answer for one entry. */
export interface CriterionAssessment {
  readonly id: string;
  readonly label: LocalizedText;
  readonly status: CriterionStatus;
  readonly evidence: readonly EvidenceItem[];
}

/** The eligibility of one entry into accompaniment, at its entry date. */
export interface EligibilityAssessment {
  readonly candidateId: string;
  readonly accompanimentId: string;
  readonly mireId: string;
  /** The reference date: the entry date. */
  readonly referenceDate: IsoDate;
  /** The rule set in force on that date, or `null` when none is. */
  readonly ruleSetId: string | null;
  readonly criteria: readonly CriterionAssessment[];
  readonly status: EligibilityStatus;
}

/** The status of an entry from its criteria's answers. */
export function eligibilityStatus(statuses: readonly CriterionStatus[]): EligibilityStatus {
  if (statuses.includes('met')) return 'eligible';
  return statuses.length > 0 && statuses.every((status) => status === 'not_met') ? 'derogation' : 'unknown';
}

/**
 * The eligibility of every entry into accompaniment in the period, in the order of the people, then of
 * their entries: the rule set in force on the entry date, each criterion's answer with its evidence, and the
 * status. Throws a RangeError for rule sets that overlap or are not valid.
 */
export function assessEligibility(
  data: ReportingData,
  period: Period,
  options: EligibilityOptions = {},
): EligibilityAssessment[] {
  const scope = resolveScope(period, options);
  const ruleSets = options.ruleSets ?? DEFAULT_ELIGIBILITY_RULE_SETS;
  checkRuleSets(ruleSets);
  const facts = new Map((options.facts ?? []).map((fact) => [fact.accompanimentId, fact]));
  const assessments: EligibilityAssessment[] = [];
  for (const person of data.people) {
    for (const accompaniment of person.accompaniments) {
      if (accompaniment.entry < scope.start || accompaniment.entry > scope.end) continue;
      const referenceDate = accompaniment.record.entryDate;
      const ruleSet = ruleSetOn(ruleSets, referenceDate);
      const fact = facts.get(accompaniment.record.id);
      const context = {
        person,
        accompaniment,
        referenceDate,
        ...(fact !== undefined ? { facts: fact } : {}),
      };
      const criteria = (ruleSet?.criteria ?? []).map((criterion) => ({
        id: criterion.id,
        label: criterion.label,
        ...criterion.test(context),
      }));
      assessments.push({
        candidateId: person.id,
        accompanimentId: accompaniment.record.id,
        mireId: accompaniment.record.mireId,
        referenceDate,
        ruleSetId: ruleSet?.id ?? null,
        criteria,
        status: ruleSet === undefined ? 'unknown' : eligibilityStatus(criteria.map((c) => c.status)),
      });
    }
  }
  return assessments;
}
