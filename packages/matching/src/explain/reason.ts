import type { LocalizedText } from '@passerelle/core';

/** Stable codes of the reasons an explanation gives. */
export const REASON_CODES = [
  'skill_held',
  'skill_below_level',
  'skill_related',
  'skill_missing',
  'skills_from_occupation',
  'no_skills_asked',
  'occupation_wanted',
  'occupation_related',
  'occupation_other',
  'commute_within_limit',
  'commute_too_long',
  'commute_no_usable_mode',
  'commute_distance',
  'place_unknown',
  'language_ok',
  'language_below_level',
  'language_missing',
  'licence_missing',
  'vehicle_missing',
  'schedule_not_accepted',
  'hours_mismatch',
  'contract_type_not_accepted',
  'not_available_in_time',
  'education_below',
  'work_permit_missing',
  'must_have_skill_missing',
] as const;

/** A reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** How a reason moves the result: up, down, or out of the list (a hard constraint). */
export type ReasonEffect = 'positive' | 'negative' | 'excluded' | 'neutral';

/** One reason in an explanation: a stable code with parameters, and the sentence in French and English. */
export interface Reason {
  readonly code: ReasonCode;
  /** The criterion or constraint it belongs to (`skills`, `geography`, `licence`…). */
  readonly criterion: string;
  readonly effect: ReasonEffect;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: LocalizedText;
}
