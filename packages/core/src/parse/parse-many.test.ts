import { describe, expect, it } from 'vitest';
import { parseMany } from './parse-many.js';
import { parseJsonRecords, toJsonValue } from './json.js';
import { validOfferInput } from '../../test/fixtures/records.js';

describe('parseMany', () => {
  it('keeps good records in order and returns bad ones with index, line and issues', () => {
    const inputs = [
      validOfferInput(),
      { ...validOfferInput(), id: 'off-002', positions: -1 },
      { ...validOfferInput(), id: 'off-003' },
    ];
    const result = parseMany('jobOffer', inputs, { source: 'offres.csv', lines: [2, 3, 5] });
    expect(result.records.map((offer) => offer.id)).toEqual(['off-001', 'off-003']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ index: 1, line: 3 });
    expect(result.rejected[0]?.issues[0]).toMatchObject({
      code: 'out_of_range',
      source: 'offres.csv',
      line: 3,
    });
  });

  it('rejects a repeated id and says where it was first seen', () => {
    const result = parseMany('jobOffer', [validOfferInput(), validOfferInput()], { lines: [2, 9] });
    expect(result.records).toHaveLength(1);
    expect(result.rejected[0]?.issues[0]).toMatchObject({
      code: 'duplicate_id',
      line: 9,
      params: { firstLine: 2 },
    });
    expect(result.rejected[0]?.issues[0]?.message.en).toContain('line 2');
  });

  it('can keep duplicates when asked', () => {
    const result = parseMany('jobOffer', [validOfferInput(), validOfferInput()], {
      rejectDuplicateIds: false,
    });
    expect(result.records).toHaveLength(2);
  });

  it('throws on a programmer error: lines of the wrong length', () => {
    expect(() => parseMany('jobOffer', [validOfferInput()], { lines: [] })).toThrow(RangeError);
  });
});

describe('parseJsonRecords', () => {
  it('reads an array or a { records } object, and reads back what toJsonValue wrote', () => {
    const first = parseMany('jobOffer', [validOfferInput()]).records;
    const text = JSON.stringify({ records: first.map(toJsonValue) });
    const result = parseJsonRecords('jobOffer', text);
    expect(result.records).toEqual(first);
    expect(result.fileIssues).toEqual([]);
  });

  it('reports unreadable JSON as one file issue, never a throw', () => {
    const result = parseJsonRecords('jobOffer', '{"records": [', { source: 'offres.json' });
    expect(result.records).toEqual([]);
    expect(result.fileIssues[0]).toMatchObject({ code: 'invalid_json', source: 'offres.json' });
    expect(parseJsonRecords('jobOffer', '{"x": 1}').fileIssues[0]?.code).toBe('invalid_json');
  });
});
