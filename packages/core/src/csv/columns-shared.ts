import type { PathKey } from '../issues/issue.js';
import { NUMBER_CODEC, NIS_CODE_CODEC, POSTAL_CODE_CODEC, TEXT_CODEC } from './cell-codecs.js';
import { column, type CsvColumn } from './csv-column.js';

// Columns several kinds share: references, the Mire, the counsellor, and a place written over five columns.

/** The five place columns (`postal_code`, `nis_code`, `lat`, `lon`, `locality`) of a place at `base`. */
export function placeColumns(base: readonly PathKey[], localityAliases = ''): CsvColumn[] {
  return [
    column(
      'postalCode',
      'postal_code',
      [...base, 'postalCode'],
      POSTAL_CODE_CODEC,
      'code postal, cp, postcode, zip, zip code, postnummer',
    ),
    column(
      'nisCode',
      'nis_code',
      [...base, 'nisCode'],
      NIS_CODE_CODEC,
      'code ins, ins, nis, refnis, code nis, nis-code, code commune',
    ),
    column('lat', 'lat', [...base, 'coordinates', 'lat'], NUMBER_CODEC, 'latitude, breedtegraad'),
    column('lon', 'lon', [...base, 'coordinates', 'lon'], NUMBER_CODEC, 'longitude, lng, long, lengtegraad'),
    column(
      'locality',
      'locality',
      [...base, 'locality'],
      TEXT_CODEC,
      `localité, commune, ville, city, town, gemeente, woonplaats, plaats, municipality, ${localityAliases}`,
    ),
  ];
}

/** The fields of which a place needs one. */
export const PLACE_FIELDS = ['postalCode', 'nisCode', 'lat'] as const;

/** The Mire column. */
export function mireColumn(path: readonly PathKey[], required: boolean): CsvColumn {
  return column('mireId', 'mire_id', path, TEXT_CODEC, 'mire, id mire, code mire, mire id', { required });
}

/** The counsellor column. */
export function counsellorColumn(path: readonly PathKey[]): CsvColumn {
  const aliases =
    'conseiller, conseillère, id conseiller, agent, référent, job coach, counsellor, counselor, consulent, begeleider';
  return column('counsellorId', 'counsellor_id', path, TEXT_CODEC, aliases);
}

/** Header names of a reference to a candidate. */
export const CANDIDATE_REF_ALIASES =
  'candidat, id candidat, candidate, kandidaat, bénéficiaire, id bénéficiaire';
/** Header names of a reference to an employer. */
export const EMPLOYER_REF_ALIASES = 'employeur, id employeur, employer, werkgever, id werkgever';
/** Header names of a reference to an offer. */
export const OFFER_REF_ALIASES = 'offre, id offre, offer, vacature, id vacature, job offer';
