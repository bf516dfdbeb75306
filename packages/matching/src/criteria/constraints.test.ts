import type { Candidate, JobOffer } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { candidate, offer } from '../../test/pairs.js';
import { SKILLS } from '../../test/starter.js';
import { DEFAULT_MATCHING_CONFIG, type ConstraintId, type ConstraintMode } from '../config/config.js';
import type { ReasonCode } from '../explain/reason.js';
import { createMatcher } from '../matcher.js';
import { CONSTRAINTS } from './constraints.js';

const CONSTRAINT_IDS = Object.keys(DEFAULT_MATCHING_CONFIG.constraints) as ConstraintId[];

/** For each constraint: a pair that breaks it and only it, and the reason that says so. */
const BROKEN: ReadonlyArray<[ConstraintId, Candidate, JobOffer, ReasonCode]> = [
  ['workPermit', candidate({ workPermit: 'none' }), offer(), 'work_permit_missing'],
  ['licence', candidate(), offer({ licences: ['C'] }), 'licence_missing'],
  ['vehicle', candidate(), offer({ vehicleRequired: true }), 'vehicle_missing'],
  ['schedule', candidate(), offer({ schedules: ['night'] }), 'schedule_not_accepted'],
  ['hours', candidate(), offer({ hoursPerWeek: { min: 10, max: 15 } }), 'hours_mismatch'],
  ['contractType', candidate({ contractTypes: ['cdi'] }), offer(), 'contract_type_not_accepted'],
  ['availability', candidate({ availableFrom: '2026-06-01' }), offer(), 'not_available_in_time'],
  ['education', candidate(), offer({ minEducation: 3 }), 'education_below'],
  [
    'languages',
    candidate(),
    offer({ languages: [{ code: 'nl', minLevel: 'B2', required: true }] }),
    'language_missing',
  ],
  [
    'mustHaveSkills',
    candidate(),
    offer({
      requiredSkills: [
        { id: SKILLS.forklift, minLevel: 2 },
        { id: SKILLS.packGoods, minLevel: 1 },
      ],
    }),
    'must_have_skill_missing',
  ],
  ['commute', candidate(), offer({ place: { postalCode: '5000' } }), 'commute_too_long'],
];

/** Every constraint off but one. */
function matcherWith(id: ConstraintId, mode: ConstraintMode, penalty = 0.25) {
  const constraints = Object.fromEntries(CONSTRAINT_IDS.map((c) => [c, { mode: 'off' as const }]));
  return createMatcher({ config: { constraints: { ...constraints, [id]: { mode, penalty } } } });
}

describe('constraints', () => {
  it('the cases cover every constraint, and the unbroken pair breaks none of them', () => {
    expect(BROKEN.map(([id]) => id).sort()).toEqual([...CONSTRAINT_IDS].sort());
    const all = Object.fromEntries(CONSTRAINT_IDS.map((c) => [c, { mode: 'hard' as const }]));
    const ranking = createMatcher({ config: { constraints: all } }).rankCandidates(offer(), [candidate()]);
    expect(ranking.results).toHaveLength(1);
    expect(ranking.results[0]?.penaltyFactor).toBe(1);
  });

  describe.each(BROKEN)('%s', (id, c, o, code) => {
    it('hard: the pair is left out of both rankings and listed as excluded by it', () => {
      const matcher = matcherWith(id, 'hard');
      const candidates = matcher.rankCandidates(o, [c], { includeExcluded: true });
      expect(candidates.results).toEqual([]);
      expect(candidates.excluded).toHaveLength(1);
      expect(candidates.excluded[0]).toMatchObject({ id: c.id, constraint: id });
      expect(candidates.excluded[0]?.reasons.map((r) => r.effect)).toContain('excluded');
      expect(candidates.excluded[0]?.reasons.map((r) => r.code)).toContain(code);
      const offers = matcher.rankOffers(c, [o], { includeExcluded: true });
      expect(offers.results).toEqual([]);
      expect(offers.excluded[0]).toMatchObject({ id: o.id, constraint: id });
      expect(matcher.rankCandidates(o, [c]).excluded).toEqual([]); // listed only when asked
      const explanation = matcher.explain(c, o);
      expect(explanation).toMatchObject({ excluded: true, score: 0 });
    });

    it('soft: the score is the score with the constraint off, times exactly (1 − penalty)', () => {
      const off = matcherWith(id, 'off').rankCandidates(o, [c]).results[0];
      const soft = matcherWith(id, 'soft', 0.25).rankCandidates(o, [c]).results[0];
      expect(off).toBeDefined();
      expect(off?.score).toBeGreaterThan(0);
      expect(soft?.score).toBe((off?.score as number) * 0.75);
      expect(soft?.penaltyFactor).toBe(0.75);
      const reason = soft?.reasons?.find((r) => r.code === code);
      expect(reason?.effect).toBe('negative');
      expect(matcherWith(id, 'soft', 1).rankCandidates(o, [c]).results[0]?.score).toBe(0);
    });

    it('off: the pair is ranked without penalty, its score the sum of its contributions', () => {
      const result = matcherWith(id, 'off').rankCandidates(o, [c]).results[0];
      expect(result?.penaltyFactor).toBe(1);
      const sum = result?.breakdown?.reduce((s, b) => s + b.contribution, 0);
      expect(result?.score).toBeCloseTo(sum as number, 12);
      expect(result?.reasons?.some((r) => r.effect === 'excluded')).toBe(false);
      // Languages and the commute still explain their scored criterion; the other constraints say nothing.
      const own = result?.reasons?.filter((r) => r.code === code) ?? [];
      if (id === 'languages' || id === 'commute')
        expect(own.every((r) => r.effect === 'negative')).toBe(true);
      else expect(own).toEqual([]);
    });
  });

  it('names the first hard constraint checked when a pair breaks several, whatever the order of reasons', () => {
    // Breaks the licence and a required language (whose reasons come first in an explanation).
    const o = offer({ licences: ['C'], languages: [{ code: 'nl', minLevel: 'B2', required: true }] });
    const ranking = createMatcher().rankCandidates(o, [candidate()], { includeExcluded: true });
    const first = CONSTRAINTS.map((c) => c.id).find((id) => id === 'licence' || id === 'languages');
    expect(ranking.excluded[0]?.constraint).toBe(first);
    expect(ranking.excluded[0]?.reasons.map((r) => r.code).sort()).toEqual([
      'language_missing',
      'licence_missing',
    ]);
  });
});
