import { z } from 'zod';
import { IdSchema, IsoDateSchema, PlaceRefSchema, ConceptIdSchema, distinctBy } from './common.js';
import {
  BelgianDiplomaSchema,
  ContractTypeSchema,
  IscedLevelSchema,
  LicenceCategorySchema,
  ProgrammeSchema,
  ScheduleSchema,
  TransportModeSchema,
  WorkPermitSchema,
} from './enums.js';
import { HeldSkillSchema, SpokenLanguageSchema, distinctCodes, distinctIds } from './skill-entries.js';
import { BELGIAN_DIPLOMA_ISCED } from '../vocab/education.js';

/** Highest education: the ISCED 2011 level, and the Belgian diploma where known. */
export const EducationSchema = z
  .object({ isced: IscedLevelSchema, diploma: BelgianDiplomaSchema.optional() })
  .superRefine((education, ctx) => {
    if (education.diploma === undefined) return;
    const expected = BELGIAN_DIPLOMA_ISCED[education.diploma];
    // A foreign or later degree may stand above the Belgian diploma, never below it.
    if (education.isced < expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['isced'],
        input: education.isced,
        params: {
          code: 'diploma_level_mismatch',
          diploma: education.diploma,
          expected,
          actual: education.isced,
        },
      });
    }
  });
/** Highest education. */
export type Education = z.infer<typeof EducationSchema>;

/** The longest commute a person accepts with one transport mode, in minutes, kilometres or both. */
export const CommuteLimitSchema = z
  .object({
    mode: TransportModeSchema,
    maxMinutes: z.number().int().min(1).max(240).optional(),
    maxKm: z.number().min(0.1).max(300).optional(),
  })
  .refine((limit) => limit.maxMinutes !== undefined || limit.maxKm !== undefined, {
    params: { code: 'commute_limit_missing' },
  });
/** A commute limit for one transport mode. */
export type CommuteLimit = z.infer<typeof CommuteLimitSchema>;

/** A range of weekly working hours. */
export const HoursRangeSchema = z
  .object({ min: z.number().min(0).max(60), max: z.number().min(1).max(60) })
  .superRefine((range, ctx) => {
    if (range.min > range.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        input: range.min,
        params: { code: 'range_order', min: range.min, max: range.max },
      });
    }
  });
/** A range of weekly working hours. */
export type HoursRange = z.infer<typeof HoursRangeSchema>;

const uniqueCodes = <T extends string>() => distinctBy((code: T) => code);

/**
 * A job seeker in accompaniment, as matching sees them. It holds no protected attribute: gender, birth date,
 * nationality, newcomer or refugee status and disability live in {@link ProtectedAttributes}, which only
 * reporting reads.
 */
export const CandidateSchema = z.object({
  /** Pseudonymous identifier (never a national register number). */
  id: IdSchema,
  /** Where the person lives. */
  home: PlaceRefSchema,
  /** Highest education. */
  education: EducationSchema,
  /** Since when the person has been without work (registered or not). */
  unemployedSince: IsoDateSchema.optional(),
  /** Skills with levels. */
  skills: z.array(HeldSkillSchema).max(300).superRefine(distinctIds),
  /** Occupations the person wants (taxonomy ids), most wanted first. */
  wantedOccupations: z.array(ConceptIdSchema).max(20).superRefine(uniqueCodes<string>()),
  /** Languages with CEFR levels. */
  languages: z.array(SpokenLanguageSchema).max(20).superRefine(distinctCodes),
  /** EU driving licence categories held. */
  licences: z.array(LicenceCategorySchema).superRefine(uniqueCodes<string>()),
  /** Whether the person can use a motor vehicle to get to work. */
  hasVehicle: z.boolean(),
  /** The longest commute accepted, per transport mode the person can use. */
  commute: z
    .array(CommuteLimitSchema)
    .max(4)
    .superRefine(distinctBy((limit: { mode: string }) => limit.mode)),
  /** From when the person can start. */
  availableFrom: IsoDateSchema.optional(),
  /** Weekly hours the person accepts. */
  hoursPerWeek: HoursRangeSchema,
  /** Working-time patterns the person accepts. */
  schedules: z.array(ScheduleSchema).superRefine(uniqueCodes<string>()),
  /** Contract types the person accepts (empty: any). */
  contractTypes: z.array(ContractTypeSchema).superRefine(uniqueCodes<string>()),
  /** Whether and how the person may work in Belgium. */
  workPermit: WorkPermitSchema,
  /** The Mire in charge. */
  mireId: IdSchema,
  /** The counsellor in charge (pseudonymous). */
  counsellorId: IdSchema.optional(),
  /** Programmes the person follows (e.g. Youth Guarantee). */
  programmes: z.array(ProgrammeSchema).superRefine(uniqueCodes<string>()),
});
/** A job seeker in accompaniment, without protected attributes. */
export type Candidate = z.infer<typeof CandidateSchema>;
