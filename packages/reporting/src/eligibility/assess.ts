import type { IsoDate, LocalizedText } from '@passerelle/core';
import { resolveScope } from '../cohorts/outcomes.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import type { Period } from '../periods/period.js';
import type { AccompanimentSpell, PersonRecords, ReportingData } from '../validate/reporting-data.js';
import { personRecords, storeOf } from '../validate/store.js';
import type { CriterionStatus, EligibilityContext, EligibilityFacts, EvidenceItem } from './criteria.js';
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

/** Facts by accompaniment id. */
export type FactsById = ReadonlyMap<string, EligibilityFacts>;

/** Indexes declared facts by accompaniment id. */
export const factsById = (facts: readonly EligibilityFacts[] | undefined): FactsById =>
  new Map((facts ?? []).map((fact) => [fact.accompanimentId, fact]));

/**
 * The eligibility of one entry at its entry date: the rule set in force that day, each criterion's answer
 * with its evidence, and the status. Rule sets must have been checked (`checkRuleSets`).
 */
export function assessEntry(
  person: PersonRecords,
  accompaniment: AccompanimentSpell,
  ruleSets: readonly EligibilityRuleSet[],
  facts: FactsById,
): EligibilityAssessment {
  const referenceDate = accompaniment.record.entryDate;
  const ruleSet = ruleSetOn(ruleSets, referenceDate);
  const fact = facts.size === 0 ? undefined : facts.get(accompaniment.record.id);
  const context: EligibilityContext =
    fact !== undefined
      ? { person, accompaniment, referenceDate, facts: fact }
      : { person, accompaniment, referenceDate };
  const criteria: CriterionAssessment[] = [];
  let anyMet = false;
  let allNotMet = true;
  for (const criterion of ruleSet?.criteria ?? []) {
    const answer = criterion.test(context);
    criteria.push({
      id: criterion.id,
      label: criterion.label,
      status: answer.status,
      evidence: answer.evidence,
    });
    if (answer.status === 'met') anyMet = true;
    if (answer.status !== 'not_met') allNotMet = false;
  }
  const status: EligibilityStatus =
    ruleSet === undefined || criteria.length === 0
      ? 'unknown'
      : anyMet
        ? 'eligible'
        : allNotMet
          ? 'derogation'
          : 'unknown';
  return {
    candidateId: person.id,
    accompanimentId: accompaniment.record.id,
    mireId: accompaniment.record.mireId,
    referenceDate,
    ruleSetId: ruleSet?.id ?? null,
    criteria,
    status,
  };
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
  const assessments: EligibilityAssessment[] = [];
  forEachAssessment(data, period, options, (assessment) => assessments.push(assessment));
  return assessments;
}

/**
 * Assesses every entry of the period in turn, handing each assessment to `visit` (tables tally them without
 * keeping them all).
 */
export function forEachAssessment(
  data: ReportingData,
  period: Period,
  options: EligibilityOptions,
  visit: (assessment: EligibilityAssessment) => void,
): void {
  const scope = resolveScope(period, options);
  const ruleSets = options.ruleSets ?? DEFAULT_ELIGIBILITY_RULE_SETS;
  checkRuleSets(ruleSets);
  const facts = factsById(options.facts);
  const store = storeOf(data);
  const { offsets, entry } = store.accompaniments;
  for (let p = 0; p < store.size; p += 1) {
    // Only the people with an entry in the period are built as objects, for the criteria to read.
    let person: PersonRecords | undefined;
    for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k += 1) {
      const day = entry[k] as number;
      if (day < scope.start) continue;
      if (day > scope.end) break;
      person ??= personRecords(store, p);
      const spell = person.accompaniments[k - (offsets[p] as number)] as AccompanimentSpell;
      visit(assessEntry(person, spell, ruleSets, facts));
    }
  }
}
