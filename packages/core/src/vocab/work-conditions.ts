import type { CodeLabels } from './localized-text.js';

/** Working-time patterns an offer requires and a candidate accepts. */
export const SCHEDULES = ['day', 'evening', 'night', 'weekend', 'shifts'] as const;
/** A working-time pattern. */
export type Schedule = (typeof SCHEDULES)[number];
/** Labels of the schedules. */
export const SCHEDULE_LABELS: CodeLabels<Schedule> = {
  day: { fr: 'Journée', en: 'Day' },
  evening: { fr: 'Soirée', en: 'Evening' },
  night: { fr: 'Nuit', en: 'Night' },
  weekend: { fr: 'Week-end', en: 'Weekend' },
  shifts: { fr: 'Pauses / équipes', en: 'Shifts' },
};

/** Ways of getting to work. */
export const TRANSPORT_MODES = ['car', 'public_transport', 'bike', 'walk'] as const;
/** A transport mode. */
export type TransportMode = (typeof TRANSPORT_MODES)[number];
/** Labels of the transport modes. */
export const TRANSPORT_MODE_LABELS: CodeLabels<TransportMode> = {
  car: { fr: 'Voiture', en: 'Car' },
  public_transport: { fr: 'Transports en commun', en: 'Public transport' },
  bike: { fr: 'Vélo', en: 'Bike' },
  walk: { fr: 'À pied', en: 'Walking' },
};

/** Whether and how a person may work in Belgium. */
export const WORK_PERMIT_STATUSES = [
  'not_required',
  'unlimited_access',
  'single_permit',
  'limited_access',
  'pending',
  'none',
] as const;
/** A work permit status. */
export type WorkPermitStatus = (typeof WORK_PERMIT_STATUSES)[number];
/** Labels of the work permit statuses. */
export const WORK_PERMIT_LABELS: CodeLabels<WorkPermitStatus> = {
  not_required: {
    fr: 'Pas nécessaire (Belge, UE, EEE, Suisse)',
    en: 'Not required (Belgian, EU, EEA, Swiss)',
  },
  unlimited_access: {
    fr: 'Accès illimité au marché du travail',
    en: 'Unlimited access to the labour market',
  },
  single_permit: { fr: 'Permis unique', en: 'Single permit' },
  limited_access: { fr: 'Accès limité au marché du travail', en: 'Limited access to the labour market' },
  pending: { fr: 'Demande en cours', en: 'Application pending' },
  none: { fr: 'Pas de droit au travail', en: 'No right to work' },
};

/** Whether a permit status allows signing an ordinary work contract now. */
export function canWork(status: WorkPermitStatus): boolean {
  return status !== 'none' && status !== 'pending';
}
