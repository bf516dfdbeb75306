import type { Accompaniment, Candidate, Contract, FollowUp, ProtectedAttributes } from '@passerelle/core';
import type { ExcludedRecords } from '../tables/table.js';

/** An accompaniment with its days as numbers (days since 1970-01-01). */
export interface AccompanimentSpell {
  readonly record: Accompaniment;
  /** Position of the record in the input list. */
  readonly index: number;
  /** Entry day. */
  readonly entry: number;
  /** Exit day (included), or `null` while it goes on. */
  readonly exit: number | null;
}

/** A contract with its days as numbers (days since 1970-01-01). */
export interface ContractSpell {
  readonly record: Contract;
  /** Position of the record in the input list. */
  readonly index: number;
  /** First day of work. */
  readonly start: number;
  /** Last day of work (included), or `null` while open. */
  readonly end: number | null;
}

/** A follow-up contact with its day as a number (days since 1970-01-01). */
export interface FollowUpContact {
  readonly record: FollowUp;
  /** Position of the record in the input list. */
  readonly index: number;
  /** Day of the contact. */
  readonly day: number;
}

/** One person's valid records, sorted by date. */
export interface PersonRecords {
  /** The candidate id. */
  readonly id: string;
  /** The profile (Mire, education, programmes, unemployed since). */
  readonly candidate: Candidate;
  /** Protected attributes, for breakdowns only. */
  readonly attributes?: ProtectedAttributes;
  /** Accompaniments sorted by entry day; they never overlap. */
  readonly accompaniments: readonly AccompanimentSpell[];
  /** Contracts sorted by start day. */
  readonly contracts: readonly ContractSpell[];
  /** Follow-up contacts sorted by day (empty when none were given). */
  readonly followUps: readonly FollowUpContact[];
}

/** The input of every indicator: valid records grouped by person, and what was left out. */
export interface ReportingData {
  /** People in the order of the candidate list. */
  readonly people: readonly PersonRecords[];
  /** Records left out of every figure, each with its issue. */
  readonly excluded: ExcludedRecords;
}
