import type { CandidateRecord } from '../model/protected-attributes.js';
import type { JobOffer } from '../model/job-offer.js';
import type { Employer } from '../model/employer.js';
import type { Contract } from '../model/contract.js';
import type { Accompaniment } from '../model/accompaniment.js';
import type { FollowUp } from '../model/follow-up.js';
import type { CsvImportOptions } from './csv-options.js';
import { importCsv, type CsvImportResult } from './import-csv.js';

type Input = string | Uint8Array;

/** Imports candidates, one per row, protected attributes split apart (see {@link importCsv}). */
export const importCandidatesCsv = (
  input: Input,
  options?: CsvImportOptions,
): CsvImportResult<CandidateRecord> => importCsv('candidateRecord', input, options);
/** Imports job offers (see {@link importCsv}). */
export const importJobOffersCsv = (input: Input, options?: CsvImportOptions): CsvImportResult<JobOffer> =>
  importCsv('jobOffer', input, options);
/** Imports employers (see {@link importCsv}). */
export const importEmployersCsv = (input: Input, options?: CsvImportOptions): CsvImportResult<Employer> =>
  importCsv('employer', input, options);
/** Imports contracts (see {@link importCsv}). */
export const importContractsCsv = (input: Input, options?: CsvImportOptions): CsvImportResult<Contract> =>
  importCsv('contract', input, options);
/** Imports accompaniment periods (see {@link importCsv}). */
export const importAccompanimentsCsv = (
  input: Input,
  options?: CsvImportOptions,
): CsvImportResult<Accompaniment> => importCsv('accompaniment', input, options);
/** Imports follow-up contacts (see {@link importCsv}). */
export const importFollowUpsCsv = (input: Input, options?: CsvImportOptions): CsvImportResult<FollowUp> =>
  importCsv('followUp', input, options);
