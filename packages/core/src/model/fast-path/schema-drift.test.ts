/* eslint-disable @typescript-eslint/no-explicit-any -- zod's internal definitions are read as plain data. */
import { describe, expect, it } from 'vitest';
import { CandidateSchema, CommuteLimitSchema, EducationSchema, HoursRangeSchema } from '../candidate.js';
import { CoordinatesSchema, PlaceRefSchema } from '../common.js';
import { JobOfferSchema } from '../job-offer.js';
import { CandidateRecordSchema, ProtectedAttributesSchema } from '../protected-attributes.js';
import {
  HeldSkillSchema,
  LanguageRequirementSchema,
  SkillRequirementSchema,
  SpokenLanguageSchema,
} from '../skill-entries.js';
import { CANDIDATE_FAST_PATH_KEYS } from './candidate.js';
import { JOB_OFFER_FAST_PATH_KEYS } from './job-offer.js';
import { PLACE_FAST_PATH_KEYS } from './place.js';
import { PROTECTED_ATTRIBUTES_FAST_PATH_KEYS } from './protected-attributes.js';
import { SKILL_ENTRY_FAST_PATH_KEYS } from './skill-entries.js';

/*
 * The fast paths copy what the schemas check. If one of these tests fails, a schema changed: change its
 * fast path in this folder the same way (or remove the fast path of that kind in parse/fast-paths.ts),
 * then update the expected fingerprint here. The property tests beside compare both on records.
 */

/** What a schema checks, as short text: types, optional fields, bounds, closed lists and refinements. */
function fingerprint(schema: any): string {
  const def = schema._zod.def;
  const checks = (def.checks ?? []).map((check: any) => {
    const c = check._zod.def;
    if (c.check === 'greater_than') return `${c.inclusive ? '>=' : '>'}${c.value}`;
    if (c.check === 'less_than') return `${c.inclusive ? '<=' : '<'}${c.value}`;
    if (c.check === 'min_length') return `length>=${c.minimum}`;
    if (c.check === 'max_length') return `length<=${c.maximum}`;
    if (c.check === 'number_format') return c.format;
    if (c.check === 'custom') return `refine(${c.params?.code ?? ''})`;
    return c.check;
  });
  const inner = (): string => {
    switch (def.type) {
      case 'object':
        return `{ ${Object.entries(def.shape)
          .map(([key, field]) => `${key}: ${fingerprint(field)}`)
          .join(', ')} }`;
      case 'optional':
        return `${fingerprint(def.innerType)}?`;
      case 'nullable':
        return `${fingerprint(def.innerType)} | null`;
      case 'array':
        return `${fingerprint(def.element)}[]`;
      // The fast paths read the codes of closed lists from the schemas: their values may change freely.
      case 'enum':
        return 'enum';
      case 'union':
        return def.options.every((option: any) => option._zod.def.type === 'literal')
          ? 'literals'
          : `(${def.options.map(fingerprint).join(' | ')})`;
      case 'literal':
        return 'literal';
      default:
        return def.type;
    }
  };
  return checks.length > 0 ? `${inner()} <${checks.join(' ')}>` : inner();
}

/** The fingerprint of each field of an object schema. */
const fieldsOf = (schema: any): Record<string, string> =>
  Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, fingerprint(field)]));

describe('the fast paths know every field of their schemas', () => {
  it.each([
    ['CandidateSchema', CandidateSchema, CANDIDATE_FAST_PATH_KEYS.candidate],
    ['EducationSchema', EducationSchema, CANDIDATE_FAST_PATH_KEYS.education],
    ['CommuteLimitSchema', CommuteLimitSchema, CANDIDATE_FAST_PATH_KEYS.commuteLimit],
    ['HoursRangeSchema', HoursRangeSchema, CANDIDATE_FAST_PATH_KEYS.hoursRange],
    ['PlaceRefSchema', PlaceRefSchema, PLACE_FAST_PATH_KEYS.placeRef],
    ['CoordinatesSchema', CoordinatesSchema, PLACE_FAST_PATH_KEYS.coordinates],
    ['HeldSkillSchema', HeldSkillSchema, SKILL_ENTRY_FAST_PATH_KEYS.heldSkill],
    ['SkillRequirementSchema', SkillRequirementSchema, SKILL_ENTRY_FAST_PATH_KEYS.skillRequirement],
    ['SpokenLanguageSchema', SpokenLanguageSchema, SKILL_ENTRY_FAST_PATH_KEYS.spokenLanguage],
    ['LanguageRequirementSchema', LanguageRequirementSchema, SKILL_ENTRY_FAST_PATH_KEYS.languageRequirement],
    [
      'ProtectedAttributesSchema',
      ProtectedAttributesSchema,
      PROTECTED_ATTRIBUTES_FAST_PATH_KEYS.protectedAttributes,
    ],
    ['CandidateRecordSchema', CandidateRecordSchema, PROTECTED_ATTRIBUTES_FAST_PATH_KEYS.candidateRecord],
    ['JobOfferSchema', JobOfferSchema, JOB_OFFER_FAST_PATH_KEYS],
  ] as const)('%s', (_name, schema, keys) => {
    // Same keys in the same order: the fast paths write their output in the schema's order.
    expect(Object.keys(schema.shape)).toEqual(keys);
  });
});

describe('the schemas with a fast path check what the fast paths were written for', () => {
  it('CandidateSchema', () => {
    expect(fieldsOf(CandidateSchema)).toEqual({
      id: 'string <refine(invalid_id)>',
      home: '{ postalCode: string <refine(invalid_postal_code)>?, nisCode: string <refine(invalid_nis_code)>?, coordinates: { lat: number, lon: number } <refine(invalid_coordinates)>?, locality: string <length<=120>? } <refine(place_missing)>',
      education: '{ isced: literals, diploma: enum? } <refine()>',
      unemployedSince: 'string <refine(invalid_date)>?',
      skills:
        '{ id: string <refine(invalid_id)>, level: literals, years: number <>=0 <=60>? }[] <length<=300 refine()>',
      wantedOccupations: 'string <refine(invalid_id)>[] <length<=20 refine()>',
      languages: '{ code: string <refine(invalid_language_code)>, level: enum }[] <length<=20 refine()>',
      licences: 'enum[] <refine()>',
      hasVehicle: 'boolean',
      commute:
        '{ mode: enum, maxMinutes: number <safeint >=1 <=240>?, maxKm: number <>=0.1 <=300>? } <refine(commute_limit_missing)>[] <length<=4 refine()>',
      availableFrom: 'string <refine(invalid_date)>?',
      hoursPerWeek: '{ min: number <>=0 <=60>, max: number <>=1 <=60> } <refine()>',
      schedules: 'enum[] <refine()>',
      contractTypes: 'enum[] <refine()>',
      workPermit: 'enum',
      mireId: 'string <refine(invalid_id)>',
      counsellorId: 'string <refine(invalid_id)>?',
      programmes: 'enum[] <refine()>',
    });
  });

  it('ProtectedAttributesSchema and CandidateRecordSchema', () => {
    expect(fieldsOf(ProtectedAttributesSchema)).toEqual({
      candidateId: 'string <refine(invalid_id)>',
      gender: 'enum?',
      birthDate: 'string <refine(invalid_date)>?',
      nationality: 'string <refine(invalid_country_code)>?',
      foreignBackground: 'enum?',
      newcomer: 'enum?',
      refugee: 'enum?',
      disability: 'enum?',
    });
    const protectedAttributes = fingerprint(ProtectedAttributesSchema);
    expect(fingerprint(CandidateRecordSchema)).toBe(
      `{ candidate: ${fingerprint(CandidateSchema)}, protectedAttributes: ${protectedAttributes}? } <refine()>`,
    );
  });

  it('JobOfferSchema', () => {
    expect(fieldsOf(JobOfferSchema)).toEqual({
      id: 'string <refine(invalid_id)>',
      employerId: 'string <refine(invalid_id)>',
      title: 'string <overwrite length>=1 length<=200>',
      occupation: 'string <refine(invalid_id)>?',
      description: 'string <length<=10000>?',
      requiredSkills: '{ id: string <refine(invalid_id)>, minLevel: literals }[] <length<=100 refine()>',
      wantedSkills: '{ id: string <refine(invalid_id)>, minLevel: literals }[] <length<=100 refine()>',
      minEducation: 'literals?',
      languages:
        '{ code: string <refine(invalid_language_code)>, minLevel: enum, required: boolean }[] <length<=10 refine()>',
      licences: 'enum[] <refine()>',
      vehicleRequired: 'boolean',
      place: fingerprint(PlaceRefSchema),
      schedules: 'enum[] <refine()>',
      hoursPerWeek: fingerprint(HoursRangeSchema),
      contractType: 'enum',
      durationMonths: 'number <safeint >=1 <=120>?',
      startDate: 'string <refine(invalid_date)>?',
      positions: 'number <safeint >=1 <=1000>',
      status: 'enum',
      publishedOn: 'string <refine(invalid_date)>',
      closesOn: 'string <refine(invalid_date)>?',
      mireId: 'string <refine(invalid_id)>?',
    });
    // One refinement on the whole offer: closesOn not before publishedOn.
    expect(fingerprint(JobOfferSchema).endsWith('} <refine()>')).toBe(true);
  });
});
