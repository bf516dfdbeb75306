import type { CodeLabels } from './localized-text.js';

/** Contract types that cover the Belgian reality of the Mire's public. */
export const CONTRACT_TYPES = [
  'cdi',
  'cdd',
  'replacement',
  'temporary_agency',
  'student',
  'flexi_job',
  'service_vouchers',
  'article_60',
  'pfi',
  'apprenticeship',
  'internship',
  'immersion',
  'self_employed',
] as const;

/** A contract type code. */
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** Labels of the contract types. */
export const CONTRACT_TYPE_LABELS: CodeLabels<ContractType> = {
  cdi: { fr: 'Contrat à durée indéterminée (CDI)', en: 'Open-ended contract' },
  cdd: { fr: 'Contrat à durée déterminée (CDD)', en: 'Fixed-term contract' },
  replacement: { fr: 'Contrat de remplacement', en: 'Replacement contract' },
  temporary_agency: { fr: 'Intérim', en: 'Temporary agency work' },
  student: { fr: "Contrat d'étudiant", en: 'Student contract' },
  flexi_job: { fr: 'Flexi-job', en: 'Flexi-job' },
  service_vouchers: { fr: 'Titres-services', en: 'Service vouchers' },
  article_60: { fr: 'Article 60 §7 (CPAS)', en: 'Article 60 §7 (CPAS employment)' },
  pfi: { fr: 'Plan formation-insertion (PFI)', en: 'Training-integration plan (PFI)' },
  apprenticeship: { fr: 'Formation en alternance', en: 'Apprenticeship (work-linked training)' },
  internship: { fr: 'Stage', en: 'Internship' },
  immersion: { fr: 'Stage de découverte / immersion', en: 'Work immersion' },
  self_employed: { fr: 'Indépendant', en: 'Self-employed' },
};

/**
 * Whether a contract of this type is paid work. Unpaid internships and immersion are not: they do not count
 * as a first contract in the Mire's results (DOMAIN.md).
 */
export function isEmploymentContract(type: ContractType): boolean {
  return type !== 'internship' && type !== 'immersion';
}
