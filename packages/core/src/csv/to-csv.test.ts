import { describe, expect, it } from 'vitest';
import { parseMany } from '../parse/parse-many.js';
import { toCsv } from './to-csv.js';
import { importCsv } from './import-csv.js';
import { csvColumns } from './csv-kinds.js';

// Small valid inputs, written here so that this test depends on no other folder's fixtures.
const offerInput = {
  id: 'off-001',
  employerId: 'emp-001',
  title: '=cmd|calc',
  requiredSkills: [{ id: 'sk-forklift', minLevel: 2 }],
  wantedSkills: [],
  languages: [{ code: 'fr', minLevel: 'B1', required: true }],
  licences: [],
  vehicleRequired: false,
  place: { coordinates: { lat: 50.45, lon: 4.43 } },
  schedules: ['shifts'],
  hoursPerWeek: { min: 38, max: 38 },
  contractType: 'temporary_agency',
  positions: 2,
  status: 'open',
  publishedOn: '2026-11-02',
};
const candidateInput = {
  id: 'cand-001',
  home: { postalCode: '6000' },
  education: { isced: 2, diploma: 'ce1d' },
  skills: [{ id: 'sk-forklift', level: 3, years: 2 }],
  wantedOccupations: ['oc-warehouse'],
  languages: [{ code: 'fr', level: 'native' }],
  licences: ['B'],
  hasVehicle: false,
  commute: [{ mode: 'public_transport', maxMinutes: 60 }],
  hoursPerWeek: { min: 19, max: 38 },
  schedules: ['day', 'shifts'],
  contractTypes: [],
  workPermit: 'not_required',
  mireId: 'mirec',
  programmes: ['mire'],
};

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
