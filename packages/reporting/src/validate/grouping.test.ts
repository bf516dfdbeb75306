import type { Issue } from '@passerelle/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropDuplicateIds, idKey, keptOrder } from './grouping.js';

// Ids with the same length and last characters (the same key), and ids that differ only there.
const arbId = fc.constantFrom<string>('a', 'b', 'x-123456', 'y-123456', 'zz-123456', 'x-123457', '');

/** One person's record ids (few: compared in pairs; more than 16: through a map), and an order of them. */
const arbPersonRecords = fc
  .oneof(fc.array(arbId, { maxLength: 16 }), fc.array(arbId, { minLength: 17, maxLength: 40 }))
  .chain((ids) =>
    fc.tuple(fc.constant(ids), fc.shuffledSubarray([...ids.keys()], { minLength: ids.length })),
  );

describe('dropDuplicateIds', () => {
  it('drops every record whose id an earlier record of the person has, whether compared in pairs or by a map', () => {
    fc.assert(
      fc.property(arbPersonRecords, ([ids, shuffled]) => {
        const records = ids.map((id) => ({ id }));
        const keys = Int32Array.from(ids, idKey);
        // The person's records at positions 2… of `order` (two records of someone else before them).
        const order = Int32Array.from([-1, -1, ...shuffled]);
        const drop = new Uint8Array(order.length);
        const issues: Issue[] = [];
        const count = dropDuplicateIds('contract', records, keys, order, 2, order.length, drop, issues);
        const expected = shuffled.map((index) => ids.slice(0, index).includes(ids[index] as string));
        expect([...drop].map(Boolean)).toEqual([false, false, ...expected]);
        expect(count).toBe(expected.filter(Boolean).length);
        expect(issues.map((issue) => issue.index)).toEqual(shuffled.filter((_, k) => expected[k]));
        for (const issue of issues) expect([issue.code, issue.source]).toEqual(['duplicate_id', 'contracts']);
      }),
      { numRuns: 500 },
    );
  });
});

describe('keptOrder', () => {
  it('copies an order, or gives 0, 1, 2… from one shared column that growing never changes', () => {
    const small = keptOrder(Int32Array.of(0, 1, 2));
    expect([...small]).toEqual([0, 1, 2]);
    const large = keptOrder(Int32Array.from({ length: 5000 }, (_, k) => k));
    expect(large.every((value, k) => value === k)).toBe(true);
    expect([...small]).toEqual([0, 1, 2]);
    const working = Int32Array.of(0, 2, 1);
    const copy = keptOrder(working);
    working.fill(7);
    expect([...copy]).toEqual([0, 2, 1]);
    expect(keptOrder(new Int32Array(0))).toHaveLength(0);
  });
});
