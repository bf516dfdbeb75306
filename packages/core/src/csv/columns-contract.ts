import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { DATE_CODEC, NUMBER_CODEC, OPEN_DATE_CODEC, TEXT_CODEC, codeCodec } from './cell-codecs.js';
import { decodeContractType } from './code-decoders.js';
import { REQUIRED, column, type CsvKindSpec } from './csv-column.js';
import { CANDIDATE_REF_ALIASES, EMPLOYER_REF_ALIASES, OFFER_REF_ALIASES } from './columns-shared.js';

// Header names found in French, English and Dutch exports, beside the canonical snake_case header.
const A = {
  id: 'identifiant, référence, ref, contract id, id contrat, n° contrat, contractnummer',
  type: 'type de contrat, contrat, contract type, contracttype, soort contract',
  start: 'début, date de début, date début, entrée en fonction, start date, begindatum, startdatum',
  end: 'fin, date de fin, date fin, end date, einddatum',
  hoursPerWeek:
    'heures, heures par semaine, heures/semaine, régime, hours, weekly hours, uren, uren per week',
};

/** One contract (employment spell) per row. An empty end date means the contract is still running. */
export const CONTRACT_SPEC: CsvKindSpec = {
  recordKind: 'contract',
  columns: [
    column('id', 'id', ['id'], TEXT_CODEC, A.id, REQUIRED),
    column('candidateId', 'candidate_id', ['candidateId'], TEXT_CODEC, CANDIDATE_REF_ALIASES, REQUIRED),
    column('employerId', 'employer_id', ['employerId'], TEXT_CODEC, EMPLOYER_REF_ALIASES, REQUIRED),
    column('offerId', 'offer_id', ['offerId'], TEXT_CODEC, OFFER_REF_ALIASES),
    column('type', 'type', ['type'], codeCodec(decodeContractType, CONTRACT_TYPES), A.type, REQUIRED),
    column('start', 'start', ['start'], DATE_CODEC, A.start, REQUIRED),
    column('end', 'end', ['end'], OPEN_DATE_CODEC, A.end, REQUIRED),
    column('hoursPerWeek', 'hours_per_week', ['hoursPerWeek'], NUMBER_CODEC, A.hoursPerWeek),
  ],
};
