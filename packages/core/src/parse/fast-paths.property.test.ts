import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../synthetic/dataset.js';
import { arbRecordOfKind } from '../testing/index.js';
import type { RecordKind } from './record-kinds.js';

/*
 * parseMany and parseRecord with the fast paths must give what they gave with zod alone: the same
 * records and the same rejected records with the same issues (code, path, line, messages). The zod-only
 * copy of the modules is loaded with the fast paths switched off.
 */

async function loadParsers(withFastPaths: boolean) {
  vi.resetModules();
  if (withFastPaths) vi.doUnmock('./fast-paths.js');
  else vi.doMock('./fast-paths.js', () => ({ fastPathOf: () => undefined }));
  const many = await import('./parse-many.js');
  const record = await import('./parse-record.js');
  const fast = await import('./fast-paths.js');
  return { parseMany: many.parseMany, parseRecord: record.parseRecord, fastPathOf: fast.fastPathOf };
}

const zodAlone = await loadParsers(false);
const withFast = await loadParsers(true);
vi.doUnmock('./fast-paths.js');

/** Small changes that make a record bad, or odd but good. */
const spoil: readonly ((record: Record<string, unknown>) => unknown)[] = [
  (r) => ({ ...r, id: ' x' }),
  (r) => ({ ...r, availableFrom: '2025-02-30' }),
  (r) => ({ ...r, hoursPerWeek: { min: 40, max: 20 } }),
  (r) => ({ ...r, skills: 'forklift' }),
  (r) => ({ ...r, extra: 'dropped' }),
  (r) => ({ ...r, mireId: undefined }),
  (r) => ({ ...r, home: {} }),
  (r) => ({ ...r, education: { isced: 1, diploma: 'master' } }),
  (r) => ({ ...r, counsellorId: undefined }),
  (r) => ({ ...r, candidateId: 'someone-else', birthDate: '2001-02-29' }),
  (r) => ({ ...r, title: '  Soudeur  ', closesOn: '2015-01-01' }),
  (r) => ({ ...r, title: '   ', positions: 0 }),
  (r) => ({ ...r, protectedAttributes: { candidateId: 'someone-else' } }),
  (r) => ({ ...r, candidate: { ...(r.candidate as object), languages: [{ code: 'fr', level: 'C3' }] } }),
  () => null,
  () => 'not a record',
  (r) => r,
];

const KINDS: readonly RecordKind[] = ['candidate', 'candidateRecord', 'protectedAttributes', 'jobOffer'];

describe.each(KINDS)('parseMany(%s) with the fast path', (kind) => {
  it('has a fast path (else this test compares zod with itself)', () => {
    expect(withFast.fastPathOf(kind)).toBeTypeOf('function');
    expect(zodAlone.fastPathOf(kind)).toBeUndefined();
  });

  it('returns the same records and rejections, issues included, as with zod alone', () => {
    const record = arbRecordOfKind(kind).map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>);
    const input = fc.array(
      fc.tuple(record, fc.nat({ max: spoil.length * 2 })).map(([r, how]) => (spoil[how] ?? ((x) => x))(r)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(input, fc.boolean(), (inputs, withLines) => {
        const options = {
          source: 'candidats.json',
          ...(withLines ? { lines: inputs.map((_, i) => i + 2) } : {}),
        };
        const fast = withFast.parseMany(kind, inputs, options);
        expect(fast).toStrictEqual(zodAlone.parseMany(kind, inputs, options));
        expect(JSON.stringify(fast.records)).toBe(JSON.stringify(zodAlone.parseMany(kind, inputs).records));
        inputs.forEach((one, index) => {
          expect(withFast.parseRecord(kind, one, { index })).toStrictEqual(
            zodAlone.parseRecord(kind, one, { index }),
          );
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result on a generated dataset with repeated ids', () => {
    const generated = generateDataset({ seed: 11, candidates: 300 });
    const dataset = generated.candidates;
    const records: unknown[] =
      kind === 'jobOffer'
        ? generated.offers
        : kind === 'candidate'
          ? dataset.map((r) => r.candidate)
          : kind === 'candidateRecord'
            ? dataset
            : dataset.flatMap((r) => (r.protectedAttributes ? [r.protectedAttributes] : []));
    const inputs = JSON.parse(JSON.stringify([...records, ...records.slice(0, 20)])) as unknown[];
    const fast = withFast.parseMany(kind, inputs);
    expect(fast.rejected).toHaveLength(20);
    expect(fast).toStrictEqual(zodAlone.parseMany(kind, inputs));
  });
});
