import { BELGIAN_DIPLOMA_ISCED, type BelgianDiploma } from '../vocab/education.js';
import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { PROGRAMMES } from '../vocab/accompaniment-codes.js';
import { SCHEDULES, WORK_PERMIT_STATUSES } from '../vocab/work-conditions.js';
import { LICENCE_CATEGORIES } from '../vocab/licences.js';
import {
  BOOLEAN_CODEC,
  DATE_CODEC,
  ID_LIST_CODEC,
  TEXT_CODEC,
  codeCodec,
  codeListCodec,
} from './cell-codecs.js';
import {
  decodeContractTypes,
  decodeLicences,
  decodeProgrammes,
  decodeSchedules,
  decodeWorkPermit,
} from './code-decoders.js';
import {
  COMMUTE_CODEC,
  DIPLOMA_CODEC,
  EDUCATION_CODEC,
  HELD_SKILLS_CODEC,
  HOURS_CODEC,
  SPOKEN_LANGUAGES_CODEC,
} from './compound-codecs.js';
import {
  REQUIRED,
  column,
  getAt,
  setAt,
  type CsvColumn,
  type CsvKindSpec,
  type RowInput,
} from './csv-column.js';
import type { EducationCell } from './decode-education.js';
import { PLACE_FIELDS, counsellorColumn, mireColumn, placeColumns } from './columns-shared.js';
import { PROTECTED_COLUMNS } from './columns-protected.js';

const C = 'candidate';

// Header names found in French, English and Dutch exports, beside the canonical snake_case header.
const A = {
  id: 'candidate id, id candidat, identifiant, code candidat, référence, ref, dossier, n° dossier, numéro de dossier, kandidaat id, dossiernummer',
  home: 'localité domicile, commune de résidence, domicile',
  isced:
    "niveau d'études, niveau d’études, niveau études, niveau de diplôme, niveau scolaire, cite, isced level, education, education level, opleidingsniveau, studieniveau",
  diploma: 'diplôme, diplôme le plus élevé, certificat, highest diploma, getuigschrift',
  unemployedSince:
    "inoccupé depuis, date inoccupation, date d'inoccupation, sans emploi depuis, chômage depuis, werkloos sinds, werkzoekend sinds",
  skills: 'compétences, vaardigheden, competenties',
  wantedOccupations:
    'métiers recherchés, métiers visés, métiers, professions souhaitées, occupations, gewenste beroepen, beroepen',
  languages: 'langues, langues parlées, talen',
  licences: 'permis, permis de conduire, licenses, driving licence, driving license, rijbewijs, rijbewijzen',
  hasVehicle: 'véhicule, véhiculé, voiture, vehicle, voertuig, eigen vervoer',
  commute: 'mobilité, déplacement, déplacements, trajet, mobiliteit, woon-werkverkeer',
  availableFrom:
    'disponible à partir de, disponible le, disponibilité, date de disponibilité, availability, beschikbaar vanaf',
  hoursPerWeek:
    'heures, heures par semaine, heures/semaine, régime, régime horaire, temps de travail, hours, weekly hours, uren, uren per week',
  schedules: 'horaires, horaire, horaires acceptés, werkroosters, uurrooster',
  contractTypes: 'types de contrat, type de contrat, contrats, contrats acceptés, contracten',
  workPermit:
    "permis de travail, accès au travail, accès au marché de l'emploi, werkvergunning, arbeidskaart",
  programmes: "programme, dispositif, dispositifs, programs, programma, programma's",
};

/** The ISCED cell fills the level, and the diploma when it named one. */
function assignEducation(input: RowInput, value: unknown): void {
  const cell = value as EducationCell;
  setAt(input, [C, 'education', 'isced'], cell.isced);
  if (cell.diploma !== undefined) setAt(input, [C, 'education', 'diploma'], cell.diploma);
}

/** The diploma column (read after the ISCED one) wins for the diploma, and gives the level when none was read. */
function assignDiploma(input: RowInput, value: unknown): void {
  const diploma = value as BelgianDiploma;
  setAt(input, [C, 'education', 'diploma'], diploma);
  if (getAt(input, [C, 'education', 'isced']) === undefined) {
    setAt(input, [C, 'education', 'isced'], BELGIAN_DIPLOMA_ISCED[diploma]);
  }
}

const PROFILE_COLUMNS: readonly CsvColumn[] = [
  column('id', 'id', [C, 'id'], TEXT_CODEC, A.id, REQUIRED),
  ...placeColumns([C, 'home'], A.home),
  column('isced', 'isced', [C, 'education', 'isced'], EDUCATION_CODEC, A.isced, { assign: assignEducation }),
  column('diploma', 'diploma', [C, 'education', 'diploma'], DIPLOMA_CODEC, A.diploma, {
    assign: assignDiploma,
  }),
  column('unemployedSince', 'unemployed_since', [C, 'unemployedSince'], DATE_CODEC, A.unemployedSince),
  column('skills', 'skills', [C, 'skills'], HELD_SKILLS_CODEC, A.skills),
  column(
    'wantedOccupations',
    'wanted_occupations',
    [C, 'wantedOccupations'],
    ID_LIST_CODEC,
    A.wantedOccupations,
  ),
  column('languages', 'languages', [C, 'languages'], SPOKEN_LANGUAGES_CODEC, A.languages),
  column(
    'licences',
    'licences',
    [C, 'licences'],
    codeListCodec(decodeLicences, LICENCE_CATEGORIES),
    A.licences,
  ),
  column('hasVehicle', 'has_vehicle', [C, 'hasVehicle'], BOOLEAN_CODEC, A.hasVehicle, REQUIRED),
  column('commute', 'commute', [C, 'commute'], COMMUTE_CODEC, A.commute),
  column('availableFrom', 'available_from', [C, 'availableFrom'], DATE_CODEC, A.availableFrom),
  column('hoursPerWeek', 'hours_per_week', [C, 'hoursPerWeek'], HOURS_CODEC, A.hoursPerWeek, REQUIRED),
  column('schedules', 'schedules', [C, 'schedules'], codeListCodec(decodeSchedules, SCHEDULES), A.schedules),
  column(
    'contractTypes',
    'contract_types',
    [C, 'contractTypes'],
    codeListCodec(decodeContractTypes, CONTRACT_TYPES),
    A.contractTypes,
  ),
  column(
    'workPermit',
    'work_permit',
    [C, 'workPermit'],
    codeCodec(decodeWorkPermit, WORK_PERMIT_STATUSES),
    A.workPermit,
    REQUIRED,
  ),
  mireColumn([C, 'mireId'], true),
  counsellorColumn([C, 'counsellorId']),
  column(
    'programmes',
    'programmes',
    [C, 'programmes'],
    codeListCodec(decodeProgrammes, PROGRAMMES),
    A.programmes,
  ),
];

/** Protected attributes name the candidate of their row; without any answer they are left out. */
function finishCandidate(input: RowInput): RowInput {
  const attributes = input.protectedAttributes as RowInput | undefined;
  const id = getAt(input, [C, 'id']);
  if (attributes === undefined) return input;
  // Without a candidate id the row is rejected for that already; a second `required` would only repeat it.
  if (id === undefined) return { candidate: input.candidate };
  return { ...input, protectedAttributes: { ...attributes, candidateId: id } };
}

/**
 * One candidate per row: the profile and, in the same row, the protected attributes (gender, birth date,
 * nationality, foreign background, newcomer, refugee, disability), which the import splits apart. The
 * education is an `isced` column holding a level or a diploma name, and/or a `diploma` column.
 */
export const CANDIDATE_RECORD_SPEC: CsvKindSpec = {
  recordKind: 'candidateRecord',
  columns: [...PROFILE_COLUMNS, ...PROTECTED_COLUMNS],
  requireOneOf: [PLACE_FIELDS, ['isced', 'diploma']],
  finish: finishCandidate,
};
