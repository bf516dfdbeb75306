import type { CodeLabels } from './localized-text.js';

/** CEFR levels in increasing order, then `native` (mother tongue), which satisfies any level. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;

/** A CEFR level (A1–C2) or `native`. */
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Labels of the language levels. */
export const LANGUAGE_LEVEL_LABELS: CodeLabels<LanguageLevel> = {
  A1: { fr: 'A1 (débutant)', en: 'A1 (beginner)' },
  A2: { fr: 'A2 (élémentaire)', en: 'A2 (elementary)' },
  B1: { fr: 'B1 (seuil)', en: 'B1 (intermediate)' },
  B2: { fr: 'B2 (avancé)', en: 'B2 (upper intermediate)' },
  C1: { fr: 'C1 (autonome)', en: 'C1 (advanced)' },
  C2: { fr: 'C2 (maîtrise)', en: 'C2 (proficient)' },
  native: { fr: 'Langue maternelle', en: 'Native speaker' },
};

/** The rank of a level: 1 for A1 up to 6 for C2, 7 for native. Higher is better. */
export function languageLevelRank(level: LanguageLevel): number {
  return LANGUAGE_LEVELS.indexOf(level) + 1;
}

/** Whether `held` satisfies a requirement of `required` (native satisfies everything). */
export function meetsLanguageLevel(held: LanguageLevel, required: LanguageLevel): boolean {
  return languageLevelRank(held) >= languageLevelRank(required);
}

/** An ISO 639-1 language code in lower case (`fr`, `nl`, `de`, `en`, `ar`…). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2}$/;
