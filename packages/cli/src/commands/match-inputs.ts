import type { Candidate, JobOffer } from '@passerelle/core';
import type { MatchingConfigInput } from '@passerelle/matching';
import { readConfigFile } from '../io/config-file.js';
import type { CliContext } from '../io/context.js';
import { readMappingFile } from '../io/mapping-file.js';
import { readRecords, type FileReport } from '../io/read-records.js';
import type { FileKind } from '../kinds.js';
import { usableOffers } from './match-output.js';

/** The file options `match` and `assign` share. */
export interface MatchFileOptions {
  readonly offers: string;
  readonly candidates: string;
  readonly config?: string;
  readonly mapping?: string;
  readonly allOffers?: boolean;
}

/** What the engine works on, and how reading the files went. */
export interface MatchInputs {
  readonly offers: JobOffer[];
  readonly candidates: Candidate[];
  readonly config: MatchingConfigInput;
  readonly files: readonly FileReport<FileKind>[];
  /** Whether a file had a rejected row or an error about the file as a whole (exit code 1). */
  readonly hasRejected: boolean;
}

/** Reads the configuration, the mapping and the two files; offers that are not open are left out unless asked. */
export async function readMatchInputs(options: MatchFileOptions, context: CliContext): Promise<MatchInputs> {
  const { t } = context;
  const mappings = options.mapping ? await readMappingFile(options.mapping, t) : {};
  const config: MatchingConfigInput = options.config ? await readConfigFile(options.config, t) : {};
  const offersFile = await readRecords('offers', options.offers, t, { mappings });
  const candidatesFile = await readRecords('candidates', options.candidates, t, { mappings });
  const files: FileReport<FileKind>[] = [offersFile, candidatesFile];
  return {
    offers: usableOffers(offersFile.records, options.allOffers === true),
    candidates: candidatesFile.records.map((record) => record.candidate),
    config,
    files,
    hasRejected: files.some((f) => f.rejected.length > 0 || f.fileIssues.some((i) => i.severity === 'error')),
  };
}
