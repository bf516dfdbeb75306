import { describe, expect, it } from 'vitest';
import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { SeededRandom } from './random.js';
import { nextChainStart, planDurableChain, planShortChain, type Spell } from './spells.js';

const covered = (chain: readonly Spell[]) =>
  chain.reduce((sum, s) => sum + (s.end === null ? Infinity : s.end - s.start + 1), 0);
const gaps = (chain: readonly Spell[]) =>
  chain.slice(1).map((s, i) => s.start - ((chain[i]?.end ?? Infinity) + 1));

describe('planned spells', () => {
  it('make durable chains cover 190 days or more with gaps of 31 days at most, and short ones span 170 at most', () => {
    const random = new SeededRandom('spells');
    for (let i = 0; i < 2000; i++) {
      const type = random.pick(CONTRACT_TYPES.filter((t) => t !== 'internship' && t !== 'immersion'));
      const durable = planDurableChain(random, type, 1000);
      expect(covered(durable)).toBeGreaterThanOrEqual(190);
      expect(Math.max(0, ...gaps(durable))).toBeLessThanOrEqual(31);
      expect(durable.every((s) => s.end === null || s.end >= s.start)).toBe(true);
      const short = planShortChain(random, type, 1000);
      const last = short[short.length - 1];
      expect(last?.end).not.toBeNull();
      expect((last?.end as number) - 1000 + 1).toBeLessThanOrEqual(170);
      expect(Math.min(...gaps(short), 0)).toBeGreaterThanOrEqual(0);
      expect((nextChainStart(random, short) as number) - (last?.end as number)).toBeGreaterThan(32);
    }
  });
});
