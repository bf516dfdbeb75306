import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCandidatePool, arbConfig, arbMatchCandidate, arbMatchOffer } from '../../test/arbitraries.js';
import {
  arbEdgeCandidate,
  arbEdgeCandidates,
  arbEdgeConfig,
  arbEdgeOffer,
  arbEdgeOffers,
} from '../../test/near-bound.js';
import { useRankTuning } from '../../test/rank-tuning.js';
import { assertRankedInOrder, sortedIssues } from '../../test/rankings.js';
import { OTHER_TRADE_SKILLS, SKILLS } from '../../test/starter.js';
import { createMatcher } from '../matcher.js';

const k = fc.integer({ min: 1, max: 4 });

describe('pruning at the edge: many profiles score exactly the bound', () => {
  it('ranks candidates as the exhaustive scan does', () => {
    let pruned = 0;
    fc.assert(
      fc.property(arbEdgeCandidates, arbEdgeOffer(), arbEdgeConfig, k, (pool, offer, config, size) => {
        const matcher = createMatcher({ config });
        const fast = matcher.rankCandidates(offer, matcher.indexCandidates(pool), { k: size });
        const full = matcher.rankCandidates(offer, pool, { k: size, exhaustive: true });
        expect(fast.results).toEqual(full.results);
        if (fast.scored < pool.length) pruned++;
      }),
      { numRuns: 300 },
    );
    // Guards against a generator that never prunes; the share varies with the seed (about 10 % of runs).
    expect(pruned).toBeGreaterThan(10);
  });

  it('ranks offers as the exhaustive scan does', () => {
    let pruned = 0;
    fc.assert(
      fc.property(arbEdgeOffers, arbEdgeCandidate, arbEdgeConfig, k, (pool, candidate, config, size) => {
        const matcher = createMatcher({ config });
        const fast = matcher.rankOffers(candidate, matcher.indexOffers(pool), { k: size });
        const full = matcher.rankOffers(candidate, pool, { k: size, exhaustive: true });
        expect(fast.results).toEqual(full.results);
        if (fast.scored < pool.length) pruned++;
      }),
      { numRuns: 300 },
    );
    expect(pruned).toBeGreaterThan(10);
  });
});

describe('many profiles no skill meets', () => {
  // Three in four candidates hold no skill: far more of them than the 2k + 32 the ranking lets wait for their
  // turn, so it scores the best waiting ones early and drops the waiting list once the k-th score passes it.
  const arbMostlyUnmet = fc
    .uniqueArray(arbMatchCandidate(), { selector: (c) => c.id, minLength: 60, maxLength: 110 })
    .map((pool) => pool.map((candidate, i) => (i % 4 === 0 ? candidate : { ...candidate, skills: [] })));

  it('ranks candidates as the exhaustive scan does', () => {
    let pruned = 0;
    fc.assert(
      fc.property(arbMostlyUnmet, arbMatchOffer(), arbConfig(), k, (pool, offer, config, size) => {
        const matcher = createMatcher({ config });
        const fast = matcher.rankCandidates(offer, matcher.indexCandidates(pool), { k: size });
        const full = matcher.rankCandidates(offer, pool, { k: size, exhaustive: true });
        expect(fast.results).toEqual(full.results);
        if (fast.scored < pool.length / 2) pruned++;
      }),
      { numRuns: 80 },
    );
    expect(pruned).toBeGreaterThan(5);
  });
});

describe('profiles sharing only a skill group with the offer', () => {
  // Cells this small are walked whole by default: reach the lists.
  useRankTuning({ smallCell: 0 });
  // The offer asks for forklift driving; most candidates hold another skill of its group (met by no posting, but
  // owed related credit) or a skill of another trade. Once only group-sharers can still enter, the ranking walks
  // the grid cells' per-group lists instead of every slot: a profile missing from its list would go unranked.
  const related = [SKILLS.reachTruck, SKILLS.palletTruck, SKILLS.telehandler, SKILLS.handlingEquipment];
  const arbRelatedPool = fc
    .uniqueArray(
      fc.tuple(
        arbMatchCandidate(),
        fc.nat({ max: related.length + 1 }),
        fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      ),
      { selector: ([c]) => c.id, minLength: 60, maxLength: 110 },
    )
    .map((drawn) =>
      drawn.map(([candidate, pick, level], i) => {
        if (i % 6 === 0) return { ...candidate, skills: [{ id: SKILLS.forklift, level }] };
        const id = related[pick] ?? (OTHER_TRADE_SKILLS[pick % OTHER_TRADE_SKILLS.length] as string);
        return { ...candidate, skills: [{ id, level }] };
      }),
    );
  const arbForkliftOffer = arbMatchOffer().map((offer) => ({
    ...offer,
    requiredSkills: [{ id: SKILLS.forklift, minLevel: 2 as const }],
    wantedSkills: [],
  }));

  it('ranks candidates as the exhaustive scan does, after updates too', () => {
    fc.assert(
      fc.property(arbRelatedPool, arbForkliftOffer, k, fc.nat(), (pool, offer, size, seed) => {
        const matcher = createMatcher();
        const index = matcher.indexCandidates(pool);
        // Some candidates change trade in place: their slot moves between the per-group lists.
        const now = pool.map((c, i) => {
          if ((i + seed) % 7 !== 0) return c;
          const changed = {
            ...c,
            skills: [{ id: related[(i + seed) % related.length] as string, level: 3 as const }],
          };
          index.update(changed);
          return changed;
        });
        const fast = matcher.rankCandidates(offer, index, { k: size });
        const full = matcher.rankCandidates(offer, now, { k: size, exhaustive: true });
        expect(fast.results).toEqual(full.results);
      }),
      { numRuns: 120 },
    );
  });
});

describe('rankings are deterministic', () => {
  it('the same pool in any order gives the same list, best first and ties in id order', () => {
    fc.assert(
      fc.property(
        arbCandidatePool(20),
        arbMatchOffer(),
        arbConfig(),
        fc.integer({ min: 1, max: 25 }),
        fc.infiniteStream(fc.nat()),
        (pool, offer, config, size, random) => {
          const matcher = createMatcher({ config });
          const shuffled = pool
            .map((c) => ({ c, key: random.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ c }) => c);
          const first = matcher.rankCandidates(offer, pool, { k: size });
          assertRankedInOrder(first.results);
          expect(matcher.rankCandidates(offer, pool, { k: size })).toEqual(first);
          for (const again of [
            matcher.rankCandidates(offer, shuffled, { k: size }),
            createMatcher({ config }).rankCandidates(offer, shuffled, { k: size }),
          ]) {
            expect(again.results).toEqual(first.results);
            expect(sortedIssues(again.issues)).toEqual(sortedIssues(first.issues));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('ties in edge pools come in id order', () => {
    let ties = 0;
    fc.assert(
      fc.property(arbEdgeCandidates, arbEdgeOffer(), arbEdgeConfig, (pool, offer, config) => {
        const { results } = createMatcher({ config }).rankCandidates(offer, pool, { k: 20 });
        assertRankedInOrder(results);
        if (results.some((r, i) => i > 0 && r.score === results[i - 1]?.score)) ties++;
      }),
      { numRuns: 100 },
    );
    expect(ties).toBeGreaterThan(20);
  });
});
