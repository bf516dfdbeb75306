import type { ContractType } from '@passerelle/core';
import { isEmploymentContract } from '@passerelle/core';
import type { AccompanimentSpell, ContractSpell, PersonRecords } from '../validate/reporting-data.js';

/** Which contracts count as a first contract (*mise à l'emploi*). */
export interface FirstContractRule {
  /**
   * Contract types that count (default: every paid type, i.e. all but internships and immersion, as
   * `isEmploymentContract` of `@passerelle/core` says).
   */
  readonly contractTypes?: readonly ContractType[];
}

/** Whether a contract counts under the rule. */
export function countsAsEmployment(spell: ContractSpell, rule: FirstContractRule): boolean {
  const type = spell.record.type;
  return rule.contractTypes === undefined ? isEmploymentContract(type) : rule.contractTypes.includes(type);
}

/**
 * The first contract of an accompaniment: the counted contract that starts earliest on or after the entry and
 * on or before the exit (any day for an accompaniment still going on). A contract that started before entry
 * (a job the person already had) is not a first contract.
 */
export function firstContractOf(
  person: PersonRecords,
  accompaniment: AccompanimentSpell,
  rule: FirstContractRule,
): ContractSpell | undefined {
  const last = accompaniment.exit ?? Number.POSITIVE_INFINITY;
  for (const spell of person.contracts) {
    if (spell.start > last) return undefined;
    if (spell.start >= accompaniment.entry && countsAsEmployment(spell, rule)) return spell;
  }
  return undefined;
}

/**
 * The person's first contract that starts in `[start, end]` (day numbers), over all their accompaniments;
 * the earliest one when a person who exited and re-entered has two.
 */
export function firstContractIn(
  person: PersonRecords,
  start: number,
  end: number,
  rule: FirstContractRule,
): ContractSpell | undefined {
  for (const accompaniment of person.accompaniments) {
    if (accompaniment.entry > end) return undefined;
    const first = firstContractOf(person, accompaniment, rule);
    if (first !== undefined && first.start >= start && first.start <= end) return first;
  }
  return undefined;
}
