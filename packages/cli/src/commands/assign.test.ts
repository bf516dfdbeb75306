import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDir, jsonOf, runBin } from '../../test/run-bin.js';

interface AssignDocument {
  ok: boolean;
  exitCode: number;
  method: string;
  positions: number;
  shareFilled: number;
  totalScore: number;
  pairs: Array<{ candidateId: string; offerId: string; score: number }>;
  unassignedCandidates: string[];
  openPositions: Array<{ offerId: string; open: number }>;
  congestion?: {
    report: { before: { exposureGini: number }; after: { exposureGini: number } };
    lists: unknown[];
  };
}

let files: string[];
let offersCsv: string;
beforeAll(() => {
  const dir = demoDir(400);
  offersCsv = join(dir, 'offres.csv');
  files = ['--offers', offersCsv, '--candidates', join(dir, 'candidats.csv')];
});

/** Positions of each open offer, read from the CSV the demo wrote. */
function openPositions(): Map<string, number> {
  const [header, ...rows] = readFileSync(offersCsv, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const columns = (header ?? '').split(';');
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)] as string;
  return new Map(
    rows
      .map((row) => row.split(';'))
      .filter((cells) => at(cells, 'status') === 'open')
      .map((cells) => [at(cells, 'id'), Number(at(cells, 'positions'))]),
  );
}

describe('passerelle assign', () => {
  it('proposes each candidate at most once and each open offer at most its positions (--json)', () => {
    const run = runBin(['assign', ...files, '--json']);
    expect(run.status).toBe(0);
    const document = jsonOf(run) as unknown as AssignDocument;
    const positions = openPositions();
    expect(document.method).toBe('exact');
    expect(document.positions).toBe([...positions.values()].reduce((a, b) => a + b, 0));
    expect(document.pairs.length).toBeGreaterThan(0);
    const candidates = document.pairs.map((pair) => pair.candidateId);
    expect(new Set(candidates).size).toBe(candidates.length);
    const perOffer = new Map<string, number>();
    for (const pair of document.pairs) perOffer.set(pair.offerId, (perOffer.get(pair.offerId) ?? 0) + 1);
    for (const [offerId, count] of perOffer) expect(count).toBeLessThanOrEqual(positions.get(offerId) ?? 0);
    const total = document.pairs.reduce((sum, pair) => sum + pair.score, 0);
    expect(document.totalScore).toBeCloseTo(total, 9);
  });

  it('never gives a greedy total above the exact one, and reports congestion before and after', () => {
    const exact = jsonOf(runBin(['assign', ...files, '--json'])) as unknown as AssignDocument;
    const greedy = runBin(['assign', ...files, '--method', 'greedy', '--congestion', '0.5', '--json']);
    const document = jsonOf(greedy) as unknown as AssignDocument;
    expect(document.method).toBe('greedy');
    expect(document.totalScore).toBeLessThanOrEqual(exact.totalScore + 1e-9);
    expect(document.congestion?.report.before.exposureGini).toBeGreaterThanOrEqual(0);
    expect(document.congestion?.report.after.exposureGini).toBeGreaterThanOrEqual(0);
    expect(document.congestion?.lists.length).toBeGreaterThan(0);
  });

  it('writes the proposals as CSV and the totals for people on standard error, in English', () => {
    const run = runBin(['assign', ...files, '--congestion', '0.5', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('offer_id;candidate_id;score');
    expect(run.stdout.split('\n')[1]).toMatch(/^off-\d+;cand-\d+;0?\.\d+$/);
    expect(run.stderr).toMatch(/positions filled: [\d.]+%/);
    expect(run.stderr).toMatch(/Congestion \(Gini of exposure per position\): [\d.]+ before, [\d.]+ after/);
  });

  it('refuses an unknown method or a weight out of range (exit 2)', () => {
    expect(runBin(['assign', ...files, '--method', 'random']).status).toBe(2);
    const run = runBin(['assign', ...files, '--congestion', '1.5']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--congestion');
  });
});
