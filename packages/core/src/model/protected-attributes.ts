import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { DisclosureSchema, GenderSchema } from './enums.js';
import { COUNTRY_CODE_PATTERN } from '../vocab/protected-codes.js';
import { CandidateSchema } from './candidate.js';

const CountryCodeSchema = z
  .string()
  .refine((value) => COUNTRY_CODE_PATTERN.test(value), { params: { code: 'invalid_country_code' } });

/**
 * Protected attributes of a candidate. They exist for reporting (ESF+ breakdowns, equal-opportunity audits)
 * only: no matching input type contains them, so they can never change a score. Every field is optional, and
 * sensitive answers allow an explicit refusal.
 */
export const ProtectedAttributesSchema = z.object({
  /** The candidate these attributes belong to. */
  candidateId: IdSchema,
  /** Gender (ESF+: women, men, non-binary persons), or refused. */
  gender: GenderSchema.optional(),
  /** Date of birth. */
  birthDate: IsoDateSchema.optional(),
  /** Nationality, ISO 3166-1 alpha-2 (`BE`, `MA`…). */
  nationality: CountryCodeSchema.optional(),
  /** Foreign background (ESF+ EECO14). */
  foreignBackground: DisclosureSchema.optional(),
  /** Recently arrived in Belgium (primo-arrivant). */
  newcomer: DisclosureSchema.optional(),
  /** Recognised refugee or subsidiary protection. */
  refugee: DisclosureSchema.optional(),
  /** Disability (e.g. AViQ recognition), ESF+ EECO12. */
  disability: DisclosureSchema.optional(),
});
/** Protected attributes of a candidate, for reporting only. */
export type ProtectedAttributes = z.infer<typeof ProtectedAttributesSchema>;

/**
 * A candidate as a file holds them: the profile, and apart from it the protected attributes, which must
 * name the same candidate.
 */
export const CandidateRecordSchema = z
  .object({
    candidate: CandidateSchema,
    protectedAttributes: ProtectedAttributesSchema.optional(),
  })
  .superRefine((record, ctx) => {
    const attributes = record.protectedAttributes;
    if (attributes !== undefined && attributes.candidateId !== record.candidate.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['protectedAttributes', 'candidateId'],
        input: attributes.candidateId,
        params: { code: 'unknown_reference', kind: 'candidate' },
      });
    }
  });
/** A candidate with their protected attributes kept apart. */
export type CandidateRecord = z.infer<typeof CandidateRecordSchema>;
