import { z } from 'zod';
import { ConceptIdSchema, IdSchema, IsoDateSchema, PlaceRefSchema, ShortTextSchema } from './common.js';
import { dateOrder } from './date-order.js';
import {
  ContractTypeSchema,
  IscedLevelSchema,
  LicenceCategorySchema,
  OfferStatusSchema,
  ScheduleSchema,
} from './enums.js';
import { HoursRangeSchema } from './candidate.js';
import {
  LanguageRequirementSchema,
  SkillRequirementSchema,
  distinctCodes,
  distinctIds,
} from './skill-entries.js';
import { distinctBy } from './common.js';

/** A job offer an employer entrusted to a Mire (or that the Mire found). */
export const JobOfferSchema = z
  .object({
    /** Identifier of the offer. */
    id: IdSchema,
    /** The employer offering the job. */
    employerId: IdSchema,
    /** The title as the employer wrote it. */
    title: ShortTextSchema,
    /** The occupation (taxonomy id), when known. */
    occupation: ConceptIdSchema.optional(),
    /** Free-text description. */
    description: z.string().max(10_000).optional(),
    /** Must-have skills with minimum levels. */
    requiredSkills: z.array(SkillRequirementSchema).max(100).superRefine(distinctIds),
    /** Nice-to-have skills with minimum levels. */
    wantedSkills: z.array(SkillRequirementSchema).max(100).superRefine(distinctIds),
    /** Minimum ISCED level, if any. */
    minEducation: IscedLevelSchema.optional(),
    /** Languages needed. */
    languages: z.array(LanguageRequirementSchema).max(10).superRefine(distinctCodes),
    /** Driving licence categories required. */
    licences: z.array(LicenceCategorySchema).superRefine(distinctBy((code: string) => code)),
    /** Whether the worker must come with their own vehicle (e.g. sites without public transport). */
    vehicleRequired: z.boolean(),
    /** Where the work is. */
    place: PlaceRefSchema,
    /** Working-time patterns the job involves. */
    schedules: z.array(ScheduleSchema).superRefine(distinctBy((code: string) => code)),
    /** Weekly hours (min = max for a fixed regime). */
    hoursPerWeek: HoursRangeSchema,
    /** Contract type. */
    contractType: ContractTypeSchema,
    /** Contract duration in months, for fixed-term contracts. */
    durationMonths: z.number().int().min(1).max(120).optional(),
    /** When the job starts. */
    startDate: IsoDateSchema.optional(),
    /** How many people the employer will hire. */
    positions: z.number().int().min(1).max(1000),
    /** Lifecycle status. */
    status: OfferStatusSchema,
    /** When the offer was published. */
    publishedOn: IsoDateSchema,
    /** When the offer closes, if set. */
    closesOn: IsoDateSchema.optional(),
    /** The Mire that holds the offer. */
    mireId: IdSchema.optional(),
  })
  .superRefine(dateOrder('publishedOn', 'closesOn'));
/** A job offer. */
export type JobOffer = z.infer<typeof JobOfferSchema>;
