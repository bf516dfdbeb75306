import type { IsoDate, LocalizedText } from '@passerelle/core';
import { dayOf } from '../internal/days.js';
import type { EligibilityCriterion } from './criteria.js';
import { MIRE_CRITERIA } from './criteria.js';

/**
 * A dated, versioned set of eligibility rules: a person belongs to the Mire public when one criterion is met at
 * the entry date, and a Mire may take a share of its entries from outside the criteria (the derogation quota).
 * Rules change by decree: add a rule set, do not edit one.
 */
export interface EligibilityRuleSet {
  /** Stable id, e.g. `mire-2024`. */
  readonly id: string;
  readonly label: LocalizedText;
  /** First day the rules apply to an entry. */
  readonly validFrom: IsoDate;
  /** Last day they apply (included); `null` while in force. */
  readonly validTo: IsoDate | null;
  /** The criteria; one met suffices. */
  readonly criteria: readonly EligibilityCriterion[];
  /** Largest share of entries outside the criteria (0 to 1; 0 when derogation is not allowed). */
  readonly derogationQuota: number;
  /** Where the rules come from. */
  readonly source: readonly string[];
}

/**
 * The current rules: the nine criteria of the post-2023 decree and a 20 % derogation quota. The exact day the
 * 2024 implementing rules took effect was not found: June 2024 is the month the administration gives.
 */
export const MIRE_2024_RULE_SET: EligibilityRuleSet = {
  id: 'mire-2024',
  label: { fr: 'Décret MIRE de 2023 et règles de juin 2024', en: 'MIRE decree of 2023 and June 2024 rules' },
  validFrom: '2024-06-01',
  validTo: null,
  criteria: MIRE_CRITERIA,
  derogationQuota: 0.2,
  source: [
    'Criteria: emploi.wallonie.be FAQ, conditions assessed when the accompaniment starts (DOMAIN.md §1.2)',
    'In force from June 2024 ("la législation … a été revue en juin 2024"); the exact day was not found',
    'Derogation quota: 20 % (Walloon Parliament written question 466, 2011-2012); the current value is not confirmed',
  ],
};

/** The rule sets used unless the caller gives others. */
export const DEFAULT_ELIGIBILITY_RULE_SETS: readonly EligibilityRuleSet[] = [MIRE_2024_RULE_SET];

/** Checks rule sets (unique ids, real dates, no overlap, quota in [0, 1], unique criteria); throws a RangeError. */
export function checkRuleSets(ruleSets: readonly EligibilityRuleSet[]): void {
  const ids = new Set<string>();
  const spans: { id: string; from: number; to: number }[] = [];
  for (const set of ruleSets) {
    if (ids.has(set.id)) throw new RangeError(`Rule set id "${set.id}" is given twice.`);
    ids.add(set.id);
    const from = dayOf(set.validFrom);
    const to = set.validTo === null ? Number.POSITIVE_INFINITY : dayOf(set.validTo);
    if (from === undefined || to === undefined || to < from) {
      throw new RangeError(`Rule set "${set.id}": validFrom and validTo must be real dates, in order.`);
    }
    if (!(set.derogationQuota >= 0 && set.derogationQuota <= 1)) {
      throw new RangeError(`Rule set "${set.id}": derogationQuota must be a share from 0 to 1.`);
    }
    const criterionIds = set.criteria.map((criterion) => criterion.id);
    if (new Set(criterionIds).size !== criterionIds.length) {
      throw new RangeError(`Rule set "${set.id}": a criterion id is given twice.`);
    }
    const clash = spans.find((span) => span.from <= to && from <= span.to);
    if (clash !== undefined) {
      throw new RangeError(`Rule sets "${clash.id}" and "${set.id}" are both in force on some days.`);
    }
    spans.push({ id: set.id, from, to });
  }
}

/** The rule set in force on a date, if any (rule sets already checked). */
export function ruleSetOn(
  ruleSets: readonly EligibilityRuleSet[],
  date: IsoDate,
): EligibilityRuleSet | undefined {
  return ruleSets.find((set) => set.validFrom <= date && (set.validTo === null || date <= set.validTo));
}
