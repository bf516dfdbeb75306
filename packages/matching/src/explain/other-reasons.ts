import {
  CONTRACT_TYPES,
  CONTRACT_TYPE_LABELS,
  LICENCE_CATEGORIES,
  SCHEDULES,
  SCHEDULE_LABELS,
} from '@passerelle/core';
import { MODES, type ConstraintId } from '../config/config.js';
import { bestSharedIsco } from '../criteria/occupation.js';
import { languageCredit } from '../criteria/languages.js';
import type { CommuteEstimate } from '../geo/commute.js';
import { codesOf } from '../internal/bits.js';
import { isoOfDay } from '../internal/days.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { MatchContext } from '../profiles/context.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import { labelParams, makeReason } from './make-reason.js';
import type { Reason, ReasonEffect } from './reason.js';

/** Reasons about the occupation offered versus those wanted. */
export function occupationReasons(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  context: MatchContext,
): Reason[] {
  if (offer.occupation === undefined || candidate.wantedOccupations.length === 0) return [];
  const occupation = offer.occupation;
  if (candidate.wantedOccupations.includes(occupation)) {
    return [
      context.reasons.get('occupation_wanted', occupation, () =>
        makeReason('occupation_wanted', 'occupation', 'positive', labelParams(context, occupation)),
      ),
    ];
  }
  const digits = bestSharedIsco(candidate, offer);
  if (digits === 0 || offer.isco === undefined)
    return [
      context.reasons.get('occupation_other', 0, () =>
        makeReason('occupation_other', 'occupation', 'negative', {}),
      ),
    ];
  const group = offer.isco.slice(0, digits);
  return [
    context.reasons.get('occupation_related', group, () =>
      makeReason('occupation_related', 'occupation', 'positive', {
        group,
        groupLabelFr: context.taxonomy.iscoLabel(group, 'fr') ?? group,
        groupLabelEn: context.taxonomy.iscoLabel(group, 'en') ?? group,
      }),
    ),
  ];
}

/**
 * Limit texts per mode, by the candidate's limits: profiles with the same limits share those arrays (see
 * `commuteLimits`), so a working set writes each text once.
 */
const limitTexts = new WeakMap<Float64Array, { readonly km: Float64Array; readonly texts: string[] }>();

function limitText(candidate: CandidateFeatures, mode: number): string {
  const { maxMinutes, maxKm } = candidate;
  let kept = limitTexts.get(maxMinutes);
  if (kept === undefined) {
    kept = { km: maxKm, texts: [] };
    limitTexts.set(maxMinutes, kept);
  }
  // Limits made apart never share an array; should they, the text is written afresh.
  if (kept.km !== maxKm) return writeLimit(maxMinutes[mode] as number, maxKm[mode] as number);
  return (kept.texts[mode] ??= writeLimit(maxMinutes[mode] as number, maxKm[mode] as number));
}

function writeLimit(minutes: number, km: number): string {
  return [Number.isFinite(minutes) ? `${minutes} min` : '', Number.isFinite(km) ? `${km} km` : '']
    .filter(Boolean)
    .join(' / ');
}

/**
 * The reason about the distance and the commute. Shared by the pairs with the same rounded figures and limit: places
 * given by postal code resolve to a commune's point, so a working set's 48,000 commute reasons hold about 1,000
 * distinct ones.
 */
export function geographyReason(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  commute: CommuteEstimate,
  context: MatchContext,
): Reason {
  const reasons = context.reasons;
  if (Number.isNaN(candidate.lat) || Number.isNaN(offer.lat)) {
    const side = Number.isNaN(candidate.lat) ? 'candidate' : 'offer';
    return reasons.get('place_unknown', side, () =>
      makeReason('place_unknown', 'geography', 'neutral', { side }),
    );
  }
  const km = Math.round(commute.distanceKm * 10) / 10;
  if (!candidate.hasCommuteLimits)
    return reasons.get('commute_distance', km, () =>
      makeReason('commute_distance', 'geography', 'neutral', { km }),
    );
  if (commute.mode < 0)
    // Limits were given, but only for driving, and the person has no licence or no vehicle.
    return reasons.get('commute_no_usable_mode', km, () =>
      makeReason('commute_no_usable_mode', 'commute', 'negative', { km }),
    );
  const mode = commute.mode;
  const minutes = Math.round(commute.minutes);
  const roadKm = Math.round(commute.roadKm * 10) / 10;
  const limit = limitText(candidate, mode);
  const within = commute.ratio <= 1;
  const make = (): Reason => {
    const params = { mode: MODES[mode] as string, minutes, km: roadKm, limit };
    return within
      ? makeReason('commute_within_limit', 'geography', 'positive', params)
      : makeReason('commute_too_long', 'commute', 'negative', params);
  };
  // Keyed by the limit text (one string per shared limits, see limitText) and, as one number, the outcome, the mode,
  // the rounded minutes and the tenths of a kilometre; unusual figures are built afresh.
  const tenths = Math.round(commute.roadKm * 10);
  if (!(minutes >= 0 && minutes < 100_000 && tenths >= 0 && tenths < 10_000_000)) return make();
  const key = (((within ? 4 : 0) + mode) * 100_000 + minutes) * 10_000_000 + tenths;
  return reasons.get(limit, key, make);
}

/** A language, a level held and a level asked as one key: a number for the usual two- or three-letter codes. */
function languageKey(code: string, held: number, required: number): number | string {
  if (code.length > 3 || held > 7 || required > 7) return `${code}:${held}:${required}`;
  let key = 0;
  for (let i = 0; i < code.length; i++) {
    const char = code.charCodeAt(i);
    if (char === 0 || char >= 128) return `${code}:${held}:${required}`;
    key = key * 128 + char;
  }
  // With no character 0, codes of different lengths fall in different ranges: keys never collide.
  return (key * 8 + held) * 8 + required;
}

/** Reasons about each language the offer names (each one depends on the code and the two levels only). */
export function languageReasons(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  context: MatchContext,
): Reason[] {
  return offer.languages.map((need) => {
    const held = candidate.languages.get(need.code) ?? 0;
    return context.reasons.get('languages', languageKey(need.code, held, need.rank), () => {
      const params = { code: need.code, held, required: need.rank };
      if (languageCredit(candidate, need) === 1)
        return makeReason('language_ok', 'languages', 'positive', params);
      return makeReason(
        held === 0 ? 'language_missing' : 'language_below_level',
        'languages',
        'negative',
        params,
      );
    });
  });
}

/**
 * The reason of one broken constraint; `effect` says whether it excluded the pair or cost a penalty. Shared by
 * every pair whose constraint reads the same values (see {@link constraintKey}).
 */
export function constraintReason(
  id: ConstraintId,
  effect: ReasonEffect,
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  missingCount: number,
  context: MatchContext,
): Reason | undefined {
  // Languages and commute explain themselves through their criterion's reasons.
  if (id === 'languages' || id === 'commute') return undefined;
  return context.reasons.get(
    effect === 'excluded' ? id : `${id}:${effect}`,
    constraintKey(id, candidate, offer, missingCount),
    () => buildConstraintReason(id, effect, candidate, offer, missingCount),
  );
}

/** The values a constraint's reason reads, as one key. */
function constraintKey(
  id: Exclude<ConstraintId, 'languages' | 'commute'>,
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  missingCount: number,
): number | string {
  switch (id) {
    case 'workPermit':
    case 'vehicle':
      return 0;
    case 'licence':
      return offer.licences & ~candidate.licences;
    case 'schedule':
      return offer.schedules & ~candidate.schedules;
    case 'hours':
      return `${offer.hoursMin}:${offer.hoursMax}:${candidate.hoursMin}:${candidate.hoursMax}`;
    case 'contractType':
      return offer.contract;
    case 'availability':
      return `${candidate.availableDay}:${offer.startDay}`;
    case 'education':
      return candidate.isced * 16 + offer.minEducation;
    case 'mustHaveSkills':
      return missingCount;
  }
}

function buildConstraintReason(
  id: Exclude<ConstraintId, 'languages' | 'commute'>,
  effect: ReasonEffect,
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  missingCount: number,
): Reason {
  switch (id) {
    case 'workPermit':
      return makeReason('work_permit_missing', id, effect, {});
    case 'licence':
      return makeReason('licence_missing', id, effect, {
        categories: codesOf(LICENCE_CATEGORIES, offer.licences & ~candidate.licences).join(', '),
      });
    case 'vehicle':
      return makeReason('vehicle_missing', id, effect, {});
    case 'schedule': {
      const codes = codesOf(SCHEDULES, offer.schedules & ~candidate.schedules);
      return makeReason('schedule_not_accepted', id, effect, {
        schedulesFr: codes.map((c) => SCHEDULE_LABELS[c].fr).join(', '),
        schedulesEn: codes.map((c) => SCHEDULE_LABELS[c].en).join(', '),
      });
    }
    case 'hours':
      return makeReason('hours_mismatch', id, effect, {
        offer:
          offer.hoursMin === offer.hoursMax ? `${offer.hoursMin}` : `${offer.hoursMin}–${offer.hoursMax}`,
        candidate: `${candidate.hoursMin}–${candidate.hoursMax}`,
      });
    case 'contractType': {
      const type = codesOf(CONTRACT_TYPES, offer.contract)[0] ?? 'cdi';
      return makeReason('contract_type_not_accepted', id, effect, {
        typeFr: CONTRACT_TYPE_LABELS[type].fr,
        typeEn: CONTRACT_TYPE_LABELS[type].en,
      });
    }
    case 'availability':
      return makeReason('not_available_in_time', id, effect, {
        available: isoOfDay(candidate.availableDay),
        start: isoOfDay(offer.startDay),
      });
    case 'education':
      return makeReason('education_below', id, effect, {
        held: candidate.isced,
        required: offer.minEducation,
      });
    case 'mustHaveSkills':
      return makeReason('must_have_skill_missing', id, effect, { count: missingCount });
  }
}
