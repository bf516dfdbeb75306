import { z } from 'zod';
import { CEFR_OR_NATIVE } from './enums.js';
import { ConceptIdSchema, LanguageCodeSchema, distinctBy } from './common.js';
import { SKILL_LEVELS } from '../vocab/skill-levels.js';

const SkillLevelSchema = z.union(SKILL_LEVELS.map((level) => z.literal(level)));

/** A skill a candidate holds: the taxonomy concept, a level (1 basic – 4 expert) and optional experience. */
export const HeldSkillSchema = z.object({
  id: ConceptIdSchema,
  level: SkillLevelSchema,
  /** Years of experience using the skill at work. */
  years: z.number().min(0).max(60).optional(),
});
/** A skill a candidate holds. */
export type HeldSkill = z.infer<typeof HeldSkillSchema>;

/** A skill an offer asks for, with the minimum level (1 basic – 4 expert). */
export const SkillRequirementSchema = z.object({
  id: ConceptIdSchema,
  minLevel: SkillLevelSchema,
});
/** A skill an offer asks for. */
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;

/** A language a candidate speaks, at a CEFR level or native. */
export const SpokenLanguageSchema = z.object({ code: LanguageCodeSchema, level: CEFR_OR_NATIVE });
/** A language a candidate speaks. */
export type SpokenLanguage = z.infer<typeof SpokenLanguageSchema>;

/** A language an offer needs, with the minimum level and whether it is a must. */
export const LanguageRequirementSchema = z.object({
  code: LanguageCodeSchema,
  minLevel: CEFR_OR_NATIVE,
  required: z.boolean(),
});
/** A language an offer needs. */
export type LanguageRequirement = z.infer<typeof LanguageRequirementSchema>;

/** Lists of skills or languages name each concept once. */
export const distinctIds = distinctBy((item: { id: string }) => item.id);
export const distinctCodes = distinctBy((item: { code: string }) => item.code);
