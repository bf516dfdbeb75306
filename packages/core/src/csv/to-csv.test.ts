import { describe, expect, it } from 'vitest';
import { parseMany } from '../parse/parse-many.js';
import { toCsv } from './to-csv.js';
import { importCsv } from './import-csv.js';
import { csvColumns } from './csv-kinds.js';
import { validCandidateInput, validOfferInput } from '../../test/fixtures/records.js';

// A formula-like title and a place by coordinates exercise the escaping and the number cells.
const offerInput = {
  ...validOfferInput(),
  title: '=cmd|calc',
  place: { coordinates: { lat: 50.45, lon: 4.43 } },
};
const candidateInput = { ...validCandidateInput(), unemployedSince: undefined, availableFrom: undefined };

const offer = () => parseMany('jobOffer', [offerInput]).records;

describe('toCsv', () => {
  it('writes the canonical headers in column order, then one row per record', () => {
    const text = toCsv('jobOffer', offer());
    const [header, row, end] = text.split('\r\n');
    expect(header).toBe(
      csvColumns('jobOffer')
        .map((column) => column.header)
        .join(';'),
    );
    expect(row?.startsWith('off-001;emp-001;')).toBe(true);
    expect(end).toBe('');
  });

  it('writes a decimal comma with ; and a point with , unless told otherwise', () => {
    expect(toCsv('jobOffer', offer())).toContain(';50,45;4,43;');
    expect(toCsv('jobOffer', offer(), { delimiter: ',' })).toContain(',50.45,4.43,');
    expect(toCsv('jobOffer', offer(), { decimalComma: false })).toContain(';50.45;4.43;');
  });

  it('prefixes formula-like cells with an apostrophe, which the import removes', () => {
    const text = toCsv('jobOffer', offer());
    expect(text).toContain(";'=cmd|calc;");
    expect(importCsv('jobOffer', text).records[0]?.title).toBe('=cmd|calc');
  });

  it('starts with a BOM when asked, for Excel', () => {
    expect(toCsv('jobOffer', [], { bom: true }).startsWith('\uFEFFid;')).toBe(true);
    expect(toCsv('jobOffer', []).startsWith('id;')).toBe(true);
  });

  it('writes a candidate and their protected attributes in one row', () => {
    const records = parseMany('candidateRecord', [
      { candidate: candidateInput, protectedAttributes: { candidateId: 'cand-001', gender: 'man' } },
    ]).records;
    const text = toCsv('candidateRecord', records, { delimiter: ',' });
    expect(text).toContain('sk-forklift:3:2');
    expect(text).toContain(',man,');
    expect(importCsv('candidateRecord', text).records).toEqual(records);
  });

  it('throws on programmer errors', () => {
    expect(() => toCsv('jobOffer', {} as never)).toThrow(TypeError);
    expect(() => toCsv('jobOffer', [], { delimiter: '\t' as never })).toThrow(RangeError);
    expect(() => toCsv('nope' as never, [])).toThrow(TypeError);
  });
});
