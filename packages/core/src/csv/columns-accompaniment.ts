import {
  EXIT_REASONS,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  LABOUR_STATUSES,
  PROGRAMMES,
  REFERRERS,
} from '../vocab/accompaniment-codes.js';
import { DATE_CODEC, OPEN_DATE_CODEC, TEXT_CODEC, codeCodec } from './cell-codecs.js';
import {
  decodeExitReason,
  decodeFollowUpChannel,
  decodeFollowUpOutcome,
  decodeFollowUpWith,
  decodeLabourStatus,
  decodeProgramme,
  decodeReferrer,
} from './code-decoders.js';
import { REQUIRED, column, type CsvKindSpec } from './csv-column.js';
import { CANDIDATE_REF_ALIASES, counsellorColumn, mireColumn } from './columns-shared.js';

// Header names found in French, English and Dutch exports, beside the canonical snake_case header.
const A = {
  accompanimentId: 'identifiant, référence, ref, accompaniment id, id accompagnement, id parcours, trajet id',
  programme: 'dispositif, program, programma',
  entryDate: "date d'entrée, date entrée, entrée, entry date, start, début, begindatum, instroomdatum",
  exitDate: 'date de sortie, date sortie, sortie, exit date, end, fin, einddatum, uitstroomdatum',
  exitReason: 'motif de sortie, raison de sortie, motif, exit reason, reden uitstroom',
  statusAtEntry: "statut à l'entrée, statut entrée, statut, status at entry, statuut bij instroom",
  referredBy: 'envoyé par, orienté par, orientation, prescripteur, referred by, doorverwezen door, verwijzer',
  followUpId: 'identifiant, référence, ref, follow-up id, id suivi, id contact',
  contractId: 'contrat, id contrat, contract, contract id',
  date: 'date du contact, date de suivi, contact date, datum',
  channel: 'canal, moyen, type de contact, kanaal',
  with: 'avec, interlocuteur, contact avec, met',
  outcome: 'résultat, issue, constat, resultaat',
};

const candidateColumn = column(
  'candidateId',
  'candidate_id',
  ['candidateId'],
  TEXT_CODEC,
  CANDIDATE_REF_ALIASES,
  REQUIRED,
);
const programme = codeCodec(decodeProgramme, PROGRAMMES);
const withCodec = codeCodec(decodeFollowUpWith, ['candidate', 'employer', 'both']);

/** One accompaniment period per row. An empty exit date means the accompaniment goes on. */
export const ACCOMPANIMENT_SPEC: CsvKindSpec = {
  recordKind: 'accompaniment',
  columns: [
    column('id', 'id', ['id'], TEXT_CODEC, A.accompanimentId, REQUIRED),
    candidateColumn,
    mireColumn(['mireId'], true),
    column('programme', 'programme', ['programme'], programme, A.programme, REQUIRED),
    column('entryDate', 'entry_date', ['entryDate'], DATE_CODEC, A.entryDate, REQUIRED),
    column('exitDate', 'exit_date', ['exitDate'], OPEN_DATE_CODEC, A.exitDate, REQUIRED),
    column(
      'exitReason',
      'exit_reason',
      ['exitReason'],
      codeCodec(decodeExitReason, EXIT_REASONS),
      A.exitReason,
    ),
    column(
      'statusAtEntry',
      'status_at_entry',
      ['statusAtEntry'],
      codeCodec(decodeLabourStatus, LABOUR_STATUSES),
      A.statusAtEntry,
    ),
    column('referredBy', 'referred_by', ['referredBy'], codeCodec(decodeReferrer, REFERRERS), A.referredBy),
    counsellorColumn(['counsellorId']),
  ],
};

/** One follow-up contact per row. */
export const FOLLOW_UP_SPEC: CsvKindSpec = {
  recordKind: 'followUp',
  columns: [
    column('id', 'id', ['id'], TEXT_CODEC, A.followUpId, REQUIRED),
    candidateColumn,
    column('contractId', 'contract_id', ['contractId'], TEXT_CODEC, A.contractId),
    column('date', 'date', ['date'], DATE_CODEC, A.date, REQUIRED),
    column(
      'channel',
      'channel',
      ['channel'],
      codeCodec(decodeFollowUpChannel, FOLLOW_UP_CHANNELS),
      A.channel,
      REQUIRED,
    ),
    column('with', 'with', ['with'], withCodec, A.with, REQUIRED),
    column(
      'outcome',
      'outcome',
      ['outcome'],
      codeCodec(decodeFollowUpOutcome, FOLLOW_UP_OUTCOMES),
      A.outcome,
    ),
  ],
};
