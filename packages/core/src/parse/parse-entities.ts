import type { Candidate } from '../model/candidate.js';
import type { CandidateRecord, ProtectedAttributes } from '../model/protected-attributes.js';
import type { JobOffer } from '../model/job-offer.js';
import type { Employer } from '../model/employer.js';
import type { Contract } from '../model/contract.js';
import type { Accompaniment } from '../model/accompaniment.js';
import type { FollowUp } from '../model/follow-up.js';
import type { MireTerritory } from '../model/territory.js';
import { parseRecord, type ParseResult, type RecordLocation } from './parse-record.js';

/** Parses a candidate profile (no protected attributes). */
export const parseCandidate = (input: unknown, at?: RecordLocation): ParseResult<Candidate> =>
  parseRecord('candidate', input, at);
/** Parses a candidate with their protected attributes kept apart. */
export const parseCandidateRecord = (input: unknown, at?: RecordLocation): ParseResult<CandidateRecord> =>
  parseRecord('candidateRecord', input, at);
/** Parses a candidate's protected attributes. */
export const parseProtectedAttributes = (
  input: unknown,
  at?: RecordLocation,
): ParseResult<ProtectedAttributes> => parseRecord('protectedAttributes', input, at);
/** Parses a job offer. */
export const parseJobOffer = (input: unknown, at?: RecordLocation): ParseResult<JobOffer> =>
  parseRecord('jobOffer', input, at);
/** Parses an employer. */
export const parseEmployer = (input: unknown, at?: RecordLocation): ParseResult<Employer> =>
  parseRecord('employer', input, at);
/** Parses a contract (employment spell). */
export const parseContract = (input: unknown, at?: RecordLocation): ParseResult<Contract> =>
  parseRecord('contract', input, at);
/** Parses an accompaniment period. */
export const parseAccompaniment = (input: unknown, at?: RecordLocation): ParseResult<Accompaniment> =>
  parseRecord('accompaniment', input, at);
/** Parses a follow-up contact. */
export const parseFollowUp = (input: unknown, at?: RecordLocation): ParseResult<FollowUp> =>
  parseRecord('followUp', input, at);
/** Parses a Mire territory. */
export const parseMireTerritory = (input: unknown, at?: RecordLocation): ParseResult<MireTerritory> =>
  parseRecord('territory', input, at);
