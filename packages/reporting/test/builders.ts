// Tiny record builders for hand-computed fixtures: only what the reporting rules read varies.
import type { Accompaniment, CandidateRecord, Contract, ProtectedAttributes } from '@passerelle/core';
import { fixtureCandidate } from '@passerelle/core/testing';

export interface PersonSketch {
  readonly mireId?: string;
  readonly isced?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  readonly unemployedSince?: string;
  readonly attributes?: Omit<ProtectedAttributes, 'candidateId'>;
}

/** A candidate record with the given id; protected attributes only when given. */
export function person(id: string, sketch: PersonSketch = {}): CandidateRecord {
  const candidate = fixtureCandidate({
    id,
    mireId: sketch.mireId ?? 'mirec',
    education: { isced: sketch.isced ?? 2 },
  });
  const { unemployedSince: _drop, ...rest } = candidate;
  const profile =
    sketch.unemployedSince === undefined ? rest : { ...rest, unemployedSince: sketch.unemployedSince };
  return {
    candidate: profile,
    ...(sketch.attributes !== undefined
      ? { protectedAttributes: { candidateId: id, ...sketch.attributes } }
      : {}),
  };
}

/** An accompaniment of a person by a Mire. */
export function accompaniment(
  id: string,
  candidateId: string,
  entryDate: string,
  exitDate: string | null,
  extra: Partial<Accompaniment> = {},
): Accompaniment {
  return { id, candidateId, mireId: 'mirec', programme: 'mire', entryDate, exitDate, ...extra };
}

/** A contract (a CDD unless said otherwise). */
export function contract(
  id: string,
  candidateId: string,
  start: string,
  end: string | null,
  extra: Partial<Contract> = {},
): Contract {
  return { id, candidateId, employerId: 'emp-1', type: 'cdd', start, end, ...extra };
}
