import { describe, expect, it } from 'vitest';
import { generateDataset } from '@passerelle/core';
import { createMatcher } from '../matcher.js';
import { ProfilePool } from './profile-pool.js';

describe('per-query scratch stamps', () => {
  it('give every query a base above all earlier stamps, and start again from 0 before they overflow', () => {
    const pool = new ProfilePool((p: { id: string; issues: readonly never[] }) => ({
      skills: [p.id.length],
    }));
    for (const id of ['a', 'bb', 'ccc']) pool.set({ id, issues: [] });
    const first = pool.scratch();
    const room = first.stamp.length;
    expect(first.base).toBe(0);
    expect([...first.stamp].every((stamp) => stamp < first.base)).toBe(true);
    first.stamp[1] = first.base + 2;
    const second = pool.scratch();
    expect(second.base).toBe(room);
    expect([...second.stamp].every((stamp) => stamp < second.base)).toBe(true);
    // Next to the largest 32-bit integer, the stamps are cleared rather than wrapped.
    (second as { base: number }).base = 0x7fffffff - 2 * room + 1;
    second.stamp[0] = second.base + room - 1;
    const third = pool.scratch();
    expect(third.base).toBe(0);
    expect([...third.stamp].every((stamp) => stamp === -1)).toBe(true);
  });

  it('leave rankings as the exhaustive scan gives them across the reset', () => {
    const data = generateDataset({ seed: 11, candidates: 400, offers: 30 });
    const matcher = createMatcher();
    const index = matcher.indexCandidates(data.candidates.map((record) => record.candidate));
    const scratch = index.pool.scratch() as { base: number; stamp: Int32Array };
    // Three queries before the reset, the rest after it.
    scratch.base = 0x7fffffff - 4 * scratch.stamp.length;
    for (const offer of data.offers) {
      const ranked = matcher.rankCandidates(offer, index, { k: 5, explain: false });
      const scanned = matcher.rankCandidates(offer, index, { k: 5, explain: false, exhaustive: true });
      expect(ranked.results).toEqual(scanned.results);
    }
    expect(scratch.base).toBeLessThan(0x7fffffff - 4 * scratch.stamp.length);
  });
});
