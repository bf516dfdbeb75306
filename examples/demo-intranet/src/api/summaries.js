// @ts-check
// The short forms of offers and candidates that lists and headers show.
import { conceptLabel, contractLabel, educationLabel, scheduleLabels } from './labels.js';

/** @typedef {import('../demo-data.js').DemoData} DemoData */

/**
 * @param {DemoData} data
 * @param {import('@passerelle/core').JobOffer} offer
 */
export function offerSummary(data, offer) {
  return {
    id: offer.id,
    title: offer.title,
    employer: data.employers.get(offer.employerId)?.name ?? offer.employerId,
    locality: offer.place.locality ?? '',
    postalCode: offer.place.postalCode ?? '',
    contractType: offer.contractType,
    contract: contractLabel(offer.contractType),
    positions: offer.positions,
    hoursPerWeek: offer.hoursPerWeek,
    schedules: scheduleLabels(offer.schedules),
    publishedOn: offer.publishedOn,
    closesOn: offer.closesOn ?? null,
    mireId: offer.mireId ?? null,
    imported: data.imported.has(offer.id),
  };
}

/**
 * What a counsellor sees of a candidate at a glance. Protected attributes are not in the profile, so not here either.
 * @param {DemoData} data
 * @param {import('@passerelle/core').Candidate} candidate
 */
export function candidateSummary(data, candidate) {
  return {
    id: candidate.id,
    locality: candidate.home.locality ?? '',
    postalCode: candidate.home.postalCode ?? '',
    education: educationLabel(candidate.education.isced),
    wantedOccupations: candidate.wantedOccupations.map((id) => conceptLabel(data.taxonomy, id)),
    licences: candidate.licences,
    hasVehicle: candidate.hasVehicle,
    availableFrom: candidate.availableFrom ?? null,
    counsellorId: candidate.counsellorId ?? null,
    imported: data.imported.has(candidate.id),
  };
}
