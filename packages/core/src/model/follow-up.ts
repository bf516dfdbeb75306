import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { FollowUpChannelSchema, FollowUpOutcomeSchema } from './enums.js';

/** A contact after a person was hired, with the person, the employer or both. */
export const FollowUpSchema = z.object({
  /** Identifier of the contact. */
  id: IdSchema,
  /** The person followed up. */
  candidateId: IdSchema,
  /** The contract followed up. */
  contractId: IdSchema.optional(),
  /** When the contact took place. */
  date: IsoDateSchema,
  /** How. */
  channel: FollowUpChannelSchema,
  /** With whom. */
  with: z.enum(['candidate', 'employer', 'both']),
  /** What it found. */
  outcome: FollowUpOutcomeSchema.optional(),
});
/** A post-hire follow-up contact. */
export type FollowUp = z.infer<typeof FollowUpSchema>;
