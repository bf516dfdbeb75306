import type {
  Accompaniment,
  Candidate,
  Contract,
  FollowUp,
  IsoDate,
  ProtectedAttributes,
} from '@passerelle/core';
import type { ExcludedRecords } from '../tables/table.js';

/**
 * A candidate presented to an employer (for an offer, or spontaneously) during accompaniment. The core records
 * have no such entity: the Mire's own tool exports it, and the funnel's "presented to an employer" stage reads it.
 */
export interface EmployerPresentation {
  /** Identifier of the presentation. */
  readonly id: string;
  /** The person presented. */
  readonly candidateId: string;
  /** The day the person was presented (sent, introduced or interviewed). */
  readonly date: IsoDate;
  /** The employer; give it, the offer, or both. */
  readonly employerId?: string;
  /** The offer the person was presented for. */
  readonly offerId?: string;
}

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

/** A presentation to an employer with its day as a number (days since 1970-01-01). */
export interface PresentationContact {
  readonly record: EmployerPresentation;
  /** Position of the record in the input list. */
  readonly index: number;
  /** Day of the presentation. */
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
  /** Presentations to employers sorted by day (empty or absent when none were given). */
  readonly presentations?: readonly PresentationContact[];
}

/**
 * The input of every indicator: valid records grouped by person, and what was left out. Build it with
 * `prepareReportingData`, which also keeps the records as typed columns the indicators read; `people` is
 * built from those columns the first time it is read.
 */
export interface ReportingData {
  /** People in the order of the candidate list. */
  readonly people: readonly PersonRecords[];
  /** Records left out of every figure, each with its issue. */
  readonly excluded: ExcludedRecords;
  /** Whether presentations to employers were given (`false`: the funnel's "presented" stage is not available). */
  readonly hasPresentations?: boolean;
}
