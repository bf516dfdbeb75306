import type { CodeLabels } from '@passerelle/core';

/** Why a record is left out of the figures. */
export const EXCLUSION_REASONS = [
  'invalid_date',
  'contract_ends_before_start',
  'accompaniment_exits_before_entry',
  'unknown_person',
  'duplicate_id',
  'overlapping_accompaniments',
  'unknown_contract_type',
  'presentation_without_employer',
] as const;
/** A reason for leaving a record out. */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** Labels of the exclusion reasons. */
export const EXCLUSION_REASON_LABELS: CodeLabels<ExclusionReason> = {
  invalid_date: { fr: 'date inexistante', en: 'date that does not exist' },
  contract_ends_before_start: {
    fr: 'contrat qui finit avant de commencer',
    en: 'contract ending before it starts',
  },
  accompaniment_exits_before_entry: {
    fr: 'accompagnement qui finit avant de commencer',
    en: 'accompaniment ending before it starts',
  },
  unknown_person: { fr: 'personne inconnue', en: 'unknown person' },
  duplicate_id: { fr: 'identifiant en double', en: 'duplicate identifier' },
  overlapping_accompaniments: {
    fr: 'accompagnements simultanés d’une même personne',
    en: 'overlapping accompaniments of one person',
  },
  unknown_contract_type: { fr: 'type de contrat inconnu', en: 'unknown contract type' },
  presentation_without_employer: {
    fr: 'présentation sans employeur ni offre',
    en: 'presentation naming no employer or offer',
  },
};
