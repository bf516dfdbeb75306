// @ts-check
import { CONTRACT_TYPE_LABELS, isEmploymentContract } from '@passerelle/core';

/** @typedef {import('@passerelle/core').CandidateRecord} CandidateRecord */

const percent = (part, whole) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

/** Whole months between two ISO dates. */
function monthsBetween(from, to) {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1);
}

/**
 * Figures a counsellor recognises, computed from imported records.
 * @param {{ candidates: CandidateRecord[], offers: import('@passerelle/core').JobOffer[], contracts: import('@passerelle/core').Contract[], accompaniments: import('@passerelle/core').Accompaniment[] }} data
 * @param {string} referenceDate
 */
export function summarize(data, referenceDate) {
  const people = data.candidates.map((record) => record.candidate);
  const perMire = new Map();
  for (const person of people) perMire.set(person.mireId, (perMire.get(person.mireId) ?? 0) + 1);
  const entry = new Map();
  for (const spell of data.accompaniments) {
    const known = entry.get(spell.candidateId);
    if (known === undefined || spell.entryDate < known) entry.set(spell.candidateId, spell.entryDate);
  }
  const hired = new Set(
    data.contracts
      .filter((c) => isEmploymentContract(c.type) && c.start >= (entry.get(c.candidateId) ?? '9999'))
      .map((c) => c.candidateId),
  );
  const offersByType = new Map();
  for (const offer of data.offers.filter((o) => o.status === 'open')) {
    offersByType.set(offer.contractType, (offersByType.get(offer.contractType) ?? 0) + 1);
  }
  return {
    total: people.length,
    perMire: [...perMire].sort((a, b) => b[1] - a[1]),
    noCess: people.filter((p) => p.education.isced <= 2).length,
    // Measured at entry into accompaniment, as the eligibility rules do.
    longTerm: people.filter((p) => {
      const since = p.unemployedSince;
      return since !== undefined && monthsBetween(since, entry.get(p.id) ?? referenceDate) >= 12;
    }).length,
    youth: people.filter((p) => p.programmes.includes('youth_guarantee')).length,
    licenceB: people.filter((p) => p.licences.includes('B')).length,
    hired: people.filter((p) => hired.has(p.id)).length,
    offersByType: [...offersByType].sort((a, b) => b[1] - a[1]),
    percent,
    contractLabel: (/** @type {keyof typeof CONTRACT_TYPE_LABELS} */ type) => CONTRACT_TYPE_LABELS[type],
  };
}
