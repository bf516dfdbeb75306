// The brute force a careful first version would write on typed arrays: candidates as columns (home point, commute
// limit in km, licences as a bitmask, skills in CSR form with levels), the offer's skills scattered into a
// Float64Array by skill number, then one pass over every candidate (gather, distance, licence, commute) with a
// typed-array heap for the top k. The speed baseline the issue names; its scores are simpler than the engine's
// (like the object-based baseline, it is not a reference for them).
import { LICENCE_CATEGORIES, equirectangularKm } from '@passerelle/core';

const bit = (category) => 1 << LICENCE_CATEGORIES.indexOf(category);

/** Columns of a candidate list, built once (not timed by the benchmark). */
export function typedScanColumns(candidates, gazetteer) {
  const n = candidates.length;
  const skillNumber = new Map();
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const limitKm = new Float64Array(n);
  const licences = new Int32Array(n);
  const start = new Int32Array(n + 1);
  let total = 0;
  for (const c of candidates) total += c.skills.length;
  const skills = new Int32Array(total);
  const levels = new Uint8Array(total);
  let at = 0;
  candidates.forEach((c, i) => {
    const home = gazetteer.resolve(c.home);
    lat[i] = home.ok ? home.value.coordinates.lat : Number.NaN;
    lon[i] = home.ok ? home.value.coordinates.lon : Number.NaN;
    limitKm[i] = Math.max(1, ...c.commute.map((m) => m.maxKm ?? (m.maxMinutes ?? 30) / 2));
    licences[i] = c.licences.reduce((mask, l) => mask | bit(l), 0);
    start[i] = at;
    for (const s of c.skills) {
      if (!skillNumber.has(s.id)) skillNumber.set(s.id, skillNumber.size);
      skills[at] = skillNumber.get(s.id);
      levels[at] = s.level;
      at++;
    }
  });
  start[n] = at;
  const ids = candidates.map((c) => c.id);
  return { n, ids, lat, lon, limitKm, licences, start, skills, levels, skillNumber };
}

/** The top k ids for an offer: every candidate scored, nothing skipped. */
export function typedScanTopK(columns, offer, gazetteer, k) {
  const { n, lat, lon, limitKm, licences, start, skills, levels, skillNumber } = columns;
  const place = gazetteer.resolve(offer.place);
  const point = { lat: place.ok ? place.value.coordinates.lat : Number.NaN, lon: 0 };
  point.lon = place.ok ? place.value.coordinates.lon : Number.NaN;
  const asked = offer.requiredSkills.length + offer.wantedSkills.length;
  const weight = new Float64Array(skillNumber.size);
  const minLevel = new Uint8Array(skillNumber.size);
  for (const s of [...offer.requiredSkills, ...offer.wantedSkills]) {
    const number = skillNumber.get(s.id);
    if (number === undefined) continue;
    weight[number] = 1 / asked;
    minLevel[number] = s.minLevel;
  }
  const needed = offer.licences.reduce((mask, l) => mask | bit(l), 0);
  const heapScores = new Float64Array(k);
  const heapSlots = new Int32Array(k);
  let size = 0;
  const home = { lat: 0, lon: 0 };
  for (let i = 0; i < n; i++) {
    if ((needed & ~licences[i]) !== 0) continue;
    home.lat = lat[i];
    home.lon = lon[i];
    const km = Number.isNaN(home.lat) || Number.isNaN(point.lat) ? 50 : equirectangularKm(home, point);
    if (km > limitKm[i]) continue;
    let skill = 0;
    for (let j = start[i]; j < start[i + 1]; j++) {
      const w = weight[skills[j]];
      if (w > 0) skill += levels[j] >= minLevel[skills[j]] ? w : w / 2;
    }
    const score = 0.7 * skill + 0.3 * (1 - km / limitKm[i]);
    // A min-heap of the k best: the root is the worst kept.
    if (size < k) {
      let at = size++;
      while (at > 0 && heapScores[(at - 1) >> 1] > score) {
        heapScores[at] = heapScores[(at - 1) >> 1];
        heapSlots[at] = heapSlots[(at - 1) >> 1];
        at = (at - 1) >> 1;
      }
      heapScores[at] = score;
      heapSlots[at] = i;
    } else if (score > heapScores[0]) {
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= k) break;
        if (child + 1 < k && heapScores[child + 1] < heapScores[child]) child++;
        if (heapScores[child] >= score) break;
        heapScores[at] = heapScores[child];
        heapSlots[at] = heapSlots[child];
        at = child;
      }
      heapScores[at] = score;
      heapSlots[at] = i;
    }
  }
  return Array.from(heapSlots.subarray(0, size), (slot) => columns.ids[slot]);
}
