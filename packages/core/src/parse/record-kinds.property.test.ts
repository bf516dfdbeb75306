import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCandidate, arbJobOffer, arbRecordOfKind } from '../testing/index.js';
import { toJsonValue } from './json.js';
import { parseRecord } from './parse-record.js';
import { RECORD_SCHEMAS, type RecordKind } from './record-kinds.js';

const KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

describe.each(KINDS)('%s records', (kind) => {
  const arbitrary: fc.Arbitrary<unknown> = arbRecordOfKind(kind);

  it('parse when generated, and parse to themselves', () => {
    fc.assert(
      fc.property(arbitrary, (record) => {
        const result = parseRecord(kind, record);
        if (!result.ok) throw new Error(JSON.stringify(result.issues.map((i) => [i.code, i.field, i.value])));
        expect(result.value).toStrictEqual(record);
      }),
    );
  });

  it('read back equal from their JSON value (parse ∘ serialize is the identity)', () => {
    fc.assert(
      fc.property(arbitrary, (record) => {
        const result = parseRecord(kind, toJsonValue(record));
        expect(result.ok && result.value).toStrictEqual(record);
      }),
    );
  });
});

describe('arbitraries with their options', () => {
  it('still produce valid records from empty or custom pools', () => {
    const places = [{ postalCode: '6000' }, { nisCode: '92094', coordinates: { lat: 50.47, lon: 4.87 } }];
    const candidates = arbCandidate({ skillIds: [], occupationIds: [], mireIds: ['m1'], places });
    const offers = arbJobOffer({ skillIds: ['a'], employerIds: ['e1'], languageCodes: ['fr'], places });
    fc.assert(
      fc.property(candidates, offers, (candidate, offer) => {
        expect(parseRecord('candidate', candidate).ok).toBe(true);
        expect(parseRecord('jobOffer', offer).ok).toBe(true);
        expect(candidate.skills).toEqual([]);
        expect(offer.employerId).toBe('e1');
      }),
    );
  });
});
