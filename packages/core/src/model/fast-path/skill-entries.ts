import type { HeldSkill, LanguageRequirement, SkillRequirement, SpokenLanguage } from '../skill-entries.js';
import { HeldSkillSchema, SpokenLanguageSchema } from '../skill-entries.js';
import { LANGUAGE_CODE_PATTERN } from '../../vocab/languages.js';
import { absent, codeSet, isId, isNumberIn, isPlainObject, literalSet } from './checks.js';

const SKILL_LEVELS = literalSet(HeldSkillSchema.shape.level);
const LANGUAGE_LEVELS = codeSet(SpokenLanguageSchema.shape.level);

const isLanguageCode = (value: unknown): value is string =>
  typeof value === 'string' && LANGUAGE_CODE_PATTERN.test(value);

/** `HeldSkillSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastHeldSkill(value: unknown): HeldSkill | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, level, years } = value;
  if (!isId(id) || !SKILL_LEVELS.has(level)) return undefined;
  if (years === undefined)
    return absent(value, 'years') ? { id, level: level as HeldSkill['level'] } : undefined;
  if (!isNumberIn(years, 0, 60)) return undefined;
  return { id, level: level as HeldSkill['level'], years };
}

/** `SkillRequirementSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastSkillRequirement(value: unknown): SkillRequirement | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, minLevel } = value;
  if (!isId(id) || !SKILL_LEVELS.has(minLevel)) return undefined;
  return { id, minLevel: minLevel as SkillRequirement['minLevel'] };
}

/** `SpokenLanguageSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastSpokenLanguage(value: unknown): SpokenLanguage | undefined {
  if (!isPlainObject(value)) return undefined;
  const { code, level } = value;
  if (!isLanguageCode(code) || typeof level !== 'string' || !LANGUAGE_LEVELS.has(level)) return undefined;
  return { code, level: level as SpokenLanguage['level'] };
}

/** `LanguageRequirementSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastLanguageRequirement(value: unknown): LanguageRequirement | undefined {
  if (!isPlainObject(value)) return undefined;
  const { code, minLevel, required } = value;
  if (!isLanguageCode(code) || typeof minLevel !== 'string' || !LANGUAGE_LEVELS.has(minLevel))
    return undefined;
  if (typeof required !== 'boolean') return undefined;
  return { code, minLevel: minLevel as LanguageRequirement['minLevel'], required };
}

/** The keys the fast paths above read, for the test that compares them with the schemas' keys. */
export const SKILL_ENTRY_FAST_PATH_KEYS = {
  heldSkill: ['id', 'level', 'years'],
  skillRequirement: ['id', 'minLevel'],
  spokenLanguage: ['code', 'level'],
  languageRequirement: ['code', 'minLevel', 'required'],
} as const;
