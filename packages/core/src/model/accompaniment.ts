import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { dateOrder } from './date-order.js';
import { ExitReasonSchema, LabourStatusSchema, ProgrammeSchema, ReferrerSchema } from './enums.js';

/** A period during which a Mire accompanies a person, from entry to exit. */
export const AccompanimentSchema = z
  .object({
    /** Identifier of the accompaniment. */
    id: IdSchema,
    /** The person accompanied. */
    candidateId: IdSchema,
    /** The Mire. */
    mireId: IdSchema,
    /** The programme. */
    programme: ProgrammeSchema,
    /** Start of the accompaniment (the reference date for eligibility). */
    entryDate: IsoDateSchema,
    /** End of the accompaniment; `null` while it goes on. */
    exitDate: IsoDateSchema.nullable(),
    /** Why it ended. */
    exitReason: ExitReasonSchema.optional(),
    /** Labour-market status at entry (ESF+). */
    statusAtEntry: LabourStatusSchema.optional(),
    /** Who referred the person. */
    referredBy: ReferrerSchema.optional(),
    /** The counsellor in charge. */
    counsellorId: IdSchema.optional(),
  })
  .superRefine(dateOrder('entryDate', 'exitDate'));
/** An accompaniment period. */
export type Accompaniment = z.infer<typeof AccompanimentSchema>;
