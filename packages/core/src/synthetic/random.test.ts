import { describe, expect, it } from 'vitest';
import { SeededRandom, hashSeed } from './random.js';
import { WeightedPicker } from './weighted.js';

const draws = (random: SeededRandom, n: number) => Array.from({ length: n }, () => random.uint32());

describe('SeededRandom', () => {
  it('repeats its stream for a seed and differs between seeds, numbers and strings alike', () => {
    expect(draws(new SeededRandom(42), 5)).toEqual(draws(new SeededRandom(42), 5));
    expect(draws(new SeededRandom(42), 5)).not.toEqual(draws(new SeededRandom(43), 5));
    expect(draws(new SeededRandom('a'), 5)).not.toEqual(draws(new SeededRandom('b'), 5));
    expect(hashSeed(0.5)).not.toBe(hashSeed(0));
    expect(draws(SeededRandom.derive(1, 'x'), 3)).not.toEqual(draws(SeededRandom.derive(1, 'y'), 3));
  });

  it('draws floats in [0, 1) with a flat histogram and integers in their bounds', () => {
    const random = new SeededRandom(7);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random.next();
      if (!(x >= 0 && x < 1)) outside++;
      else bins[Math.floor(x * 10)]! += 1;
    }
    expect(outside).toBe(0);
    // Each bin expects 10,000 ± 95 (one standard deviation): ±600 is over six.
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(600);
    const ints = Array.from({ length: 1000 }, () => random.between(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    expect(() => random.pick([])).toThrow(RangeError);
  });
});

describe('WeightedPicker', () => {
  it('draws in proportion to the weights, and never a zero-weight item', () => {
    const picker = new WeightedPicker([
      ['a', 1],
      ['never', 0],
      ['b', 3],
    ] as const);
    const random = new SeededRandom(1);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[picker.pick(random)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.8);
    expect(counts.b / counts.a).toBeLessThan(3.2);
    expect(() => new WeightedPicker([['x', 0]])).toThrow(RangeError);
    expect(() => new WeightedPicker([['x', -1]])).toThrow(RangeError);
  });
});
