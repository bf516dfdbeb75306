import type { JobOffer } from '../job-offer.js';
import { JobOfferSchema } from '../job-offer.js';
import { fastHoursRange } from './candidate.js';
import { fastPlaceRef } from './place.js';
import { fastLanguageRequirement, fastSkillRequirement } from './skill-entries.js';
import {
  codeSet,
  distinctCodes,
  distinctObjects,
  isDate,
  isId,
  isIntegerIn,
  isOptional,
  isPlainObject,
  literalSet,
} from './checks.js';

/*
 * Why a hand-written check beside `JobOfferSchema`: the same as for candidates (zod ~30 µs per record,
 * imports by the hundred thousand). It accepts only offers the schema accepts and returns what the schema
 * returns (title trimmed, same keys in the same order, copies of the lists); anything unusual gets
 * `undefined` and goes through zod, which reports the issues.
 */

const shape = JobOfferSchema.shape;
const ISCED_LEVELS = literalSet(shape.minEducation.unwrap());
const LICENCES = codeSet(shape.licences.element);
const SCHEDULES = codeSet(shape.schedules.element);
const CONTRACT_TYPES = codeSet(shape.contractType);
const OFFER_STATUSES = codeSet(shape.status);

const isDescription = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 10_000;
const isIscedLevel = (value: unknown): value is JobOffer['minEducation'] => ISCED_LEVELS.has(value);
const isDuration = (value: unknown): value is number => isIntegerIn(value, 1, 120);
const skillId = (skill: { id: string }): string => skill.id;
const languageCode = (language: { code: string }): string => language.code;

/** A title as `ShortTextSchema` returns it (trimmed, 1–200 characters), or `undefined`. */
function shortText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= 200 ? trimmed : undefined;
}

/**
 * `JobOfferSchema`'s output for a plain-data offer it accepts, or `undefined` when not sure (the caller
 * then parses with zod). Never accepts an offer the schema rejects.
 */
export function fastJobOffer(value: unknown): JobOffer | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, employerId, occupation, description, minEducation, vehicleRequired, contractType } = value;
  const { durationMonths, startDate, positions, status, publishedOn, closesOn, mireId } = value;
  if (!isId(id) || !isId(employerId) || typeof vehicleRequired !== 'boolean') return undefined;
  if (typeof contractType !== 'string' || !CONTRACT_TYPES.has(contractType)) return undefined;
  if (typeof status !== 'string' || !OFFER_STATUSES.has(status)) return undefined;
  if (!isIntegerIn(positions, 1, 1000) || !isDate(publishedOn)) return undefined;
  if (!isOptional(value, 'occupation', occupation, isId)) return undefined;
  if (!isOptional(value, 'description', description, isDescription)) return undefined;
  if (!isOptional(value, 'minEducation', minEducation, isIscedLevel)) return undefined;
  if (!isOptional(value, 'durationMonths', durationMonths, isDuration)) return undefined;
  if (!isOptional(value, 'startDate', startDate, isDate)) return undefined;
  if (!isOptional(value, 'closesOn', closesOn, isDate)) return undefined;
  if (!isOptional(value, 'mireId', mireId, isId)) return undefined;
  // An offer does not close before it is published (`date_order`).
  if (closesOn !== undefined && closesOn < publishedOn) return undefined;
  const title = shortText(value.title);
  if (title === undefined) return undefined;
  const requiredSkills = distinctObjects(value.requiredSkills, 100, fastSkillRequirement, skillId);
  if (requiredSkills === undefined) return undefined;
  const wantedSkills = distinctObjects(value.wantedSkills, 100, fastSkillRequirement, skillId);
  if (wantedSkills === undefined) return undefined;
  const languages = distinctObjects(value.languages, 10, fastLanguageRequirement, languageCode);
  if (languages === undefined) return undefined;
  const licences = distinctCodes<JobOffer['licences'][number]>(value.licences, LICENCES);
  if (licences === undefined) return undefined;
  const place = fastPlaceRef(value.place);
  if (place === undefined) return undefined;
  const schedules = distinctCodes<JobOffer['schedules'][number]>(value.schedules, SCHEDULES);
  if (schedules === undefined) return undefined;
  const hoursPerWeek = fastHoursRange(value.hoursPerWeek);
  if (hoursPerWeek === undefined) return undefined;

  // Keys in the schema's order, optional ones only when set, as zod writes them.
  const offer: Partial<JobOffer> = { id, employerId, title };
  if (occupation !== undefined) offer.occupation = occupation;
  if (description !== undefined) offer.description = description;
  offer.requiredSkills = requiredSkills;
  offer.wantedSkills = wantedSkills;
  if (minEducation !== undefined) offer.minEducation = minEducation;
  offer.languages = languages;
  offer.licences = licences;
  offer.vehicleRequired = vehicleRequired;
  offer.place = place;
  offer.schedules = schedules;
  offer.hoursPerWeek = hoursPerWeek;
  offer.contractType = contractType as JobOffer['contractType'];
  if (durationMonths !== undefined) offer.durationMonths = durationMonths;
  if (startDate !== undefined) offer.startDate = startDate;
  offer.positions = positions;
  offer.status = status as JobOffer['status'];
  offer.publishedOn = publishedOn;
  if (closesOn !== undefined) offer.closesOn = closesOn;
  if (mireId !== undefined) offer.mireId = mireId;
  return offer as JobOffer;
}

/** The keys the fast path above reads, for the test that compares them with the schema's keys. */
export const JOB_OFFER_FAST_PATH_KEYS = [
  'id',
  'employerId',
  'title',
  'occupation',
  'description',
  'requiredSkills',
  'wantedSkills',
  'minEducation',
  'languages',
  'licences',
  'vehicleRequired',
  'place',
  'schedules',
  'hoursPerWeek',
  'contractType',
  'durationMonths',
  'startDate',
  'positions',
  'status',
  'publishedOn',
  'closesOn',
  'mireId',
] as const;
