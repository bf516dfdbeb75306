import type { CodeLabels } from './localized-text.js';

/** ISCED 2011 levels, from 0 (early childhood) to 8 (doctoral). */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

/** An ISCED 2011 education level (0–8). */
export type IscedLevel = (typeof ISCED_LEVELS)[number];

/** Labels of the ISCED 2011 levels. */
export const ISCED_LABELS: Readonly<Record<IscedLevel, { fr: string; en: string }>> = {
  0: { fr: 'Éducation de la petite enfance', en: 'Early childhood education' },
  1: { fr: 'Enseignement primaire', en: 'Primary education' },
  2: { fr: 'Secondaire inférieur', en: 'Lower secondary education' },
  3: { fr: 'Secondaire supérieur', en: 'Upper secondary education' },
  4: { fr: 'Post-secondaire non supérieur', en: 'Post-secondary non-tertiary education' },
  5: { fr: 'Supérieur de cycle court', en: 'Short-cycle tertiary education' },
  6: { fr: 'Bachelier ou équivalent', en: "Bachelor's or equivalent" },
  7: { fr: 'Master ou équivalent', en: "Master's or equivalent" },
  8: { fr: 'Doctorat ou équivalent', en: 'Doctoral or equivalent' },
};

/**
 * Belgian (French Community) diplomas, mapped onto ISCED 2011 by {@link BELGIAN_DIPLOMA_ISCED}.
 * `none` means no certificate at all (not even the CEB).
 */
export const BELGIAN_DIPLOMAS = [
  'none',
  'ceb',
  'ce1d',
  'ce2d',
  'cq6',
  'cess',
  'cq7',
  'bachelor',
  'master',
  'doctorate',
] as const;

/** A Belgian diploma code (lower case). */
export type BelgianDiploma = (typeof BELGIAN_DIPLOMAS)[number];

/** The ISCED level each Belgian diploma certifies. */
export const BELGIAN_DIPLOMA_ISCED: Readonly<Record<BelgianDiploma, IscedLevel>> = {
  none: 0,
  ceb: 1,
  ce1d: 2,
  ce2d: 2,
  // A qualification certificate without the CESS stays below upper-secondary completion for the Mire rules,
  // but ISCED counts the 6th-year vocational track as upper secondary.
  cq6: 3,
  cess: 3,
  cq7: 4,
  bachelor: 6,
  master: 7,
  doctorate: 8,
};

/** Labels of the Belgian diplomas. */
export const BELGIAN_DIPLOMA_LABELS: CodeLabels<BelgianDiploma> = {
  none: { fr: 'Aucun diplôme', en: 'No certificate' },
  ceb: { fr: "CEB (certificat d'études de base)", en: 'CEB (primary school certificate)' },
  ce1d: { fr: 'CE1D (certificat du 1er degré)', en: 'CE1D (lower-secondary first-stage certificate)' },
  ce2d: { fr: 'CE2D (certificat du 2e degré)', en: 'CE2D (lower-secondary certificate)' },
  cq6: { fr: 'CQ6 (certificat de qualification)', en: 'CQ6 (vocational qualification certificate)' },
  cess: {
    fr: "CESS (certificat d'enseignement secondaire supérieur)",
    en: 'CESS (upper-secondary diploma)',
  },
  cq7: { fr: '7e année qualifiante (CQ7)', en: '7th vocational year (CQ7)' },
  bachelor: { fr: 'Bachelier', en: "Bachelor's degree" },
  master: { fr: 'Master', en: "Master's degree" },
  doctorate: { fr: 'Doctorat', en: 'Doctorate' },
};

/** The ISCED level a Belgian diploma certifies. */
export function iscedOfDiploma(diploma: BelgianDiploma): IscedLevel {
  return BELGIAN_DIPLOMA_ISCED[diploma];
}
