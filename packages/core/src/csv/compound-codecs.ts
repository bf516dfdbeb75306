import { BELGIAN_DIPLOMAS, ISCED_LEVELS } from '../vocab/education.js';
import { createCodec, type CellCodec } from './cell-codecs.js';
import { decodeDiploma } from './code-decoders.js';
import {
  decodeCommute,
  decodeHours,
  encodeCommute,
  encodeHours,
  type CommuteLimitCell,
  type HoursRangeCell,
} from './decode-commute.js';
import { decodeEducation, decodeIscedLevel } from './decode-education.js';
import {
  decodeLanguageRequirements,
  decodeSpokenLanguages,
  encodeLanguageRequirements,
  encodeSpokenLanguages,
  type LanguageRequirementCell,
  type SpokenLanguageCell,
} from './decode-languages.js';
import {
  decodeHeldSkills,
  decodeSkillRequirements,
  encodeHeldSkills,
  encodeSkillRequirements,
  type HeldSkillCell,
  type SkillRequirementCell,
} from './decode-skills.js';

// The cells that hold several values: their formats are the heart of the import guide.

/** A candidate's skills: `id:level[:years]` items separated by `|` or `;`, e.g. `e1ea5ab6-…:3:5|sk.forklift:2`. */
export const HELD_SKILLS_CODEC: CellCodec = createCodec(
  decodeHeldSkills,
  (skills: readonly HeldSkillCell[], { decimalComma }) => encodeHeldSkills(skills, decimalComma),
  {
    fr: 'éléments id:niveau[:années] séparés par | ou ; (niveau 1–4, années facultatives) : sk.forklift:3:2,5|sk.safety:2',
    en: 'items id:level[:years] separated by | or ; (level 1–4, years optional): sk.forklift:3:2.5|sk.safety:2',
  },
  true,
);

/** An offer's required or wanted skills: `id[:minLevel]` items separated by `|` or `;` (level 1 by default). */
export const SKILL_REQUIREMENTS_CODEC: CellCodec = createCodec(
  decodeSkillRequirements,
  (skills: readonly SkillRequirementCell[]) => encodeSkillRequirements(skills),
  {
    fr: 'éléments id[:niveau minimum] séparés par | ou ; (niveau 1 par défaut) : sk.forklift:2|sk.safety',
    en: 'items id[:minimum level] separated by | or ; (level 1 by default): sk.forklift:2|sk.safety',
  },
  true,
);

/** A candidate's languages: `code:level` items, e.g. `fr:native|nl:B1`. */
export const SPOKEN_LANGUAGES_CODEC: CellCodec = createCodec(
  decodeSpokenLanguages,
  (languages: readonly SpokenLanguageCell[]) => encodeSpokenLanguages(languages),
  {
    fr: 'éléments langue:niveau séparés par | ; ou , (niveau A1–C2 ou native) : fr:native|nl:B1',
    en: 'items language:level separated by | ; or , (level A1–C2 or native): fr:native|nl:B1',
  },
  true,
);

/** An offer's languages: `code:level` items, required unless marked with `?`, e.g. `fr:B1|nl:A2?`. */
export const LANGUAGE_REQUIREMENTS_CODEC: CellCodec = createCodec(
  decodeLanguageRequirements,
  (languages: readonly LanguageRequirementCell[]) => encodeLanguageRequirements(languages),
  {
    fr: 'éléments langue:niveau séparés par | ; ou , ; exigée sauf si suivie de ? (souhaitée) : fr:B1|nl:A2?',
    en: 'items language:level separated by | ; or ,; required unless followed by ? (an asset): fr:B1|nl:A2?',
  },
  true,
);

/** Commute limits: `car:45min|public_transport:60min|bike:8km|walk:20min:2km`. */
export const COMMUTE_CODEC: CellCodec = createCodec(
  decodeCommute,
  (limits: readonly CommuteLimitCell[], { decimalComma }) => encodeCommute(limits, decimalComma),
  {
    fr: 'éléments mode:limite[:limite] séparés par | ou ; (limite en min ou km) : car:45min|bike:8km|walk:20min:2km',
    en: 'items mode:limit[:limit] separated by | or ; (limit in min or km): car:45min|bike:8km|walk:20min:2km',
  },
  true,
);

/** Weekly hours: `20-38`, or `38` for a fixed regime. */
export const HOURS_CODEC: CellCodec = createCodec(
  decodeHours,
  (range: HoursRangeCell, { decimalComma }) => encodeHours(range, decimalComma),
  { fr: 'heures par semaine : 20-38, ou 38', en: 'hours per week: 20-38, or 38' },
);

/** Highest education: an ISCED level or a Belgian diploma name (which also fills the diploma). */
export const EDUCATION_CODEC: CellCodec = createCodec(decodeEducation, (level: number) => String(level), {
  fr: `niveau CITE (${ISCED_LEVELS.join(', ')}) ou diplôme belge (CEB, CE1D, CESS, bachelier, master…)`,
  en: `ISCED level (${ISCED_LEVELS.join(', ')}) or Belgian diploma (CEB, CE1D, CESS, bachelier, master…)`,
});

/** A minimum education level: an ISCED level or a diploma name reduced to its level. */
export const ISCED_CODEC: CellCodec = createCodec(
  decodeIscedLevel,
  (level: number) => String(level),
  EDUCATION_CODEC.format,
);

/** A Belgian diploma. */
export const DIPLOMA_CODEC: CellCodec = createCodec(decodeDiploma, (code: string) => code, {
  fr: `diplôme belge : ${BELGIAN_DIPLOMAS.join(', ')} (ou son libellé)`,
  en: `Belgian diploma: ${BELGIAN_DIPLOMAS.join(', ')} (or its label)`,
});
