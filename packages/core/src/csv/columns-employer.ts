import { EMPLOYER_SIZES } from '../vocab/accompaniment-codes.js';
import { ENTERPRISE_NUMBER_CODEC, NACE_CODEC, TEXT_CODEC, codeCodec } from './cell-codecs.js';
import { decodeEmployerSize } from './code-decoders.js';
import { REQUIRED, column, type CsvKindSpec } from './csv-column.js';
import { mireColumn, placeColumns } from './columns-shared.js';

// Header names found in French, English and Dutch exports, beside the canonical snake_case header.
const A = {
  id: 'employer id, id employeur, identifiant, référence, ref, werkgever id',
  name: 'nom, raison sociale, dénomination, entreprise, employeur, naam, bedrijf, company',
  enterpriseNumber:
    "numéro bce, n° bce, bce, numéro d'entreprise, numéro entreprise, tva, n° tva, numéro de tva, kbo, ondernemingsnummer, btw",
  naceCode: 'nace, code nace, nace-bel, secteur nace',
  size: "taille, taille de l'entreprise, catégorie, grootte, company size",
  place: 'siège, lieu, siège d’exploitation, vestiging',
};

/** One employer per row. The place is optional: a row with all five place cells empty has none. */
export const EMPLOYER_SPEC: CsvKindSpec = {
  recordKind: 'employer',
  columns: [
    column('id', 'id', ['id'], TEXT_CODEC, A.id, REQUIRED),
    column('name', 'name', ['name'], TEXT_CODEC, A.name, REQUIRED),
    column(
      'enterpriseNumber',
      'enterprise_number',
      ['enterpriseNumber'],
      ENTERPRISE_NUMBER_CODEC,
      A.enterpriseNumber,
    ),
    column('naceCode', 'nace_code', ['naceCode'], NACE_CODEC, A.naceCode),
    column('size', 'size', ['size'], codeCodec(decodeEmployerSize, EMPLOYER_SIZES), A.size),
    ...placeColumns(['place'], A.place),
    mireColumn(['mireId'], false),
  ],
};
