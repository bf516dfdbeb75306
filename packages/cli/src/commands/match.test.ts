import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDir, jsonOf, runBin, withCells } from '../../test/run-bin.js';
import { runInProcess } from '../../test/run-in-process.js';

interface MatchDocument {
  ok: boolean;
  exitCode: number;
  direction: string;
  unknownIds: string[];
  inputs: Array<{ file: string; counts: { rejected: number } }>;
  queries: Array<{
    query: { kind: string; id: string };
    results: Array<{
      rank: number;
      id: string;
      score: number;
      breakdown: Array<{ criterion: string; value: number | null; weight: number; contribution: number }>;
      penaltyFactor: number;
      reasons: Array<{ code: string; effect: string; message: string }>;
    }>;
  }>;
}

let dir: string;
let offers: string;
let candidates: string;
beforeAll(() => {
  dir = demoDir(200);
  offers = join(dir, 'offres.csv');
  candidates = join(dir, 'candidats.csv');
});

describe('passerelle match', () => {
  it('ranks candidates for every open offer, with scores, breakdowns and reason codes (--json)', () => {
    const run = runBin(['match', '--offers', offers, '--candidates', candidates, '--top', '3', '--json']);
    expect(run.status).toBe(0);
    const document = jsonOf(run) as unknown as MatchDocument;
    expect(document).toMatchObject({ ok: true, exitCode: 0, direction: 'candidates', unknownIds: [] });
    const openOffers = readFileSync(offers, 'utf8')
      .split('\n')
      .filter((line) => line.includes(';open;'));
    expect(document.queries).toHaveLength(openOffers.length);
    for (const query of document.queries) {
      expect(query.query.kind).toBe('offer');
      expect(query.results.length).toBeLessThanOrEqual(3);
      expect(query.results.map((r) => r.rank)).toEqual(query.results.map((_, i) => i + 1));
      const scores = query.results.map((r) => r.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const result of query.results) {
        expect(result.id).toMatch(/^cand-/);
        expect(result.breakdown.map((b) => b.criterion)).toEqual([
          'skills',
          'occupation',
          'geography',
          'languages',
        ]);
        // The score is the breakdown's sum times the penalty factor.
        const sum = result.breakdown.reduce((total, b) => total + b.contribution, 0);
        expect(result.score).toBeCloseTo(sum * result.penaltyFactor, 6);
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(result.reasons[0]?.code).toMatch(/^[a-z_]+$/);
      }
    }
    expect(document.queries.some((q) => q.results.length > 0)).toBe(true);
  });

  it('writes a CSV ranking on standard output by default, notes on standard error', () => {
    const run = runBin(['match', '--offers', offers, '--candidates', candidates, '--top', '2']);
    expect(run.status).toBe(0);
    const [header, first] = run.stdout.split('\n');
    expect(header).toBe(
      'offer_id;rank;candidate_id;score;skills;occupation;geography;languages;penalty_factor;reason_codes;explanation;missing_skills',
    );
    expect(first).toMatch(/^off-\d+;1;cand-\d+;0?\.?\d*;/);
    expect(run.stderr).toMatch(/offres classées parmi 200 candidats/);
  });

  it('ranks offers for chosen candidates in English, and reports ids it cannot find (exit 1)', () => {
    const run = runBin(
      [
        'match',
        '--offers',
        offers,
        '--candidates',
        candidates,
        '--direction',
        'offers',
        '--all-offers',
      ].concat(['--ids', 'cand-000001,cand-000002,nobody', '--lang', 'en', '--json']),
    );
    const document = jsonOf(run) as unknown as MatchDocument;
    expect(run.status).toBe(1);
    expect(document.unknownIds).toEqual(['nobody']);
    expect(document.queries.map((q) => q.query)).toEqual([
      { kind: 'candidate', id: 'cand-000001' },
      { kind: 'candidate', id: 'cand-000002' },
    ]);
    const reasons = document.queries.flatMap((q) => q.results.flatMap((r) => r.reasons));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((reason) => !/[éèà]/.test(reason.message))).toBe(true);
  });

  it('goes on with the good rows of a file with a bad one, and says so (exit 1)', () => {
    const bad = withCells(candidates, join(dir, 'candidats-une-erreur.csv'), [
      { line: 4, column: 'hours_per_week', value: 'beaucoup' },
    ]);
    const run = runBin(['match', '--offers', offers, '--candidates', bad, '--json']);
    expect(run.status).toBe(1);
    const document = jsonOf(run) as unknown as MatchDocument;
    expect(document.inputs[1]?.counts.rejected).toBe(1);
    expect(document.queries.some((q) => q.results.length > 0)).toBe(true);
  });

  it('takes weights from a configuration file, and refuses a wrong one (exit 2)', () => {
    const config = join(dir, 'geo-only.json');
    writeFileSync(
      config,
      JSON.stringify({ weights: { skills: 0, occupation: 0, languages: 0, geography: 1 } }),
    );
    const run = runBin([
      'match',
      '--offers',
      offers,
      '--candidates',
      candidates,
      '--config',
      config,
      '--json',
    ]);
    const document = jsonOf(run) as unknown as MatchDocument;
    const shares = document.queries.flatMap((q) => q.results.flatMap((r) => r.breakdown));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.filter((b) => b.criterion !== 'geography').every((b) => b.weight === 0)).toBe(true);
    expect(shares.filter((b) => b.criterion === 'geography').every((b) => b.weight === 1)).toBe(true);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ weights: { skills: -1, skils: 2 } }));
    const refused = runBin(['match', '--offers', offers, '--candidates', candidates, '--config', wrong]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('weights.skills');
    expect(refused.stdout).toBe('');
  });

  it('writes the ranking to a file with --out, as JSON from the extension', () => {
    const out = join(dir, 'resultats', 'classement.json');
    const run = runBin(['match', '--offers', offers, '--candidates', candidates, '--out', out, '--top', '1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(out, 'utf8')) as MatchDocument['queries'];
    expect(written.every((q) => q.results.length <= 1)).toBe(true);
    expect(run.stderr).toMatch(/résultats? écrits? dans/);
  });

  it('refuses wrong option values with a usage error (exit 2)', async () => {
    for (const [flag, value] of [
      ['--top', '0'],
      ['--top', '1000000000'],
      ['--direction', 'sideways'],
      ['--min-score', '2'],
      ['--format', 'xlsx'],
    ] as const) {
      const run = await runInProcess(['match', '--offers', offers, '--candidates', candidates, flag, value]);
      expect(run.status, `${flag} ${value}`).toBe(2);
      expect(run.stderr).toContain(flag);
    }
  });
});
