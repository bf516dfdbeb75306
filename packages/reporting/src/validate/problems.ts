// What is wrong with a record, and the issue that reports it. Problems are built only for records left out:
// the checks of a valid record allocate nothing.
import { createIssue } from '@passerelle/core';
import type { Issue, IssueCode, PathKey } from '@passerelle/core';
import type { ExclusionReason } from './exclusion-reasons.js';

/** The kind of a record, and the input list it comes from. */
export type Kind = 'candidate' | 'accompaniment' | 'contract' | 'followUp' | 'presentation';
const SOURCES: Readonly<Record<Kind, string>> = {
  candidate: 'candidates',
  accompaniment: 'accompaniments',
  contract: 'contracts',
  followUp: 'followUps',
  presentation: 'presentations',
};

/** Why one record is left out: the issue's code, the reason, the field and its value. */
export interface Problem {
  readonly code: IssueCode;
  readonly reason: ExclusionReason;
  readonly field: string;
  readonly value: unknown;
  readonly params?: Readonly<Record<string, string>>;
}

/** The issue of record `index` (id `id`) of a list. */
export function issueOf(kind: Kind, index: number, id: string, problem: Problem): Issue {
  const path: PathKey[] = [problem.field];
  return createIssue(problem.code, {
    source: SOURCES[kind],
    index,
    path,
    value: problem.value,
    params: { ...problem.params, kind, id, reason: problem.reason },
  });
}

export const invalidDate = (field: string, value: unknown): Problem => ({
  code: 'invalid_date',
  reason: 'invalid_date',
  field,
  value,
});

export const unknownPerson = (value: unknown): Problem => ({
  code: 'unknown_reference',
  reason: 'unknown_person',
  field: 'candidateId',
  value,
  params: { kind: 'candidate' },
});

export const duplicate = (id: string): Problem => ({
  code: 'duplicate_id',
  reason: 'duplicate_id',
  field: 'id',
  value: id,
});
