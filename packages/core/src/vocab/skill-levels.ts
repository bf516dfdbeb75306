import type { CodeLabels } from './localized-text.js';

/** Proficiency in a skill, from 1 (basic notions) to 4 (expert); higher is better. */
export const SKILL_LEVELS = [1, 2, 3, 4] as const;
/** A skill proficiency level. */
export type SkillLevel = (typeof SKILL_LEVELS)[number];
/** Labels of the skill levels. */
export const SKILL_LEVEL_LABELS: CodeLabels<'1' | '2' | '3' | '4'> = {
  '1': { fr: 'Notions', en: 'Basic' },
  '2': { fr: 'Intermédiaire', en: 'Intermediate' },
  '3': { fr: 'Avancé', en: 'Advanced' },
  '4': { fr: 'Expert', en: 'Expert' },
};
