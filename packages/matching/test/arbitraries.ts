import fc from 'fast-check';
import type { Candidate, JobOffer, PlaceRef } from '@passerelle/core';
import { arbCandidate, arbCoordinates, arbJobOffer } from '@passerelle/core/testing';
import type { MatchingConfigInput } from '../src/config/config.js';
import { OCCUPATIONS, OTHER_TRADE_SKILLS, SKILLS } from './starter.js';

/**
 * Pools small enough for candidates and offers drawn apart to overlap: skills of three starter groups (so that
 * related credit happens), one skill id the taxonomy lacks, occupations whose ISCO groups share 0–4 digits and
 * one unknown occupation.
 */
export const SKILL_POOL: readonly string[] = [...Object.values(SKILLS), 'sk-not-in-taxonomy'];
/** Skills of other trades: profiles holding only these are found by no skill of {@link SKILL_POOL}. */
export const OTHER_SKILL_POOL: readonly string[] = OTHER_TRADE_SKILLS;
export const OCCUPATION_POOL: readonly string[] = [...Object.values(OCCUPATIONS), 'oc-not-in-taxonomy'];

/** Starter postal codes (Charleroi and around, Namur, Mons, Liège…) and one the gazetteer does not know. */
export const PLACES: readonly PlaceRef[] = [
  '6000',
  '6200',
  '6180',
  '6220',
  '5060',
  '5000',
  '7000',
  '4000',
  '1340',
  '9999',
].map((postalCode) => ({ postalCode }));

/** A place: mostly a postal code of {@link PLACES}, sometimes any point in Belgium. */
export function arbPlace(): fc.Arbitrary<PlaceRef> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PLACES).map((place) => ({ ...place })) },
    { weight: 1, arbitrary: arbCoordinates().map((coordinates) => ({ coordinates })) },
  );
}

/** Options of the arbitraries below: ids to draw from, and whether some profiles are of other trades. */
export interface ArbMatchOptions {
  readonly ids?: readonly string[];
  /** Draw a quarter of the profiles' skills from {@link OTHER_SKILL_POOL} (so that indexes can prune). */
  readonly otherTrades?: boolean;
}

const skillPool = (options: ArbMatchOptions) =>
  options.otherTrades
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constant(SKILL_POOL) },
        { weight: 1, arbitrary: fc.constant(OTHER_SKILL_POOL) },
      )
    : fc.constant(SKILL_POOL);
const idOption = (options: ArbMatchOptions) => (options.ids ? { id: fc.constantFrom(...options.ids) } : {});

/**
 * Candidates on the pools above; a quarter give no commute limit (core's arbitrary seldom draws none), an eighth a
 * limit for driving only, without a vehicle (no usable mode).
 */
export function arbMatchCandidate(options: ArbMatchOptions = {}): fc.Arbitrary<Candidate> {
  return skillPool(options).chain((skillIds) =>
    fc
      .tuple(
        arbCandidate({ skillIds, occupationIds: OCCUPATION_POOL, ...idOption(options) }),
        arbPlace(),
        fc.nat({ max: 7 }),
      )
      .map(([candidate, home, limits]) => ({ ...candidate, home, ...commuteCase(limits) })),
  );
}

function commuteCase(draw: number): Partial<Candidate> {
  if (draw < 2) return { commute: [] };
  if (draw === 2) return { commute: [{ mode: 'car', maxMinutes: 45 }], hasVehicle: false };
  return {};
}

/** Offers on the pools above. */
export function arbMatchOffer(options: ArbMatchOptions = {}): fc.Arbitrary<JobOffer> {
  return skillPool(options).chain((skillIds) =>
    fc
      .tuple(arbJobOffer({ skillIds, occupationIds: OCCUPATION_POOL, ...idOption(options) }), arbPlace())
      .map(([offer, place]) => ({ ...offer, place })),
  );
}

/** Candidates with distinct ids. */
export const arbCandidatePool = (maxLength = 25, options: ArbMatchOptions = {}) =>
  fc.uniqueArray(arbMatchCandidate(options), { selector: (c) => c.id, maxLength });

/** Offers with distinct ids. */
export const arbOfferPool = (maxLength = 25, options: ArbMatchOptions = {}) =>
  fc.uniqueArray(arbMatchOffer(options), { selector: (o) => o.id, maxLength });

const WEIGHT = fc.constantFrom(0, 0.1, 0.25, 0.5, 1, 4);

/**
 * Configurations: any weights (zeros included), any constraint modes and penalties. `skillsFirst` keeps the
 * skills weight high and hard constraints rare, so that profiles without a common skill cannot reach the top
 * and the indexes prune.
 */
export function arbConfig(options: { skillsFirst?: boolean } = {}): fc.Arbitrary<MatchingConfigInput> {
  const mode = options.skillsFirst
    ? fc.constantFrom('hard' as const, 'soft' as const, 'off' as const, 'off' as const, 'off' as const)
    : fc.constantFrom('hard' as const, 'soft' as const, 'off' as const);
  const constraint = fc.record({ mode, penalty: fc.constantFrom(0, 0.2, 0.5, 1) });
  const skills = options.skillsFirst ? fc.constantFrom(1, 4, 10) : WEIGHT;
  return fc.record({
    weights: fc.record({ skills, occupation: WEIGHT, geography: WEIGHT, languages: WEIGHT }),
    constraints: fc.record({
      commute: constraint,
      licence: constraint,
      vehicle: constraint,
      schedule: constraint,
      hours: constraint,
      contractType: constraint,
      availability: constraint,
      languages: constraint,
      education: constraint,
      workPermit: constraint,
      mustHaveSkills: constraint,
    }),
  });
}
