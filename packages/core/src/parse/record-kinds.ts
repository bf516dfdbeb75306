import type { z } from 'zod';
import { CandidateSchema } from '../model/candidate.js';
import { CandidateRecordSchema, ProtectedAttributesSchema } from '../model/protected-attributes.js';
import { JobOfferSchema } from '../model/job-offer.js';
import { EmployerSchema } from '../model/employer.js';
import { ContractSchema } from '../model/contract.js';
import { AccompanimentSchema } from '../model/accompaniment.js';
import { FollowUpSchema } from '../model/follow-up.js';
import { MireTerritorySchema } from '../model/territory.js';

/** The schema of every kind of record Passerelle reads. */
export const RECORD_SCHEMAS = {
  candidate: CandidateSchema,
  candidateRecord: CandidateRecordSchema,
  protectedAttributes: ProtectedAttributesSchema,
  jobOffer: JobOfferSchema,
  employer: EmployerSchema,
  contract: ContractSchema,
  accompaniment: AccompanimentSchema,
  followUp: FollowUpSchema,
  territory: MireTerritorySchema,
} as const;

/** A kind of record: `candidate`, `jobOffer`, `contract`… */
export type RecordKind = keyof typeof RECORD_SCHEMAS;

/** The type of a record of a given kind. */
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;

/** The identifier of a record, used to detect duplicates in a bulk import. */
export function recordId(kind: RecordKind, record: unknown): string | undefined {
  const value =
    kind === 'candidateRecord'
      ? (record as { candidate: { id: string } }).candidate.id
      : kind === 'protectedAttributes'
        ? (record as { candidateId: string }).candidateId
        : (record as { id: string }).id;
  return value;
}

/** Where the identifier sits in a record of that kind (for the path of a duplicate_id issue). */
export function recordIdPath(kind: RecordKind): readonly string[] {
  if (kind === 'candidateRecord') return ['candidate', 'id'];
  if (kind === 'protectedAttributes') return ['candidateId'];
  return ['id'];
}
