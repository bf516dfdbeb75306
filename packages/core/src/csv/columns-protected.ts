import { DISCLOSURES, GENDERS } from '../vocab/protected-codes.js';
import { DATE_CODEC, codeCodec, createCodec } from './cell-codecs.js';
import { cellValue } from './cell-result.js';
import { decodeDisclosure, decodeGender } from './code-decoders.js';
import { column, type CsvColumn } from './csv-column.js';
import { foldCell } from './decode-boolean.js';

const P = 'protectedAttributes';

// Country names an export may hold instead of ISO codes: only the most frequent among the Mire's public.
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  belge: 'BE',
  belgique: 'BE',
  belgian: 'BE',
  belgie: 'BE',
  francaise: 'FR',
  france: 'FR',
  marocaine: 'MA',
  maroc: 'MA',
  turque: 'TR',
  turquie: 'TR',
  italienne: 'IT',
  italie: 'IT',
  congolaise: 'CD',
  syrienne: 'SY',
};

const NATIONALITY_CODEC = createCodec(
  (cell) => {
    const text = cell.trim();
    return cellValue(text === '' ? undefined : (COUNTRY_NAMES[foldCell(text)] ?? text.toUpperCase()));
  },
  (code: string) => code,
  { fr: 'code pays ISO à deux lettres (BE, MA…)', en: 'two-letter ISO country code (BE, MA…)' },
);

const disclosure = codeCodec(decodeDisclosure, DISCLOSURES);

const A = {
  gender: 'genre, sexe, geslacht',
  birthDate: 'date de naissance, né le, née le, naissance, date of birth, dob, geboortedatum',
  nationality: 'nationalité, nationaliteit',
  foreignBackground: 'origine étrangère, origine migratoire, migration background, migratieachtergrond',
  newcomer: 'primo-arrivant, primo arrivant, nieuwkomer',
  refugee: 'réfugié, réfugiée, protection internationale, vluchteling',
  disability: 'handicap, situation de handicap, handicap reconnu, reconnaissance aviq, beperking',
};

/** Protected attributes, read from the candidate's row and kept apart from the profile. */
export const PROTECTED_COLUMNS: readonly CsvColumn[] = [
  column('gender', 'gender', [P, 'gender'], codeCodec(decodeGender, GENDERS), A.gender),
  column('birthDate', 'birth_date', [P, 'birthDate'], DATE_CODEC, A.birthDate),
  column('nationality', 'nationality', [P, 'nationality'], NATIONALITY_CODEC, A.nationality),
  column(
    'foreignBackground',
    'foreign_background',
    [P, 'foreignBackground'],
    disclosure,
    A.foreignBackground,
  ),
  column('newcomer', 'newcomer', [P, 'newcomer'], disclosure, A.newcomer),
  column('refugee', 'refugee', [P, 'refugee'], disclosure, A.refugee),
  column('disability', 'disability', [P, 'disability'], disclosure, A.disability),
];
