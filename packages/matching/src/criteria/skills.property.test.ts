import fc from 'fast-check';
import { SKILL_LEVELS, type Candidate } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { arbConfig, arbMatchCandidate, arbMatchOffer } from '../../test/arbitraries.js';
import { createMatcher } from '../matcher.js';

/** The candidate with one more skill, or a higher level of one they hold. */
function withSkill(candidate: Candidate, id: string, level: (typeof SKILL_LEVELS)[number]): Candidate {
  const others = candidate.skills.filter((s) => s.id !== id);
  const held = candidate.skills.find((s) => s.id === id);
  return {
    ...candidate,
    skills: [...others, { id, level: Math.max(level, held?.level ?? 1) as typeof level }],
  };
}

describe('skills', () => {
  it('adding a skill the offer asks for, at any level, never lowers the score of the pair', () => {
    fc.assert(
      fc.property(
        arbMatchCandidate(),
        arbMatchOffer(),
        arbConfig(),
        fc.nat(),
        fc.constantFrom(...SKILL_LEVELS),
        (candidate, offer, config, pick, level) => {
          const asked = [...offer.requiredSkills, ...offer.wantedSkills];
          fc.pre(asked.length > 0);
          const { id } = asked[pick % asked.length] as { id: string };
          const matcher = createMatcher({ config });
          const before = matcher.explain(candidate, offer);
          const after = matcher.explain(withSkill(candidate, id, level), offer);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          const skills = (e: typeof before) => e.breakdown.find((b) => b.criterion === 'skills')?.value ?? 0;
          expect(skills(after)).toBeGreaterThanOrEqual(skills(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding a must-have skill at the level asked never lowers the score, nor the rank against others', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbMatchCandidate(), { selector: (c) => c.id, minLength: 1, maxLength: 8 }),
        arbMatchOffer(),
        fc.nat(),
        (pool, offer, pick) => {
          fc.pre(offer.requiredSkills.length > 0);
          const need = offer.requiredSkills[
            pick % offer.requiredSkills.length
          ] as (typeof offer.requiredSkills)[0];
          const matcher = createMatcher();
          const target = pool[0] as Candidate;
          const better = withSkill(target, need.id, need.minLevel);
          const rank = (p: Candidate[]) =>
            matcher.rankCandidates(offer, p, { k: p.length, explain: false }).results;
          const before = rank(pool).find((r) => r.id === target.id);
          const after = rank([better, ...pool.slice(1)]).find((r) => r.id === target.id);
          if (before === undefined) return; // excluded or absent before: nothing to compare
          expect(after).toBeDefined();
          expect(after?.score).toBeGreaterThanOrEqual(before.score);
          expect(after?.rank).toBeLessThanOrEqual(before.rank);
        },
      ),
      { numRuns: 150 },
    );
  });
});
