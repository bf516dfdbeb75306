import fc from 'fast-check';
import type { Candidate, JobOffer } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import {
  arbCandidatePool,
  arbConfig,
  arbMatchCandidate,
  arbMatchOffer,
  arbOfferPool,
} from '../../test/arbitraries.js';
import {
  arbEdgeCandidate,
  arbEdgeCandidateWith,
  arbEdgeConfig,
  arbEdgeOffer,
  arbEdgeOfferWith,
} from '../../test/near-bound.js';
import { assertRankedInOrder, sortedIssues } from '../../test/rankings.js';
import { createMatcher } from '../matcher.js';

// Some profiles of other trades, and configurations where skills weigh most, so that the indexes do prune;
// weights and modes still vary, zeros included.
const MIXED = { otherTrades: true } as const;
const BIASED = { skillsFirst: true } as const;
const arbOptions = fc.record({
  k: fc.integer({ min: 1, max: 5 }),
  minScore: fc.constantFrom(0, 0, 0.2, 0.5),
});

describe('indexed rankings equal the exhaustive scan', () => {
  it('candidates for an offer, and the index really prunes', () => {
    let pruned = 0;
    fc.assert(
      fc.property(
        arbCandidatePool(40, MIXED),
        arbMatchOffer(MIXED),
        arbConfig(BIASED),
        arbOptions,
        (pool, offer, config, options) => {
          const matcher = createMatcher({ config });
          const index = matcher.indexCandidates(pool);
          const fast = matcher.rankCandidates(offer, index, options);
          const full = matcher.rankCandidates(offer, pool, { ...options, exhaustive: true });
          assertRankedInOrder(fast.results);
          expect(fast.results).toEqual(full.results);
          // A list's ranking also reports the pool's issues; an index keeps them (index.issues()).
          expect(sortedIssues([...fast.issues, ...index.issues()])).toEqual(sortedIssues(full.issues));
          expect(full.scored).toBe(pool.length);
          if (fast.scored < pool.length) pruned++;
        },
      ),
      { numRuns: 200 },
    );
    expect(pruned).toBeGreaterThan(0);
  });

  it('offers for a candidate, and the index really prunes', () => {
    let pruned = 0;
    fc.assert(
      fc.property(
        arbOfferPool(40, MIXED),
        arbMatchCandidate(MIXED),
        arbConfig(BIASED),
        arbOptions,
        (pool, candidate, config, options) => {
          const matcher = createMatcher({ config });
          const fast = matcher.rankOffers(candidate, matcher.indexOffers(pool), options);
          const full = matcher.rankOffers(candidate, pool, { ...options, exhaustive: true });
          assertRankedInOrder(fast.results);
          expect(fast.results).toEqual(full.results);
          if (fast.scored < pool.length) pruned++;
        },
      ),
      { numRuns: 200 },
    );
    expect(pruned).toBeGreaterThan(0);
  });
});

/** Changes to an index: put (add or update) a record, or remove an id. */
type Op<R> = { put: R } | { remove: string };

function arbOps<R>(record: fc.Arbitrary<R>, ids: readonly string[]): fc.Arbitrary<Op<R>[]> {
  const op = fc.oneof(
    { weight: 3, arbitrary: record.map((put) => ({ put })) },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((remove) => ({ remove })) },
  );
  return fc.array(op, { maxLength: 25 });
}

/** Applies the operations to an index and to a plain map, checking the index after each against a fresh scan. */
function replay<R extends { id: string }>(
  ops: readonly Op<R>[],
  index: {
    add(r: R): void;
    update(r: R): void;
    remove(id: string): boolean;
    has(id: string): boolean;
    size: number;
  },
  check: (current: R[]) => void,
): void {
  const model = new Map<string, R>();
  for (const op of ops) {
    if ('put' in op) {
      if (model.has(op.put.id)) {
        expect(() => index.add(op.put)).toThrow(RangeError);
        index.update(op.put);
      } else index.add(op.put);
      model.set(op.put.id, op.put);
    } else {
      expect(index.remove(op.remove)).toBe(model.delete(op.remove));
    }
    expect(index.size).toBe(model.size);
    check([...model.values()]);
  }
}

const IDS = ['id-0', 'id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6', 'id-7'];

describe('indexes kept current by add, update and remove', () => {
  it('rank candidates as a fresh exhaustive scan of the current candidates does', () => {
    let pruned = 0;
    fc.assert(
      fc.property(
        arbOps(fc.oneof(arbMatchCandidate({ ids: IDS, ...MIXED }), arbEdgeCandidateWith(IDS)), IDS),
        fc.oneof(arbMatchOffer(MIXED), arbEdgeOffer()),
        fc.oneof(arbConfig(BIASED), arbEdgeConfig),
        arbOptions,
        (ops, offer, config, options) => {
          const matcher = createMatcher({ config });
          const index = matcher.indexCandidates();
          replay<Candidate>(ops, index, (current) => {
            const fast = matcher.rankCandidates(offer, index, options);
            const full = matcher.rankCandidates(offer, current, { ...options, exhaustive: true });
            expect(fast.results).toEqual(full.results);
            expect(fast.poolSize).toBe(full.poolSize);
            expect(sortedIssues([...fast.issues, ...index.issues()])).toEqual(sortedIssues(full.issues));
            if (fast.scored < full.scored) pruned++;
          });
        },
      ),
      { numRuns: 100 },
    );
    expect(pruned).toBeGreaterThan(0);
  });

  it('rank offers as a fresh exhaustive scan of the current offers does', () => {
    let pruned = 0;
    fc.assert(
      fc.property(
        arbOps(fc.oneof(arbMatchOffer({ ids: IDS, ...MIXED }), arbEdgeOfferWith(IDS)), IDS),
        fc.oneof(arbMatchCandidate(MIXED), arbEdgeCandidate),
        fc.oneof(arbConfig(BIASED), arbEdgeConfig),
        arbOptions,
        (ops, candidate, config, options) => {
          const matcher = createMatcher({ config });
          const index = matcher.indexOffers();
          replay<JobOffer>(ops, index, (current) => {
            const fast = matcher.rankOffers(candidate, index, options);
            const full = matcher.rankOffers(candidate, current, { ...options, exhaustive: true });
            expect(fast.results).toEqual(full.results);
            if (fast.scored < full.scored) pruned++;
          });
        },
      ),
      { numRuns: 100 },
    );
    expect(pruned).toBeGreaterThan(0);
  });
});
