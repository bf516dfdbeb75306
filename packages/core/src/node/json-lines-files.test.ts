import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { RejectedRecord } from '../parse/parse-many.js';
import { fixtureCandidate, fixtureJobOffer } from '../testing/index.js';
import { readJsonLinesEntries, readJsonLinesFile, type JsonLinesSummary } from './json-lines-files.js';

const folder = mkdtempSync(join(tmpdir(), 'passerelle-jsonl-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
function file(content: string | Buffer): string {
  const path = join(folder, `records-${files++}.jsonl`);
  writeFileSync(path, content);
  return path;
}

/** Every record and rejection of a read, and its summary. */
function readAll(path: string, options: { chunkBytes?: number; rejectDuplicateIds?: boolean } = {}) {
  const rejected: RejectedRecord[] = [];
  const iterator = readJsonLinesFile('candidate', path, { ...options, onRejected: (r) => rejected.push(r) });
  const records = [];
  let step = iterator.next();
  for (; !step.done; step = iterator.next()) records.push(step.value);
  return { records, rejected, summary: step.value as JsonLinesSummary };
}

/** The entries, rejections and summary of one byte range, repeated ids kept (ranges cannot see each other's). */
function readRange(path: string, start: number, end: number, chunkBytes?: number) {
  const rejected: RejectedRecord[] = [];
  const iterator = readJsonLinesEntries('candidate', path, {
    start,
    end,
    rejectDuplicateIds: false,
    ...(chunkBytes === undefined ? {} : { chunkBytes }),
    onRejected: (r) => rejected.push(r),
  });
  const entries = [];
  let step = iterator.next();
  for (; !step.done; step = iterator.next()) entries.push(step.value);
  return { entries, rejected, summary: step.value as JsonLinesSummary };
}

describe('readJsonLinesFile', () => {
  it('yields the good records and reports every other line with its line, field and reason', () => {
    const good = fixtureCandidate({ id: 'c-1', home: { locality: 'Liège', postalCode: '4000' } });
    const lines = [
      JSON.stringify(good),
      '',
      '{"id": "c-2", oops',
      JSON.stringify({ ...fixtureCandidate({ id: 'c-3' }), home: { postalCode: '66000' } }),
      JSON.stringify(fixtureCandidate({ id: 'c-1' })),
      JSON.stringify(fixtureCandidate({ id: 'c-4' })),
    ];
    const path = file(`${lines.join('\r\n')}\r\n`);
    const { records, rejected, summary } = readAll(path);
    expect(records.map((c) => c.id)).toEqual(['c-1', 'c-4']);
    expect(records[0]).toEqual(good);
    expect(summary).toEqual({ records: 2, rejected: 3, lines: 6 });
    expect(rejected.map((r) => [r.line, r.issues[0]?.code])).toEqual([
      [3, 'invalid_json'],
      [4, 'invalid_postal_code'],
      [5, 'duplicate_id'],
    ]);
    const name = path.split(/[/\\]/).pop();
    expect(rejected[1]?.issues[0]).toMatchObject({ source: name, line: 4, field: 'home.postalCode' });
    expect(rejected[2]?.issues[0]).toMatchObject({ params: { firstLine: 1 }, value: 'c-1' });
    expect(rejected[2]?.issues[0]?.message.fr).toContain('ligne 1');
  });

  it('gives the same records whatever the chunk size, with accents, a BOM, long lines and no final newline', () => {
    const pool = Array.from({ length: 12 }, (_, i) =>
      fixtureCandidate({
        id: `c-${i}`,
        home: { locality: i % 2 ? 'Chênée' : 'Liège', postalCode: '4000' },
        skills: Array.from({ length: i * 3 }, (__, j) => ({ id: `skill-${j}`, level: 2 as const })),
      }),
    );
    const text = `\ufeff${pool.map((c) => JSON.stringify(c)).join('\n')}`;
    const path = file(Buffer.from(text, 'utf8'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4096 }), (chunkBytes) => {
        const { records, rejected } = readAll(path, { chunkBytes });
        expect(rejected).toEqual([]);
        expect(records).toEqual(pool);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps repeated ids when asked, and refuses what is not a path or a chunk size', () => {
    const path = file(
      [fixtureCandidate({ id: 'c-1' }), fixtureCandidate({ id: 'c-1' })]
        .map((c) => JSON.stringify(c))
        .join('\n'),
    );
    expect(readAll(path, { rejectDuplicateIds: false }).records).toHaveLength(2);
    expect(() => readJsonLinesFile('candidate', '').next()).toThrow(TypeError);
    expect(() => readJsonLinesFile('candidate', path, { chunkBytes: 0 }).next()).toThrow(RangeError);
    expect(() => readJsonLinesFile('candidate', join(folder, 'absent.jsonl')).next()).toThrow(/ENOENT/);
  });

  it('reads a file in byte ranges that, put end to end, give the whole read: every line once, placed by offsets', () => {
    // Good, bad, blank and accented lines, a BOM and no final newline: a range may begin anywhere, even mid-line.
    const lines = Array.from({ length: 13 }, (_, i) =>
      i % 5 === 3
        ? ''
        : i % 4 === 2
          ? `{"id": "c-${i}", oops`
          : JSON.stringify(
              fixtureCandidate({ id: `c-${i % 9}`, home: { locality: 'Chênée', postalCode: '4032' } }),
            ),
    );
    const bytes = Buffer.from(`\ufeff${lines.join('\n')}`, 'utf8');
    const path = file(bytes);
    const whole = readRange(path, 0, bytes.length);
    expect(whole.summary.lines).toBe(13);
    expect(whole.entries.length).toBeGreaterThan(3);
    expect(whole.rejected.length).toBeGreaterThan(2);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 300 }),
        (cuts, chunkBytes) => {
          const bounds = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          const entries: unknown[] = [];
          const rejected: unknown[] = [];
          let lineOffset = 0;
          let indexOffset = 0;
          for (let r = 0; r + 1 < bounds.length; r++) {
            const part = readRange(path, bounds[r] as number, bounds[r + 1] as number, chunkBytes);
            for (const e of part.entries)
              entries.push({ id: e.record.id, line: e.line + lineOffset, index: e.index + indexOffset });
            for (const x of part.rejected)
              rejected.push({ line: (x.line ?? 0) + lineOffset, index: x.index + indexOffset });
            lineOffset += part.summary.lines;
            indexOffset += part.summary.records + part.summary.rejected;
          }
          expect(entries).toEqual(
            whole.entries.map((e) => ({ id: e.record.id, line: e.line, index: e.index })),
          );
          expect(rejected).toEqual(whole.rejected.map((x) => ({ line: x.line, index: x.index })));
          expect(lineOffset).toBe(whole.summary.lines);
        },
      ),
      { numRuns: 150 },
    );
    expect(() => readJsonLinesEntries('candidate', path, { start: -1 }).next()).toThrow(RangeError);
    expect(() => readJsonLinesEntries('candidate', path, { end: 1.5 }).next()).toThrow(RangeError);
  });

  it('reads any kind: offers', () => {
    const path = file(`${JSON.stringify(fixtureJobOffer({ id: 'o-1' }))}\n`);
    expect([...readJsonLinesFile('jobOffer', path)].map((o) => o.id)).toEqual(['o-1']);
  });
});
