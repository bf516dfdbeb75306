import { z } from 'zod';
import { TRANSPORT_MODES } from '@passerelle/core';

/** How a constraint acts: `hard` excludes the pair, `soft` multiplies the score by `1 − penalty`, `off` ignores it. */
export const ConstraintModeSchema = z.enum(['hard', 'soft', 'off']);
/** How a constraint acts. */
export type ConstraintMode = z.infer<typeof ConstraintModeSchema>;

const constraint = (mode: ConstraintMode, penalty: number) =>
  z
    .object({ mode: ConstraintModeSchema.default(mode), penalty: z.number().min(0).max(1).default(penalty) })
    .prefault({});

const weight = (value: number) => z.number().min(0).max(100).default(value);

const speed = (speedKmh: number, detour: number, overheadMinutes: number) =>
  z
    .object({
      /** Average speed door to door, excluding the overhead. */
      speedKmh: z.number().positive().max(200).default(speedKmh),
      /** Road distance over straight-line distance. */
      detour: z.number().min(1).max(3).default(detour),
      /** Fixed minutes per trip: parking, walking to the stop, waiting. */
      overheadMinutes: z.number().min(0).max(120).default(overheadMinutes),
    })
    .prefault({});

/**
 * The matching configuration: weights of the scored criteria, the mode of each constraint, and the rules of
 * each criterion. Every field has a default; scores are in [0, 1], 1 being the best fit.
 */
export const MatchingConfigSchema = z.object({
  /** Relative weights of the scored criteria (normalised over the criteria that apply to a pair). */
  weights: z
    .object({
      skills: weight(0.5),
      occupation: weight(0.15),
      geography: weight(0.25),
      languages: weight(0.1),
    })
    .prefault({}),
  /** Each constraint: hard (excludes), soft (penalty factor) or off. */
  constraints: z
    .object({
      commute: constraint('hard', 0.5),
      licence: constraint('hard', 0.5),
      vehicle: constraint('hard', 0.5),
      schedule: constraint('soft', 0.3),
      hours: constraint('soft', 0.2),
      contractType: constraint('soft', 0.2),
      availability: constraint('soft', 0.2),
      languages: constraint('hard', 0.4),
      education: constraint('soft', 0.3),
      workPermit: constraint('hard', 0.8),
      mustHaveSkills: constraint('off', 0.3),
    })
    .prefault({}),
  /** Skill coverage rules. */
  skills: z
    .object({
      /** Share of the skills score that comes from the required skills when the offer also lists wanted ones. */
      requiredShare: z.number().min(0).max(1).default(0.75),
      /**
       * Credit for a skill held below the required level, per level held over levels required (never less than
       * `relatedCredit` when the skill has a group, so that adding a skill never lowers a score).
       */
      belowLevelCredit: z.number().min(0).max(1).default(0.6),
      /** Credit for a related skill (same skill group in the taxonomy) instead of the required one. */
      relatedCredit: z.number().min(0).max(1).default(0.4),
    })
    .prefault({}),
  /** Credit when the offered occupation is not wanted but shares an ISCO group with a wanted one (4, 3, 2, 1 digits). */
  occupation: z
    .object({
      iscoCredit: z.tuple([z.number(), z.number(), z.number(), z.number()]).default([0.7, 0.45, 0.2, 0.05]),
    })
    .prefault({}),
  /** Commute estimates per transport mode, and the score at the candidate's limit. */
  geography: z
    .object({
      car: speed(55, 1.3, 5),
      public_transport: speed(22, 1.35, 15),
      bike: speed(15, 1.25, 2),
      walk: speed(4.5, 1.2, 0),
      /** Score of a commute that takes exactly the candidate's limit (1 at zero distance, linear in between). */
      scoreAtLimit: z.number().min(0).max(1).default(0.3),
      /** For candidates who gave no limit: distance in km at which the score halves. */
      halfScoreKm: z.number().positive().default(20),
    })
    .prefault({}),
  /** Days a candidate may become available after the offer's start date without breaking the constraint. */
  availabilityGraceDays: z.number().int().min(0).max(365).default(14),
  /** Pairs scoring below this are left out of ranked lists. */
  minScore: z.number().min(0).max(1).default(0),
});

/** A matching configuration as given (every field optional). */
export type MatchingConfigInput = z.input<typeof MatchingConfigSchema>;
/** A complete, validated matching configuration. */
export type MatchingConfig = z.output<typeof MatchingConfigSchema>;
/** The names of the constraints. */
export type ConstraintId = keyof MatchingConfig['constraints'];
/** The names of the scored criteria. */
export type ScoredCriterionId = keyof MatchingConfig['weights'];

/** The default configuration, frozen. */
export const DEFAULT_MATCHING_CONFIG: MatchingConfig = deepFreeze(MatchingConfigSchema.parse({}));

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a configuration and fills the defaults. A wrong configuration is a programmer error: it throws a
 * RangeError naming each bad field.
 */
export function resolveMatchingConfig(input: MatchingConfigInput = {}): MatchingConfig {
  const result = MatchingConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new RangeError(`Invalid matching configuration — ${details}`);
}

/** The transport modes, in the order of the per-mode arrays. */
export const MODES = TRANSPORT_MODES;
