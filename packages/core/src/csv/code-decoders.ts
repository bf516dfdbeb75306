import type { ContractType } from '../vocab/contract-types.js';
import type { LicenceCategory } from '../vocab/licences.js';
import type { Schedule } from '../vocab/work-conditions.js';
import type { Programme } from '../vocab/accompaniment-codes.js';
import type { CellResult } from './cell-result.js';
import { createCodeDecoder, type CodeListSpec } from './code-decoder.js';
import { CODE_LIST_SEPARATORS, decodeList } from './decode-list.js';
import {
  CONTRACT_TYPE_SPEC,
  EMPLOYER_SIZE_SPEC,
  LANGUAGE_LEVEL_SPEC,
  LICENCE_SPEC,
  OFFER_STATUS_SPEC,
  SCHEDULE_SPEC,
  TRANSPORT_MODE_SPEC,
  WORK_PERMIT_SPEC,
} from './code-lists-work.js';
import {
  DIPLOMA_SPEC,
  DISCLOSURE_SPEC,
  EXIT_REASON_SPEC,
  FOLLOW_UP_CHANNEL_SPEC,
  FOLLOW_UP_OUTCOME_SPEC,
  FOLLOW_UP_WITH_SPEC,
  GENDER_SPEC,
  LABOUR_STATUS_SPEC,
  PROGRAMME_SPEC,
  REFERRER_SPEC,
} from './code-lists-people.js';

/** Every code list a CSV cell can name, by name (the tests check that no name stands for two codes). */
export const CSV_CODE_LISTS: Readonly<Record<string, CodeListSpec<string>>> = {
  contractType: CONTRACT_TYPE_SPEC,
  schedule: SCHEDULE_SPEC,
  licence: LICENCE_SPEC,
  languageLevel: LANGUAGE_LEVEL_SPEC,
  transportMode: TRANSPORT_MODE_SPEC,
  workPermit: WORK_PERMIT_SPEC,
  offerStatus: OFFER_STATUS_SPEC,
  employerSize: EMPLOYER_SIZE_SPEC,
  diploma: DIPLOMA_SPEC,
  programme: PROGRAMME_SPEC,
  gender: GENDER_SPEC,
  disclosure: DISCLOSURE_SPEC,
  labourStatus: LABOUR_STATUS_SPEC,
  exitReason: EXIT_REASON_SPEC,
  referrer: REFERRER_SPEC,
  followUpChannel: FOLLOW_UP_CHANNEL_SPEC,
  followUpWith: FOLLOW_UP_WITH_SPEC,
  followUpOutcome: FOLLOW_UP_OUTCOME_SPEC,
};

/** Decodes a contract type: `CDI`, `Intérim`, `titres-services`, `Article 60` → `cdi`, `temporary_agency`… */
export const decodeContractType = createCodeDecoder(CONTRACT_TYPE_SPEC);
/** Decodes a working-time pattern: `nuit` → `night`, `week-end` → `weekend`, `pauses` → `shifts`. */
export const decodeSchedule = createCodeDecoder(SCHEDULE_SPEC);
/** Decodes a CEFR level (`B1`, `b1`) or `native` (`langue maternelle`, `moedertaal`). */
export const decodeLanguageLevel = createCodeDecoder(LANGUAGE_LEVEL_SPEC);
/** Decodes a transport mode: `voiture`, `TEC`, `vélo`, `à pied`… */
export const decodeTransportMode = createCodeDecoder(TRANSPORT_MODE_SPEC);
/** Decodes a work permit status. */
export const decodeWorkPermit = createCodeDecoder(WORK_PERMIT_SPEC);
/** Decodes an offer status: `ouverte` → `open`, `pourvue` → `filled`… */
export const decodeOfferStatus = createCodeDecoder(OFFER_STATUS_SPEC);
/** Decodes an employer size class: `micro`, `petite`, `moyenne`, `grande`. */
export const decodeEmployerSize = createCodeDecoder(EMPLOYER_SIZE_SPEC);
/** Decodes a Belgian diploma: `CESS`, `CEB`, `CE1D`, `bachelier`, `master`… */
export const decodeDiploma = createCodeDecoder(DIPLOMA_SPEC);
/** Decodes a programme: `garantie jeunesse` → `youth_guarantee`… */
export const decodeProgramme = createCodeDecoder(PROGRAMME_SPEC);
/** Decodes a gender: `F`/`femme`/`V` → `woman`, `H`/`M`/`homme` → `man`, `X` → `non_binary`, `refus` → `refused`. */
export const decodeGender = createCodeDecoder(GENDER_SPEC);
/** Decodes an answer to a sensitive question: `oui`/`non`/`refus` → `yes`/`no`/`refused`. */
export const decodeDisclosure = createCodeDecoder(DISCLOSURE_SPEC);
/** Decodes a labour-market status at entry. */
export const decodeLabourStatus = createCodeDecoder(LABOUR_STATUS_SPEC);
/** Decodes an exit reason. */
export const decodeExitReason = createCodeDecoder(EXIT_REASON_SPEC);
/** Decodes who referred the person: `Forem`, `CPAS`, `AViQ`, `spontané`… */
export const decodeReferrer = createCodeDecoder(REFERRER_SPEC);
/** Decodes a follow-up channel: `téléphone`, `visite`, `rdv`, `mail`, `visio`… */
export const decodeFollowUpChannel = createCodeDecoder(FOLLOW_UP_CHANNEL_SPEC);
/** Decodes with whom a follow-up took place: `candidat`, `employeur`, `les deux`. */
export const decodeFollowUpWith = createCodeDecoder(FOLLOW_UP_WITH_SPEC);
/** Decodes a follow-up outcome. */
export const decodeFollowUpOutcome = createCodeDecoder(FOLLOW_UP_OUTCOME_SPEC);

const decodeLicenceCode = createCodeDecoder(LICENCE_SPEC);

/** Decodes one driving licence category: `B`, `c1e`, `Permis C`, `rijbewijs B`. */
export function decodeLicence(cell: string): CellResult<LicenceCategory | undefined> {
  return decodeLicenceCode(cell.trim().replace(/^(permis|rijbewijs|cat[ée]gorie|cat\.?)\s+/i, ''));
}

/** Decodes a list of licence categories: `B, C`, `B|CE`, `B;C`. */
export const decodeLicences = (cell: string): CellResult<LicenceCategory[]> =>
  decodeList(cell, decodeLicence, CODE_LIST_SEPARATORS);
/** Decodes a list of working-time patterns: `nuit|week-end`, `jour, soir`. */
export const decodeSchedules = (cell: string): CellResult<Schedule[]> =>
  decodeList(cell, decodeSchedule, CODE_LIST_SEPARATORS);
/** Decodes a list of contract types: `CDI|CDD`, `Intérim, titres-services`. */
export const decodeContractTypes = (cell: string): CellResult<ContractType[]> =>
  decodeList(cell, decodeContractType, CODE_LIST_SEPARATORS);
/** Decodes a list of programmes. */
export const decodeProgrammes = (cell: string): CellResult<Programme[]> =>
  decodeList(cell, decodeProgramme, CODE_LIST_SEPARATORS);
