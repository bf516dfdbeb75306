import type { ConstraintId, MatchingConfig } from '../config/config.js';
import type { CommuteEstimate } from '../geo/commute.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import { holdsAllRequired } from './skills.js';
import { meetsRequiredLanguages } from './languages.js';

/** What a constraint check sees: the pair, the commute estimate of the pair, and the configuration. */
export interface ConstraintInput {
  readonly candidate: CandidateFeatures;
  readonly offer: OfferFeatures;
  readonly commute: CommuteEstimate;
  readonly config: MatchingConfig;
}

/** A constraint plug-in: its id and whether a pair satisfies it. */
export interface Constraint {
  readonly id: ConstraintId;
  readonly satisfied: (input: ConstraintInput) => boolean;
}

/**
 * Every constraint, the most selective first (the scorer stops at the first hard one broken): most candidates
 * live too far from a given offer, and the distance is computed anyway. Unknown places satisfy the
 * commute constraint: the explanation says the place is unknown instead.
 */
export const CONSTRAINTS: readonly Constraint[] = [
  {
    id: 'commute',
    satisfied: ({ candidate, commute }) =>
      Number.isNaN(commute.distanceKm) || !candidate.hasCommuteLimits || commute.ratio <= 1,
  },
  { id: 'workPermit', satisfied: ({ candidate }) => candidate.canWork },
  { id: 'licence', satisfied: ({ candidate, offer }) => (offer.licences & ~candidate.licences) === 0 },
  { id: 'vehicle', satisfied: ({ candidate, offer }) => !offer.vehicleRequired || candidate.hasVehicle },
  {
    id: 'schedule',
    // A candidate who stated no schedule accepts any.
    satisfied: ({ candidate, offer }) =>
      candidate.schedules === 0 || (offer.schedules & ~candidate.schedules) === 0,
  },
  {
    id: 'hours',
    satisfied: ({ candidate, offer }) =>
      offer.hoursMin <= candidate.hoursMax && offer.hoursMax >= candidate.hoursMin,
  },
  {
    id: 'contractType',
    satisfied: ({ candidate, offer }) =>
      candidate.contracts === 0 || (candidate.contracts & offer.contract) !== 0,
  },
  {
    id: 'availability',
    satisfied: ({ candidate, offer, config }) =>
      Number.isNaN(offer.startDay) || candidate.availableDay <= offer.startDay + config.availabilityGraceDays,
  },
  { id: 'education', satisfied: ({ candidate, offer }) => candidate.isced >= offer.minEducation },
  { id: 'languages', satisfied: ({ candidate, offer }) => meetsRequiredLanguages(candidate, offer) },
  { id: 'mustHaveSkills', satisfied: ({ candidate, offer }) => holdsAllRequired(candidate, offer) },
];
