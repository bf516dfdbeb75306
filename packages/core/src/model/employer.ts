import { z } from 'zod';
import { IdSchema, PlaceRefSchema, ShortTextSchema } from './common.js';
import { EmployerSizeSchema } from './enums.js';

/** Whether a Belgian enterprise number (BCE/KBO, 10 digits) has a valid modulo-97 check. */
export function isValidEnterpriseNumber(value: string): boolean {
  if (!/^[01]\d{9}$/.test(value)) return false;
  const body = Number(value.slice(0, 8));
  const check = Number(value.slice(8));
  return 97 - (body % 97) === check;
}

/** An employer the Mire works with. */
export const EmployerSchema = z.object({
  /** Identifier of the employer. */
  id: IdSchema,
  /** Trade name. */
  name: ShortTextSchema,
  /** Belgian enterprise number (10 digits, no dots). */
  enterpriseNumber: z
    .string()
    .refine(isValidEnterpriseNumber, { params: { code: 'invalid_enterprise_number' } })
    .optional(),
  /** NACE-BEL sector code (e.g. `52.10`). */
  naceCode: z
    .string()
    .refine((value) => /^\d{2}(\.\d{1,3})?$/.test(value), {
      params: { code: 'invalid_format', format: 'NACE (52.10)' },
    })
    .optional(),
  /** Size class (EU SME definition). */
  size: EmployerSizeSchema.optional(),
  /** Main site. */
  place: PlaceRefSchema.optional(),
  /** The Mire that works with the employer. */
  mireId: IdSchema.optional(),
});
/** An employer. */
export type Employer = z.infer<typeof EmployerSchema>;
