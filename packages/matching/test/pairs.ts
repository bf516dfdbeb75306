import type { Candidate, JobOffer } from '@passerelle/core';
import { fixtureCandidate, fixtureJobOffer } from '@passerelle/core/testing';
import { resolveMatchingConfig, type MatchingConfigInput } from '../src/config/config.js';
import { projectCandidate, type CandidateFeatures } from '../src/profiles/candidate-features.js';
import { MatchContext } from '../src/profiles/context.js';
import { projectOffer, type OfferFeatures } from '../src/profiles/offer-features.js';
import { GAZETTEER, OCCUPATIONS, SKILLS, TAXONOMY } from './starter.js';

/**
 * Core's fixture candidate with starter skills: a forklift driver from Marcinelle (Charleroi) who wants to be
 * a forklift operator. Meets every requirement of {@link offer}, so a test can break one at a time.
 */
export function candidate(overrides: Partial<Candidate> = {}): Candidate {
  return fixtureCandidate({
    skills: [
      { id: SKILLS.forklift, level: 3 },
      { id: SKILLS.pickOrders, level: 2 },
    ],
    wantedOccupations: [OCCUPATIONS.forkliftOperator],
    ...overrides,
  });
}

/** Core's fixture offer with starter skills: forklift (level 2, must-have) and order picking (wanted), in Gosselies. */
export function offer(overrides: Partial<JobOffer> = {}): JobOffer {
  return fixtureJobOffer({
    occupation: OCCUPATIONS.forkliftOperator,
    requiredSkills: [{ id: SKILLS.forklift, minLevel: 2 }],
    wantedSkills: [{ id: SKILLS.pickOrders, minLevel: 1 }],
    ...overrides,
  });
}

/** A context on the starter data and a configuration (defaults unless given). */
export function context(config: MatchingConfigInput = {}): MatchContext {
  return new MatchContext(TAXONOMY, GAZETTEER, resolveMatchingConfig(config));
}

/** The features matching reads of a pair, projected in one context. */
export function project(
  c: Candidate,
  o: JobOffer,
  config: MatchingConfigInput = {},
): { candidate: CandidateFeatures; offer: OfferFeatures; context: MatchContext } {
  const ctx = context(config);
  return { candidate: projectCandidate(c, ctx), offer: projectOffer(o, ctx), context: ctx };
}
