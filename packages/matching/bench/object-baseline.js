// The straightforward scorer a first version would write: arrays of objects, find/includes, haversine, a full
// sort. It is the baseline the engine's speed is compared with, not a reference for its scores.
import { haversineKm } from '@passerelle/core';

/** Scores every candidate for an offer and returns the top k ids, sorting the whole list. */
export function objectBaselineTopK(offer, candidates, gazetteer, k) {
  const offerPoint = gazetteer.resolve(offer.place);
  const scored = [];
  for (const candidate of candidates) {
    if (offer.licences.some((l) => !candidate.licences.includes(l))) continue;
    const home = gazetteer.resolve(candidate.home);
    let skills = 0;
    for (const need of offer.requiredSkills) {
      const held = candidate.skills.find((s) => s.id === need.id);
      if (held) skills += held.level >= need.minLevel ? 1 : 0.5;
    }
    skills = offer.requiredSkills.length ? skills / offer.requiredSkills.length : 0;
    const km =
      home.ok && offerPoint.ok ? haversineKm(home.value.coordinates, offerPoint.value.coordinates) : 50;
    const limit = Math.max(1, ...candidate.commute.map((c) => c.maxKm ?? (c.maxMinutes ?? 30) / 2));
    if (km > limit) continue;
    scored.push({ id: candidate.id, score: 0.7 * skills + 0.3 * (1 - km / limit) });
  }
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return scored.slice(0, k).map((s) => s.id);
}
