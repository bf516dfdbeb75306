import type { CodeLabels } from './localized-text.js';

/** Programmes under which a person is accompanied. */
export const PROGRAMMES = [
  'mire',
  'youth_guarantee',
  'work_linked_training',
  'newcomers',
  'esf_project',
] as const;
/** A programme code. */
export type Programme = (typeof PROGRAMMES)[number];
/** Labels of the programmes. */
export const PROGRAMME_LABELS: CodeLabels<Programme> = {
  mire: { fr: 'Accompagnement Mire', en: 'Mire accompaniment' },
  youth_guarantee: { fr: 'Garantie pour la jeunesse', en: 'Youth Guarantee' },
  work_linked_training: { fr: 'Formation alternée', en: 'Work-linked training' },
  newcomers: { fr: 'Parcours primo-arrivants', en: 'Newcomers pathway' },
  esf_project: { fr: 'Projet FSE+', en: 'ESF+ project' },
};

/** Labour-market status at entry (one per participant, as the ESF+ indicators require). */
export const LABOUR_STATUSES = ['unemployed', 'inactive', 'employed'] as const;
/** A labour-market status. */
export type LabourStatus = (typeof LABOUR_STATUSES)[number];
/** Labels of the labour-market statuses. */
export const LABOUR_STATUS_LABELS: CodeLabels<LabourStatus> = {
  unemployed: { fr: 'Demandeur d’emploi', en: 'Unemployed' },
  inactive: { fr: 'Inactif', en: 'Inactive' },
  employed: { fr: 'En emploi', en: 'Employed' },
};

/** Why an accompaniment ended. */
export const EXIT_REASONS = [
  'employment',
  'training',
  'moved',
  'dropped_out',
  'health',
  'end_of_programme',
  'referred',
  'other',
] as const;
/** An exit reason. */
export type ExitReason = (typeof EXIT_REASONS)[number];
/** Labels of the exit reasons. */
export const EXIT_REASON_LABELS: CodeLabels<ExitReason> = {
  employment: { fr: 'Mise à l’emploi', en: 'Employment' },
  training: { fr: 'Entrée en formation', en: 'Entered training' },
  moved: { fr: 'Déménagement', en: 'Moved away' },
  dropped_out: { fr: 'Abandon', en: 'Dropped out' },
  health: { fr: 'Raisons de santé', en: 'Health reasons' },
  end_of_programme: { fr: 'Fin du parcours', en: 'End of programme' },
  referred: { fr: 'Réorienté vers un autre service', en: 'Referred to another service' },
  other: { fr: 'Autre', en: 'Other' },
};

/** Who referred the person to the Mire. */
export const REFERRERS = ['forem', 'cpas', 'aviq', 'self', 'partner', 'other'] as const;
/** A referrer code. */
export type Referrer = (typeof REFERRERS)[number];

/** Kinds of post-hire follow-up contact. */
export const FOLLOW_UP_CHANNELS = ['phone', 'visit', 'meeting', 'email', 'video'] as const;
/** A follow-up channel. */
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

/** What a follow-up contact found. */
export const FOLLOW_UP_OUTCOMES = ['in_work', 'difficulty', 'contract_ended', 'unreachable'] as const;
/** A follow-up outcome. */
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** Lifecycle of a job offer. */
export const OFFER_STATUSES = ['draft', 'open', 'filled', 'closed', 'cancelled'] as const;
/** An offer status. */
export type OfferStatus = (typeof OFFER_STATUSES)[number];
/** Labels of the offer statuses. */
export const OFFER_STATUS_LABELS: CodeLabels<OfferStatus> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  open: { fr: 'Ouverte', en: 'Open' },
  filled: { fr: 'Pourvue', en: 'Filled' },
  closed: { fr: 'Clôturée', en: 'Closed' },
  cancelled: { fr: 'Annulée', en: 'Cancelled' },
};

/** Employer size classes (EU SME definition), for the ESF+ SME indicator. */
export const EMPLOYER_SIZES = ['micro', 'small', 'medium', 'large'] as const;
/** An employer size class. */
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];
