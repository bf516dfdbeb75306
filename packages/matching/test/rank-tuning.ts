import { afterAll, beforeAll } from 'vitest';
import { rankTuning } from '../src/ranking/rank-pool.js';

/**
 * Sets ranking tuning values for the enclosing `describe` block and puts the previous ones back after it: the
 * benchmark's values leave small test pools short of the paths they tune (waiting cells, per-cell lists).
 */
export function useRankTuning(values: Partial<typeof rankTuning>): void {
  const saved = { ...rankTuning };
  beforeAll(() => {
    Object.assign(rankTuning, values);
  });
  afterAll(() => {
    Object.assign(rankTuning, saved);
  });
}
