import { fastCandidate } from '../model/fast-path/candidate.js';
import { fastJobOffer } from '../model/fast-path/job-offer.js';
import { fastCandidateRecord, fastProtectedAttributes } from '../model/fast-path/protected-attributes.js';
import type { RecordKind, RecordOf } from './record-kinds.js';

/** A fast path: the schema's output for a record it surely accepts, or `undefined` (not sure: ask zod). */
export type FastPath<K extends RecordKind> = (input: unknown) => RecordOf<K> | undefined;

/**
 * Hand-written checks that `parseRecord` and `parseMany` try before zod, for the kinds imported by the
 * hundred thousand (zod costs ~30 µs per record). Each returns exactly the schema's output for records
 * it accepts and defers everything else to zod, so issues are unchanged; the property tests in
 * `model/fast-path/` hold them to that.
 */
const FAST_PATHS: { readonly [K in RecordKind]?: FastPath<K> } = {
  candidate: fastCandidate,
  candidateRecord: fastCandidateRecord,
  protectedAttributes: fastProtectedAttributes,
  jobOffer: fastJobOffer,
};

/** The fast path of a kind of record, if it has one. */
export function fastPathOf<K extends RecordKind>(kind: K): FastPath<K> | undefined {
  return Object.hasOwn(FAST_PATHS, kind) ? (FAST_PATHS[kind] as FastPath<K>) : undefined;
}
