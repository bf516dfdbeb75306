import fc from 'fast-check';
import type { Candidate } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { arbCandidatePool } from '../../test/arbitraries.js';
import { context } from '../../test/pairs.js';
import { CandidateBatchReader, CandidateBatchWriter } from './candidate-batch.js';
import { projectCandidate, type CandidateFeatures } from './candidate-features.js';

// Places the arbitrary seldom draws: coordinates out of range (the gazetteer then reads the codes), and a
// locality alone.
const oddHomes: Candidate['home'][] = [
  { postalCode: '6000', coordinates: { lat: 95, lon: 4.4 } },
  { postalCode: '5000', coordinates: { lat: 50.4, lon: 200 } },
  { locality: 'Namur' },
  { postalCode: '9999', locality: 'Nulle part' },
];

describe('candidate batches (an import worker hands profiles over without their records)', () => {
  it('give the features the direct projection gives, skill numbers and issues included, in any batch sizes', () => {
    fc.assert(
      fc.property(
        arbCandidatePool(40),
        fc.integer({ min: 1, max: 12 }),
        fc.nat({ max: 39 }),
        (pool, capacity, odd) => {
          const candidates = pool.map((c, i) => (i % 3 === odd % 3 ? { ...c, home: oddHomes[i % 4]! } : c));
          // Two fresh contexts: skill ids the taxonomy lacks are numbered in the order met, on both paths.
          const direct = context();
          const expected = candidates.map((c) => projectCandidate(c, direct));
          const readerContext = context();
          const reader = new CandidateBatchReader(readerContext);
          const writer = new CandidateBatchWriter(capacity);
          const got: CandidateFeatures[] = [];
          const lines: number[] = [];
          const flush = () => {
            // As a worker's message would arrive: cloned, its buffers moved.
            const { batch, transfer } = writer.take();
            const received = structuredClone(batch, { transfer });
            lines.push(...received.lines);
            got.push(...reader.read(received));
          };
          candidates.forEach((c, i) => {
            writer.add(c, 2 * i + 1, i);
            if (writer.full) flush();
          });
          flush();
          expect(got).toEqual(expected);
          expect(lines).toEqual(candidates.map((_, i) => 2 * i + 1));
          expect(readerContext.skillNumberBound).toBe(direct.skillNumberBound);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuse a capacity that is not a positive integer, and a candidate past it', () => {
    expect(() => new CandidateBatchWriter(0)).toThrow(RangeError);
    const writer = new CandidateBatchWriter(1);
    const [candidate] = fc.sample(
      arbCandidatePool(1).filter((p) => p.length === 1),
      1,
    )[0]!;
    writer.add(candidate!, 1, 0);
    expect(() => writer.add(candidate!, 2, 1)).toThrow(RangeError);
    expect(writer.take().batch.count).toBe(1);
    expect(writer.count).toBe(0);
  });
});
