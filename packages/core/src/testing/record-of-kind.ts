import type fc from 'fast-check';
import type { RecordKind, RecordOf } from '../parse/record-kinds.js';
import { arbCandidate } from './candidate.js';
import { arbEmployer } from './employer.js';
import { arbJobOffer } from './job-offer.js';
import { arbCandidateRecord, arbProtectedAttributes } from './protected-attributes.js';
import { arbAccompaniment, arbContract, arbFollowUp } from './spells.js';
import { arbMireTerritory } from './territory.js';

const BUILDERS: { readonly [K in RecordKind]: () => fc.Arbitrary<RecordOf<K>> } = {
  candidate: () => arbCandidate(),
  candidateRecord: () => arbCandidateRecord(),
  protectedAttributes: () => arbProtectedAttributes(),
  jobOffer: () => arbJobOffer(),
  employer: () => arbEmployer(),
  contract: () => arbContract(),
  accompaniment: () => arbAccompaniment(),
  followUp: () => arbFollowUp(),
  territory: () => arbMireTerritory(),
};

/**
 * The arbitrary of a record kind with default options, for tests that run over every kind (parsing, CSV
 * or JSON round trips): `for (const kind of Object.keys(RECORD_SCHEMAS)) arbRecordOfKind(kind)`.
 */
export function arbRecordOfKind<K extends RecordKind>(kind: K): fc.Arbitrary<RecordOf<K>> {
  const build = BUILDERS[kind] as (() => fc.Arbitrary<RecordOf<K>>) | undefined;
  if (build === undefined) throw new TypeError(`arbRecordOfKind: unknown record kind "${String(kind)}".`);
  return build();
}
