// Property tests of the CSV import and export. Two sources of records: local arbitraries, written while
// `src/testing/` did not exist yet, which stress CSV-hostile text (delimiters, quotes, line breaks, formula
// triggers) and generate only what CSV can carry; and the shared `src/testing/` arbitraries, whose records are
// compared after the normalization toCsv documents (text trimmed, empty text unset, no-answer protected
// attributes left out).
import fc from 'fast-check';

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseMany } from '../parse/parse-many.js';
import { parseRecord } from '../parse/parse-record.js';
import { BELGIAN_DIPLOMAS, BELGIAN_DIPLOMA_ISCED, ISCED_LEVELS } from '../vocab/education.js';
import { LANGUAGE_LEVELS } from '../vocab/languages.js';
import { LICENCE_CATEGORIES } from '../vocab/licences.js';
import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { SCHEDULES, TRANSPORT_MODES, WORK_PERMIT_STATUSES } from '../vocab/work-conditions.js';
import { OFFER_STATUSES, PROGRAMMES } from '../vocab/accompaniment-codes.js';
import { DISCLOSURES, GENDERS } from '../vocab/protected-codes.js';
import { arbCandidateRecord, arbJobOffer } from '../testing/index.js';
import { importCsv } from './import-csv.js';
import { toCsv } from './to-csv.js';
import type { CsvKind } from './csv-kinds.js';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const id = fc.stringMatching(/^[A-Za-z0-9._:-]{1,20}$/);
// Text with what breaks naive CSV: delimiters, quotes, line breaks, formula triggers, accents.
const tricky = fc.constantFrom(
  ';',
  ',',
  '\t',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
  '=',
  '+',
  '-',
  '@',
  '|',
  ':',
  'é',
  '’',
  ' ',
  'a',
  'Z',
  '7',
);
const text = (max: number) =>
  fc
    .string({
      unit: fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
      maxLength: max,
    })
    .map((value) => value.trim())
    .filter((value) => value.length > 0 && value.length <= max);
const isoDate = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const level = fc.constantFrom(1, 2, 3, 4);
const double = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const codes = <T>(list: readonly T[]) => fc.subarray([...list]);
const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const place = fc
  .record({
    postalCode: opt(fc.stringMatching(/^[1-9]\d{3}$/)),
    nisCode: opt(fc.stringMatching(/^\d{5}$/)),
    coordinates: opt(fc.record({ lat: double(-90, 90), lon: double(-180, 180) })),
    locality: opt(text(120)),
  })
  .map(dropUndefined)
  .filter((p) => p.postalCode !== undefined || p.nisCode !== undefined || p.coordinates !== undefined);

const hours = fc
  .tuple(double(0, 60), double(1, 60))
  .filter(([min, max]) => min <= max)
  .map(([min, max]) => ({ min, max }));

const education = fc.oneof(
  fc.constantFrom(...ISCED_LEVELS).map((isced) => ({ isced })),
  fc
    .constantFrom(...BELGIAN_DIPLOMAS)
    .chain((diploma) =>
      fc
        .constantFrom(...ISCED_LEVELS.filter((isced) => isced >= BELGIAN_DIPLOMA_ISCED[diploma]))
        .map((isced) => ({ isced, diploma })),
    ),
);

const commute = fc
  .record({
    mode: fc.constantFrom(...TRANSPORT_MODES),
    maxMinutes: opt(fc.integer({ min: 1, max: 240 })),
    maxKm: opt(double(0.1, 300)),
  })
  .map(dropUndefined)
  .filter((limit) => limit.maxMinutes !== undefined || limit.maxKm !== undefined);

const candidate = fc
  .record({
    id,
    home: place,
    education,
    unemployedSince: opt(isoDate),
    skills: fc.uniqueArray(fc.record({ id, level, years: opt(double(0, 60)) }).map(dropUndefined), {
      selector: (s) => s.id,
      maxLength: 5,
    }),
    wantedOccupations: fc.uniqueArray(id, { maxLength: 3 }),
    languages: fc.uniqueArray(
      fc.record({ code: fc.stringMatching(/^[a-z]{2}$/), level: fc.constantFrom(...LANGUAGE_LEVELS) }),
      {
        selector: (l) => l.code,
        maxLength: 3,
      },
    ),
    licences: codes(LICENCE_CATEGORIES),
    hasVehicle: fc.boolean(),
    commute: fc.uniqueArray(commute, { selector: (c) => c.mode, maxLength: 4 }),
    availableFrom: opt(isoDate),
    hoursPerWeek: hours,
    schedules: codes(SCHEDULES),
    contractTypes: codes(CONTRACT_TYPES),
    workPermit: fc.constantFrom(...WORK_PERMIT_STATUSES),
    mireId: id,
    counsellorId: opt(id),
    programmes: codes(PROGRAMMES),
  })
  .map(dropUndefined);

const answers = fc
  .record({
    gender: opt(fc.constantFrom(...GENDERS)),
    birthDate: opt(isoDate),
    nationality: opt(fc.stringMatching(/^[A-Z]{2}$/)),
    foreignBackground: opt(fc.constantFrom(...DISCLOSURES)),
    newcomer: opt(fc.constantFrom(...DISCLOSURES)),
    refugee: opt(fc.constantFrom(...DISCLOSURES)),
    disability: opt(fc.constantFrom(...DISCLOSURES)),
  })
  .map(dropUndefined)
  .filter((attributes) => Object.keys(attributes).length > 0);

const candidateRecord = fc
  .tuple(candidate, opt(answers))
  .map(([profile, attributes]) =>
    attributes === undefined
      ? { candidate: profile }
      : { candidate: profile, protectedAttributes: { candidateId: profile.id, ...attributes } },
  );

const offer = fc
  .record({
    id,
    employerId: id,
    title: text(200),
    occupation: opt(id),
    description: opt(text(300)),
    requiredSkills: fc.uniqueArray(fc.record({ id, minLevel: level }), {
      selector: (s) => s.id,
      maxLength: 4,
    }),
    wantedSkills: fc.uniqueArray(fc.record({ id, minLevel: level }), { selector: (s) => s.id, maxLength: 4 }),
    minEducation: opt(fc.constantFrom(...ISCED_LEVELS)),
    languages: fc.uniqueArray(
      fc.record({
        code: fc.stringMatching(/^[a-z]{2}$/),
        minLevel: fc.constantFrom(...LANGUAGE_LEVELS),
        required: fc.boolean(),
      }),
      { selector: (l) => l.code, maxLength: 3 },
    ),
    licences: codes(LICENCE_CATEGORIES),
    vehicleRequired: fc.boolean(),
    place,
    schedules: codes(SCHEDULES),
    hoursPerWeek: hours,
    contractType: fc.constantFrom(...CONTRACT_TYPES),
    durationMonths: opt(fc.integer({ min: 1, max: 120 })),
    startDate: opt(isoDate),
    positions: fc.integer({ min: 1, max: 1000 }),
    status: fc.constantFrom(...OFFER_STATUSES),
    publishedOn: isoDate,
    closesOn: opt(isoDate),
    mireId: opt(id),
  })
  .map(dropUndefined)
  .filter((o) => o.closesOn === undefined || o.closesOn >= o.publishedOn);

/** Unique ids, as a file of records has them. */
const records = (kind: CsvKind, arb: fc.Arbitrary<object>) =>
  fc.uniqueArray(arb, {
    maxLength: 6,
    selector: (r) =>
      kind === 'candidateRecord'
        ? (r as { candidate: { id: string } }).candidate.id
        : (r as { id: string }).id,
  });

const format = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const),
  bom: fc.boolean(),
  asBytes: fc.boolean(),
  decimalComma: opt(fc.boolean()),
});

describe.each([
  ['candidateRecord', candidateRecord],
  ['jobOffer', offer],
] as const)('CSV round trip of %s', (kind, arb) => {
  it('reads back what toCsv wrote, with both delimiters, as text or bytes', () => {
    fc.assert(
      fc.property(records(kind, arb), format, (inputs, { delimiter, bom, asBytes, decimalComma }) => {
        const expected = parseMany(kind, inputs);
        expect(expected.rejected).toEqual([]);
        const csv = toCsv(kind, expected.records as never[], {
          delimiter,
          bom,
          ...(decimalComma !== undefined ? { decimalComma } : {}),
        });
        const result = importCsv(kind, asBytes ? new TextEncoder().encode(csv) : csv);
        expect(result.rejected).toEqual([]);
        expect(result.fileIssues).toEqual(
          expected.records.length === 0 ? [expect.objectContaining({ code: 'empty_file' })] : [],
        );
        expect(result.delimiter).toBe(delimiter);
        expect(result.records).toEqual(expected.records);
      }),
    );
  });
});

/** A record as CSV carries it: free text trimmed (empty: unset), protected attributes without answers left out. */
function normalizedForCsv(kind: CsvKind, record: object): object {
  const copy = structuredClone(record) as Record<string, Record<string, unknown> | undefined>;
  const trim = (holder: Record<string, unknown> | undefined, key: string) => {
    const value = holder?.[key];
    if (holder === undefined || typeof value !== 'string') return;
    if (value.trim() === '') delete holder[key];
    else holder[key] = value.trim();
  };
  if (kind === 'candidateRecord') {
    trim(copy.candidate?.home as Record<string, unknown> | undefined, 'locality');
    if (Object.keys(copy.protectedAttributes ?? {}).length === 1) delete copy.protectedAttributes;
  } else {
    trim(copy.place, 'locality');
    trim(copy as Record<string, unknown>, 'description');
  }
  return copy;
}

describe.each([
  ['candidateRecord', arbCandidateRecord() as fc.Arbitrary<object>],
  ['jobOffer', arbJobOffer() as fc.Arbitrary<object>],
] as const)('CSV round trip of shared %s arbitraries', (kind, arb) => {
  it('reads back what toCsv wrote, up to the documented normalization', () => {
    fc.assert(
      fc.property(records(kind, arb), format, (inputs, { delimiter, bom }) => {
        const result = importCsv(kind, toCsv(kind, inputs as never[], { delimiter, bom }));
        expect(result.rejected).toEqual([]);
        expect(result.records).toEqual(inputs.map((record) => normalizedForCsv(kind, record)));
      }),
    );
  });
});

/** A row of cells mangled here and there: a cell replaced, a cell dropped, a cell added. */
const mangle = fc.record({
  cell: fc.nat(),
  replacement: fc.oneof(fc.constant(''), text(30), fc.string({ maxLength: 10 })),
  change: fc.constantFrom('replace', 'replace', 'replace', 'drop', 'add', 'none'),
});

function applyMangle(cells: string[], m: { cell: number; replacement: string; change: string }): string[] {
  const at = m.cell % Math.max(cells.length, 1);
  if (m.change === 'replace') return cells.map((cell, i) => (i === at ? m.replacement : cell));
  if (m.change === 'drop') return cells.filter((_, i) => i !== at);
  if (m.change === 'add') return [...cells, m.replacement || 'x'];
  return cells;
}

/** Physical lines in a text: `\n`, `\r\n` or a lone `\r` each end one. */
const lineBreaks = (value: string) => (value.match(/\r\n|\r|\n/g) ?? []).length;

describe('CSV import of mangled files', () => {
  it('keeps or rejects every data row, each rejection at the row’s first line', () => {
    fc.assert(
      fc.property(
        records('jobOffer', offer),
        fc.array(mangle, { maxLength: 8 }),
        fc.constantFrom(';' as const, ','),
        (inputs, mangles, delimiter) => {
          const written = Papa.parse<string[]>(
            toCsv('jobOffer', parseMany('jobOffer', inputs).records, { delimiter }),
            { delimiter },
          ).data;
          const [header = [], ...rows] = written.filter((row) => row.some((cell) => cell !== ''));
          const mangled = rows.map((cells, i) =>
            mangles.filter((_, j) => j % Math.max(rows.length, 1) === i).reduce(applyMangle, cells),
          );
          const lines: string[] = [
            Papa.unparse([header], { delimiter }),
            ...mangled.map((cells) => Papa.unparse([cells], { delimiter })),
          ];
          const kept = mangled
            .map((cells, i) => ({ i, cells }))
            .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
          const firstLine = (i: number) =>
            1 + lines.slice(0, i + 1).reduce((sum, line) => sum + 1 + lineBreaks(line), 0);
          const result = importCsv('jobOffer', lines.join('\r\n'), { delimiter });
          expect(result.records.length + result.rejected.length).toBe(kept.length);
          expect(result.rejected.map((row) => row.line)).toEqual(
            result.rejected.map((row) => firstLine(kept[row.index]?.i ?? -1)),
          );
          for (const row of result.rejected)
            expect(row.issues.some((issue) => issue.severity === 'error')).toBe(true);
          for (const record of result.records) expect(parseRecord('jobOffer', record).ok).toBe(true);
        },
      ),
    );
  });
});
