import { z } from 'zod';
import { LANGUAGE_LEVELS } from '../vocab/languages.js';
import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { LICENCE_CATEGORIES } from '../vocab/licences.js';
import { SCHEDULES, TRANSPORT_MODES, WORK_PERMIT_STATUSES } from '../vocab/work-conditions.js';
import { BELGIAN_DIPLOMAS, ISCED_LEVELS } from '../vocab/education.js';
import {
  EMPLOYER_SIZES,
  EXIT_REASONS,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  LABOUR_STATUSES,
  OFFER_STATUSES,
  PROGRAMMES,
  REFERRERS,
} from '../vocab/accompaniment-codes.js';
import { DISCLOSURES, GENDERS } from '../vocab/protected-codes.js';

// zod schemas of the closed code lists in vocab/: one place, so every entity validates codes the same way.
export const CEFR_OR_NATIVE = z.enum(LANGUAGE_LEVELS);
export const ContractTypeSchema = z.enum(CONTRACT_TYPES);
export const LicenceCategorySchema = z.enum(LICENCE_CATEGORIES);
export const ScheduleSchema = z.enum(SCHEDULES);
export const TransportModeSchema = z.enum(TRANSPORT_MODES);
export const WorkPermitSchema = z.enum(WORK_PERMIT_STATUSES);
export const BelgianDiplomaSchema = z.enum(BELGIAN_DIPLOMAS);
export const IscedLevelSchema = z.union(ISCED_LEVELS.map((level) => z.literal(level)));
export const ProgrammeSchema = z.enum(PROGRAMMES);
export const LabourStatusSchema = z.enum(LABOUR_STATUSES);
export const ExitReasonSchema = z.enum(EXIT_REASONS);
export const ReferrerSchema = z.enum(REFERRERS);
export const FollowUpChannelSchema = z.enum(FOLLOW_UP_CHANNELS);
export const FollowUpOutcomeSchema = z.enum(FOLLOW_UP_OUTCOMES);
export const OfferStatusSchema = z.enum(OFFER_STATUSES);
export const EmployerSizeSchema = z.enum(EMPLOYER_SIZES);
export const GenderSchema = z.enum(GENDERS);
export const DisclosureSchema = z.enum(DISCLOSURES);
