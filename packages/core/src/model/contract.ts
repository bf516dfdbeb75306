import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { dateOrder } from './date-order.js';
import { ContractTypeSchema } from './enums.js';

/** An employment spell: one contract of one candidate with one employer. */
export const ContractSchema = z
  .object({
    /** Identifier of the contract. */
    id: IdSchema,
    /** The person hired. */
    candidateId: IdSchema,
    /** The employer. */
    employerId: IdSchema,
    /** The offer it filled, if any. */
    offerId: IdSchema.optional(),
    /** Contract type. */
    type: ContractTypeSchema,
    /** First day of work. */
    start: IsoDateSchema,
    /** Last day of work (inclusive); `null` while the contract is open. */
    end: IsoDateSchema.nullable(),
    /** Weekly hours. */
    hoursPerWeek: z.number().min(0.5).max(60).optional(),
  })
  .superRefine(dateOrder('start', 'end'));
/** An employment spell. */
export type Contract = z.infer<typeof ContractSchema>;
