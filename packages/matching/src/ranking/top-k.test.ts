import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.js';

const IDS = ['e', 'a', 'd', 'b', 'c', 'f'];

function fill(k: number, scores: number[], order = scores.map((_, i) => i)): TopK {
  const top = new TopK(k, (slot) => IDS[slot] as string);
  for (const slot of order) top.push(scores[slot] as number, slot);
  return top;
}

const idsOf = (top: TopK) => top.sorted().map(({ slot }) => IDS[slot]);

describe('TopK', () => {
  it('keeps the k best, best first', () => {
    const top = fill(3, [0.1, 0.9, 0.5, 0.7, 0.3, 0.2]);
    expect(top.size).toBe(3);
    expect(top.sorted().map((p) => p.score)).toEqual([0.9, 0.7, 0.5]);
    expect(idsOf(top)).toEqual(['a', 'b', 'd']);
  });

  it('orders equal scores by id, the smaller first, whatever the order they come in', () => {
    const scores = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    expect(idsOf(fill(6, scores))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(idsOf(fill(3, scores))).toEqual(['a', 'b', 'c']);
    expect(idsOf(fill(3, scores, [5, 4, 3, 2, 1, 0]))).toEqual(['a', 'b', 'c']);
    expect(idsOf(fill(2, [0.5, 0.9, 0.5, 0.5, 0.5, 0.5], [0, 2, 3, 1]))).toEqual(['a', 'b']);
  });

  it('has a threshold of −Infinity until full, then the worst score kept', () => {
    const top = fill(2, [0.4]);
    expect(top.threshold).toBe(Number.NEGATIVE_INFINITY);
    top.push(0.8, 1);
    expect(top.threshold).toBe(0.4);
    top.push(0.6, 2);
    expect(top.threshold).toBe(0.6);
    top.push(0.1, 3);
    expect(top.threshold).toBe(0.6);
  });

  it('keeps fewer than k when fewer come, and nothing when none does', () => {
    expect(fill(10, [0.2, 0.3]).sorted()).toHaveLength(2);
    expect(fill(5, []).sorted()).toEqual([]);
  });
});
