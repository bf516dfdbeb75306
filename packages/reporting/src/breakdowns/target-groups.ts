// The four target groups of the issue (low-qualified, long-term unemployed, NEET, newcomer): from the records,
// or from the eligibility criteria met at entry through an explicit, overridable mapping.
import { yearsBetweenYmd, ymdOfDay } from '../internal/days.js';
import { NONE, TRAIT, UNKNOWN_CODE } from '../validate/store.js';

/** The target groups, in display order. */
export const TARGET_GROUP_CODES = ['low_qualified', 'long_term_unemployed', 'neet', 'newcomer'] as const;
/** A target group. */
export type TargetGroupCode = (typeof TARGET_GROUP_CODES)[number];

/**
 * Which eligibility criteria (by id) put an entry in which target group: an entry is in a group when it meets
 * at least one of the group's criteria. A group mapped to no criterion stays empty.
 */
export type TargetGroupCriteria = Readonly<Record<TargetGroupCode, readonly string[]>>;

/**
 * The default mapping from the nine Mire criteria (DOMAIN.md §1.2) to the target groups:
 * - low-qualified ← no CESS;
 * - long-term unemployed ← 24 of the last 36 months registered unemployed, or 36 months without work or benefit;
 * - NEET ← under 25 and out of work for 12 months (with no title above the CESS): the Mire's Youth Guarantee
 *   criterion, narrower than the Eurostat NEET (15–29) the records-based group uses;
 * - newcomer ← foreign national legally staying: broader than the primo-arrivants (it includes foreigners
 *   settled for years), the closest criterion there is.
 * Aged 55 or over, social-assistance income, AViQ orientation and Forem referral feed no target group.
 */
export const DEFAULT_TARGET_GROUP_CRITERIA: TargetGroupCriteria = Object.freeze({
  low_qualified: Object.freeze(['no_cess']),
  long_term_unemployed: Object.freeze(['registered_24_of_36', 'no_work_or_benefit_36']),
  neet: Object.freeze(['under_25_unemployed_12']),
  newcomer: Object.freeze(['legally_staying_foreigner']),
});

const LABOUR_EMPLOYED = 2; // index of 'employed' in LABOUR_STATUSES

/**
 * The target groups of one entry read from the records, as a bit mask: low-qualified (ISCED 0–2), long-term
 * unemployed (out of work for 12 months or more at entry), NEET (15–29 at entry, unemployed or inactive), and
 * newcomer (newcomer or refugee answered "yes").
 */
export function targetGroupsFromRecords(
  isced: number,
  unemployedSince: number,
  entry: number,
  age: number,
  status: number,
  traits: number,
): number {
  let mask = 0;
  if (isced <= 2) mask |= 1;
  if (unemployedSince !== NONE && yearsBetweenYmd(ymdOfDay(unemployedSince), ymdOfDay(entry)) >= 1) mask |= 2;
  if (age >= 15 && age <= 29 && status !== UNKNOWN_CODE && status !== LABOUR_EMPLOYED) mask |= 4;
  if ((traits & (TRAIT.newcomer | TRAIT.refugee)) !== 0) mask |= 8;
  return mask;
}

/** Checks a mapping; throws a RangeError naming the group at fault. */
export function checkTargetGroupCriteria(mapping: TargetGroupCriteria): void {
  for (const code of TARGET_GROUP_CODES) {
    const ids = mapping[code];
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new RangeError(
        `targetGroupCriteria.${code} must be a list of criterion ids (e.g. ["no_cess"]), possibly empty.`,
      );
    }
  }
}

/** Criterion id → bit mask of the groups it feeds. */
export function criteriaBits(mapping: TargetGroupCriteria): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  TARGET_GROUP_CODES.forEach((code, index) => {
    for (const id of mapping[code]) bits.set(id, (bits.get(id) ?? 0) | (1 << index));
  });
  return bits;
}
