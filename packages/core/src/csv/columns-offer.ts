import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { LICENCE_CATEGORIES } from '../vocab/licences.js';
import { OFFER_STATUSES } from '../vocab/accompaniment-codes.js';
import { SCHEDULES } from '../vocab/work-conditions.js';
import {
  BOOLEAN_CODEC,
  DATE_CODEC,
  INTEGER_CODEC,
  TEXT_CODEC,
  codeCodec,
  codeListCodec,
} from './cell-codecs.js';
import { decodeContractType, decodeLicences, decodeOfferStatus, decodeSchedules } from './code-decoders.js';
import {
  HOURS_CODEC,
  ISCED_CODEC,
  LANGUAGE_REQUIREMENTS_CODEC,
  SKILL_REQUIREMENTS_CODEC,
} from './compound-codecs.js';
import { REQUIRED, column, type CsvKindSpec } from './csv-column.js';
import { EMPLOYER_REF_ALIASES, PLACE_FIELDS, mireColumn, placeColumns } from './columns-shared.js';

// Header names found in French, English and Dutch exports, beside the canonical snake_case header.
const A = {
  id: "offer id, id offre, identifiant, référence, ref, numéro d'offre, n° offre, vacature id, vacaturenummer",
  title: 'intitulé, intitulé du poste, titre, fonction, poste, job title, functie, functietitel',
  occupation: 'métier, code métier, esco, beroep',
  description: 'descriptif, omschrijving, beschrijving',
  requiredSkills:
    'compétences requises, compétences obligatoires, compétences, must have, vereiste competenties',
  wantedSkills: 'compétences souhaitées, atouts, nice to have, gewenste competenties',
  minEducation:
    "niveau d'études, niveau d’études, niveau requis, diplôme requis, diplôme, études, isced, education, opleidingsniveau, vereiste opleiding",
  languages: 'langues, talen',
  licences: 'permis, permis de conduire, permis requis, licenses, driving licence, rijbewijs',
  vehicleRequired: 'véhicule requis, véhicule, véhiculé, voiture exigée, eigen vervoer vereist',
  place: 'lieu, lieu de travail, workplace, werkplek',
  schedules: 'horaires, horaire, werkrooster, uurrooster',
  hoursPerWeek:
    'heures, heures par semaine, heures/semaine, régime, régime horaire, temps de travail, hours, weekly hours, uren, uren per week',
  contractType: 'type de contrat, contrat, contracttype, soort contract',
  durationMonths: 'durée, durée (mois), durée en mois, duration, duur, looptijd',
  startDate: 'date de début, début, entrée en fonction, startdatum',
  positions: 'postes, nombre de postes, nb postes, places, openings, aantal plaatsen',
  status: 'statut, état, toestand',
  publishedOn: 'date de publication, publiée le, publication, posted, gepubliceerd op, publicatiedatum',
  closesOn: 'date de clôture, clôture, échéance, date limite, deadline, sluitingsdatum',
};

const licences = codeListCodec(decodeLicences, LICENCE_CATEGORIES);

/**
 * One job offer per row. Languages sit in one `languages` column: `fr:B1` is required, `nl:A2?` (with `?`)
 * is an asset; a separate "wanted languages" column is not read.
 */
export const JOB_OFFER_SPEC: CsvKindSpec = {
  recordKind: 'jobOffer',
  requireOneOf: [PLACE_FIELDS],
  columns: [
    column('id', 'id', ['id'], TEXT_CODEC, A.id, REQUIRED),
    column('employerId', 'employer_id', ['employerId'], TEXT_CODEC, EMPLOYER_REF_ALIASES, REQUIRED),
    column('title', 'title', ['title'], TEXT_CODEC, A.title, REQUIRED),
    column('occupation', 'occupation', ['occupation'], TEXT_CODEC, A.occupation),
    column('description', 'description', ['description'], TEXT_CODEC, A.description),
    column(
      'requiredSkills',
      'required_skills',
      ['requiredSkills'],
      SKILL_REQUIREMENTS_CODEC,
      A.requiredSkills,
    ),
    column('wantedSkills', 'wanted_skills', ['wantedSkills'], SKILL_REQUIREMENTS_CODEC, A.wantedSkills),
    column('minEducation', 'min_education', ['minEducation'], ISCED_CODEC, A.minEducation),
    column('languages', 'languages', ['languages'], LANGUAGE_REQUIREMENTS_CODEC, A.languages),
    column('licences', 'licences', ['licences'], licences, A.licences),
    column(
      'vehicleRequired',
      'vehicle_required',
      ['vehicleRequired'],
      BOOLEAN_CODEC,
      A.vehicleRequired,
      REQUIRED,
    ),
    ...placeColumns(['place'], A.place),
    column('schedules', 'schedules', ['schedules'], codeListCodec(decodeSchedules, SCHEDULES), A.schedules),
    column('hoursPerWeek', 'hours_per_week', ['hoursPerWeek'], HOURS_CODEC, A.hoursPerWeek, REQUIRED),
    column(
      'contractType',
      'contract_type',
      ['contractType'],
      codeCodec(decodeContractType, CONTRACT_TYPES),
      A.contractType,
      REQUIRED,
    ),
    column('durationMonths', 'duration_months', ['durationMonths'], INTEGER_CODEC, A.durationMonths),
    column('startDate', 'start_date', ['startDate'], DATE_CODEC, A.startDate),
    column('positions', 'positions', ['positions'], INTEGER_CODEC, A.positions, REQUIRED),
    column('status', 'status', ['status'], codeCodec(decodeOfferStatus, OFFER_STATUSES), A.status, REQUIRED),
    column('publishedOn', 'published_on', ['publishedOn'], DATE_CODEC, A.publishedOn, REQUIRED),
    column('closesOn', 'closes_on', ['closesOn'], DATE_CODEC, A.closesOn),
    mireColumn(['mireId'], false),
  ],
};
