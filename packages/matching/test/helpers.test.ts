import fc from 'fast-check';
import { createIssue } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import type { RankedMatch } from '../src/ranking/results.js';
import { arbMatchCandidate, arbMatchOffer, OCCUPATION_POOL, SKILL_POOL } from './arbitraries.js';
import { assertRankedInOrder, sortedIssues } from './rankings.js';
import { occupationId, skillId } from './starter.js';

// Every shared helper must be able to fail: each is checked once against a deliberately broken input.

const ranked = (...pairs: Array<[string, number]>): RankedMatch[] =>
  pairs.map(([id, score], i) => ({ id, score, rank: i + 1 }));

describe('assertRankedInOrder', () => {
  it('accepts a list best first with ties in id order', () => {
    expect(() => assertRankedInOrder(ranked(['b', 0.9], ['a', 0.5], ['c', 0.5], ['a2', 0]))).not.toThrow();
    expect(() => assertRankedInOrder([])).not.toThrow();
  });

  it('rejects a worse score first, a tie out of id order, a score out of [0, 1] and a wrong rank', () => {
    expect(() => assertRankedInOrder(ranked(['a', 0.4], ['b', 0.5]))).toThrow(/before/);
    expect(() => assertRankedInOrder(ranked(['b', 0.5], ['a', 0.5]))).toThrow(/before/);
    expect(() => assertRankedInOrder(ranked(['a', -1]))).toThrow(/scores -1/);
    expect(() => assertRankedInOrder(ranked(['a', 1.5]))).toThrow(/scores 1.5/);
    expect(() => assertRankedInOrder(ranked(['a', Number.NaN]))).toThrow(/scores NaN/);
    expect(() => assertRankedInOrder([{ id: 'a', score: 0.5, rank: 2 }])).toThrow(/rank 2/);
  });
});

describe('sortedIssues', () => {
  it('orders issues by field, whatever order they come in', () => {
    const a = createIssue('unknown_reference', { field: 'a.home' });
    const b = createIssue('unknown_reference', { field: 'b.home' });
    expect(sortedIssues([b, a])).toEqual([a, b]);
    expect(sortedIssues([b, a])).not.toEqual([b, a]);
  });
});

describe('starter ids', () => {
  it('throw on a label the starter taxonomy lacks', () => {
    expect(() => skillId('juggle')).toThrow(RangeError);
    expect(() => occupationId('astronaut')).toThrow(RangeError);
  });
});

describe('arbitraries', () => {
  it('draw skills and occupations from the pools, and give some candidates no commute limit', () => {
    const candidates = fc.sample(arbMatchCandidate(), { numRuns: 200, seed: 1 });
    const offers = fc.sample(arbMatchOffer(), { numRuns: 200, seed: 1 });
    const skills = [...candidates.flatMap((c) => c.skills), ...offers.flatMap((o) => o.requiredSkills)];
    expect(skills.every((s) => SKILL_POOL.includes(s.id))).toBe(true);
    expect(offers.every((o) => o.occupation === undefined || OCCUPATION_POOL.includes(o.occupation))).toBe(
      true,
    );
    expect(candidates.filter((c) => c.commute.length === 0).length).toBeGreaterThan(20);
  });
});
