// importCandidates reads a JSON Lines file on worker threads, each a byte range of it: the index, the rejections
// (their lines, positions, issues and inputs) and the rankings must be those of one read on one thread, however
// many threads share the file. Runs against the built packages: the workers load the built worker script.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, type RejectedRecord } from '@passerelle/core';
import { readJsonLinesFile } from '@passerelle/core/node';
import { createMatcher } from '@passerelle/matching';
import { importCandidates } from '@passerelle/matching/node';

const folder = mkdtempSync(join(tmpdir(), 'passerelle-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const data = generateDataset({ seed: 7, candidates: 900 });
const candidates = data.candidates.map((record) => record.candidate);
const offers = data.offers.filter((offer) => offer.status === 'open').slice(0, 6);

/**
 * The candidates as lines, with what a real export holds besides: a BOM, blank lines, a line that is not JSON, a
 * record that does not pass, an unknown skill and an unknown place (kept, with warnings), CRLF endings, and ids
 * repeated far apart (so that the first and the repeat fall in different ranges) and close together.
 */
function exportLines(): string[] {
  const lines = candidates.map((c) => JSON.stringify(c));
  const odd = (i: number, change: object) => JSON.stringify({ ...candidates[i], ...change });
  lines[3] = odd(3, { skills: [{ id: 'not-in-any-taxonomy', level: 2 }, ...(candidates[3]?.skills ?? [])] });
  lines[5] = odd(5, { home: { postalCode: '9999' } });
  lines.splice(10, 0, '', '   ');
  lines.splice(200, 0, '{"id": "broken", oops');
  lines.splice(420, 0, odd(421, { home: { postalCode: '66000' } }));
  lines.splice(700, 0, JSON.stringify({ ...candidates[12], availableFrom: '2027-01-01' }));
  lines.push(JSON.stringify(candidates[850]));
  lines.push(odd(40, { id: 'cand-extra', skills: [{ id: 'another-unknown-skill', level: 1 }] }));
  return lines;
}

const path = join(folder, 'candidates.jsonl');
writeFileSync(path, `\ufeff${exportLines().join('\r\n')}\r\n`);

/** The reference: core's reader on this thread into the matcher's index. */
function readOnOneThread() {
  const matcher = createMatcher();
  const rejected: RejectedRecord[] = [];
  const index = matcher.indexCandidates(
    readJsonLinesFile('candidate', path, { onRejected: (r) => rejected.push(r) }),
  );
  return { matcher, index, rejected };
}

const rankings = (
  matcher: ReturnType<typeof createMatcher>,
  index: Parameters<typeof matcher.rankCandidates>[1],
) => offers.map((offer) => matcher.rankCandidates(offer, index, { k: 15, explain: true }));

describe('importCandidates', () => {
  const reference = readOnOneThread();

  it.each([2, 3, 5])(
    'on %i threads gives the index, rejections and rankings of one read',
    async (threads) => {
      const matcher = createMatcher();
      const rejected: RejectedRecord[] = [];
      const result = await importCandidates(matcher, path, { threads, onRejected: (r) => rejected.push(r) });
      expect(result.threads).toBe(threads);
      expect(rejected.map((r) => [r.line, r.issues[0]?.code])).toEqual([
        [201, 'invalid_json'],
        [421, 'invalid_postal_code'],
        [701, 'duplicate_id'],
        [906, 'duplicate_id'],
      ]);
      expect(rejected).toEqual(reference.rejected);
      expect(result.summary).toEqual({ records: 901, rejected: 4, lines: 907 });
      expect(result.index.size).toBe(901);
      expect(reference.index.size).toBe(901);
      expect(result.index.issues()).toEqual(reference.index.issues());
      expect(result.index.issues().map((issue) => issue.field)).toEqual([
        'cand-000004.skills[0].id',
        'cand-000006.home.postalCode',
        'cand-extra.skills[0].id',
      ]);
      expect(rankings(matcher, result.index)).toEqual(rankings(reference.matcher, reference.index));
    },
  );

  it('indexes a file without repeated ids as one build over its records would', async () => {
    const clean = join(folder, 'clean.jsonl');
    writeFileSync(clean, `${candidates.map((c) => JSON.stringify(c)).join('\n')}\n`);
    const matcher = createMatcher();
    const result = await importCandidates(matcher, clean, { threads: 2 });
    expect(result.summary).toEqual({ records: 900, rejected: 0, lines: 900 });
    const one = createMatcher();
    expect(rankings(matcher, result.index)).toEqual(rankings(one, one.indexCandidates(candidates)));
  });

  it('reads a small file on the calling thread unless asked for more, with the same outcome', async () => {
    const rejected: RejectedRecord[] = [];
    const result = await importCandidates(createMatcher(), path, { onRejected: (r) => rejected.push(r) });
    expect(result.threads).toBe(1);
    expect(rejected).toEqual(reference.rejected);
    expect(result.summary).toEqual({ records: 901, rejected: 4, lines: 907 });
  });

  it('rejects a file it cannot open, and refuses a thread count that is not a positive integer', async () => {
    await expect(importCandidates(createMatcher(), join(folder, 'absent.jsonl'))).rejects.toThrow(/ENOENT/);
    await expect(importCandidates(createMatcher(), path, { threads: 0 })).rejects.toThrow(RangeError);
    await expect(importCandidates(createMatcher(), path, { threads: 1.5 })).rejects.toThrow(RangeError);
  });
});
