import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset, type SyntheticDataset } from '../synthetic/dataset.js';
import { parseMany } from './parse-many.js';
import type { RecordKind } from './record-kinds.js';

/** Each list of a dataset and the kind of record it holds. */
const LISTS: readonly (readonly [keyof SyntheticDataset, RecordKind])[] = [
  ['candidates', 'candidateRecord'],
  ['employers', 'employer'],
  ['offers', 'jobOffer'],
  ['accompaniments', 'accompaniment'],
  ['contracts', 'contract'],
  ['followUps', 'followUp'],
  ['territories', 'territory'],
];

function expectAllParse(data: SyntheticDataset): void {
  for (const [list, kind] of LISTS) {
    const records = data[list] as readonly unknown[];
    const result = parseMany(kind, records);
    const firstIssues = result.rejected[0]?.issues.map((issue) => `${issue.code} at ${issue.field}`);
    expect(firstIssues, `${list}: first rejected record`).toBeUndefined();
    // Parsing returns the same records (JSON-equal: records share frozen values, parsing copies them).
    expect(result.records).toEqual(records);
  }
}

describe('synthetic datasets', () => {
  it('parse entirely, for any seed and size', () => {
    const options = fc.record({
      seed: fc.oneof(fc.integer(), fc.string()),
      candidates: fc.integer({ min: 0, max: 80 }),
      employers: fc.integer({ min: 0, max: 12 }),
      offers: fc.integer({ min: 0, max: 30 }),
      referenceDate: fc.constantFrom('2026-01-01', '2019-06-30', '2030-12-31'),
      years: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(options, (o) => expectAllParse(generateDataset(o))),
      { numRuns: 25 },
    );
  });

  it('parse entirely at a larger size', () => {
    expectAllParse(generateDataset({ seed: 2026, candidates: 3000 }));
  });

  it('are deterministic: the same seed gives the same dataset, another seed another one', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 60 }), (seed, candidates) => {
        const first = generateDataset({ seed, candidates });
        expect(generateDataset({ seed, candidates })).toStrictEqual(first);
        const other = generateDataset({ seed: seed + 1, candidates });
        expect(other.candidates).not.toEqual(first.candidates);
        expect(other.offers).not.toEqual(first.offers);
      }),
      { numRuns: 20 },
    );
  });
});
