import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDir, jsonOf, runBin, withCells } from '../../test/run-bin.js';

let dir: string;
beforeAll(() => {
  dir = demoDir();
});

/** The demo's candidates with a bad postal code on line 3 and a date that does not exist on line 5. */
function badCandidates(): string {
  return withCells(join(dir, 'candidats.csv'), join(dir, 'mes-candidats.csv'), [
    { line: 3, column: 'postal_code', value: '60000' },
    { line: 5, column: 'unemployed_since', value: '31/02/2024' },
  ]);
}

describe('passerelle validate', () => {
  it('accepts the files of an intranet export, the kind guessed from each name (exit 0)', () => {
    const files = ['candidats', 'offres', 'employeurs', 'contrats', 'accompagnements', 'suivis'];
    const run = runBin(['validate', ...files.map((name) => join(dir, `${name}.csv`))]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/candidats\.csv \(candidates\) : 150 lignes, 150 acceptées, 0 rejetée/);
    expect(run.stdout).toContain('suivis.csv (follow-ups)');
    expect(run.stdout).toContain('6 fichiers vérifiés : tout est valide.');
  });

  it('reports every bad row by line, field, code and message, in French by default (exit 1)', () => {
    const run = runBin(['validate', badCandidates()]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/150 lignes, 148 acceptées, 2 rejetées/);
    expect(run.stdout).toMatch(
      /mes-candidats\.csv:3 · postal_code · Code postal belge invalide « 60000 ».*\[invalid_postal_code\]/,
    );
    expect(run.stdout).toMatch(/mes-candidats\.csv:5 · unemployed_since · .*\[invalid_date\]/);
  });

  it('speaks English with --lang en, and with LANG=en_GB when --lang is not given', () => {
    const byOption = runBin(['validate', badCandidates(), '--lang', 'en']);
    const byLocale = runBin(['validate', badCandidates()], { env: { LANG: 'en_GB.UTF-8' } });
    for (const run of [byOption, byLocale]) {
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/150 rows, 148 accepted, 2 rejected/);
      expect(run.stdout).toContain('Invalid Belgian postal code "60000"');
    }
    expect(
      runBin(['validate', badCandidates(), '--lang', 'fr'], { env: { LANG: 'en_GB.UTF-8' } }).stdout,
    ).toContain('lignes');
  });

  it('prints one JSON document with each rejected row: line, field, code, message', () => {
    const run = runBin(['validate', badCandidates(), '--json', '--lang', 'en']);
    expect(run.status).toBe(1);
    const document = jsonOf(run) as {
      ok: boolean;
      exitCode: number;
      files: Array<{
        counts: { rows: number; rejected: number };
        rejected: Array<{ line: number; issues: unknown[] }>;
      }>;
    };
    expect(document.ok).toBe(false);
    expect(document.exitCode).toBe(1);
    expect(document.files[0]?.counts).toMatchObject({ rows: 150, accepted: 148, rejected: 2 });
    expect(document.files[0]?.rejected.map((row) => row.line)).toEqual([3, 5]);
    expect(document.files[0]?.rejected[0]?.issues[0]).toEqual({
      code: 'invalid_postal_code',
      severity: 'error',
      line: 3,
      index: 1,
      field: 'postal_code',
      value: '60000',
      message: expect.stringContaining('Invalid Belgian postal code "60000"'),
    });
  });

  it('reads JSON files and reports a bad record by the line where it starts', () => {
    const file = join(dir, 'offers.json');
    writeFileSync(
      file,
      JSON.stringify(
        [
          { id: 'off-1', title: 'ok?' },
          { id: 'off-2', positions: 'two' },
        ],
        null,
        2,
      ),
    );
    const run = runBin(['validate', file, '--json']);
    expect(run.status).toBe(1);
    const document = jsonOf(run) as { files: Array<{ format: string; rejected: Array<{ line: number }> }> };
    expect(document.files[0]?.format).toBe('json');
    // The array opens on line 1; the records start on lines 2 and 6.
    expect(document.files[0]?.rejected.map((row) => row.line)).toEqual([2, 6]);
  });

  it('reports text that is not JSON as a file issue (exit 1), not a crash', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[{"id": "off-1",');
    const run = runBin(['validate', file, '--kind', 'offers', '--json']);
    expect(run.status).toBe(1);
    const document = jsonOf(run) as { files: Array<{ fileIssues: Array<{ code: string }> }> };
    expect(document.files[0]?.fileIssues.map((issue) => issue.code)).toEqual(['invalid_json']);
  });

  it('maps the headers of a file with other column names through --mapping', () => {
    const original = readFileSync(join(dir, 'offres.csv'), 'utf8');
    const renamed = join(dir, 'offres-renommees.csv');
    writeFileSync(renamed, original.replace(';positions;', ';Nb de places vacantes;'));
    expect(runBin(['validate', renamed, '--json']).status).toBe(1);
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ offers: { mapping: { positions: 'Nb de places vacantes' } } }));
    const run = runBin(['validate', renamed, '--mapping', mapping]);
    expect(run.stdout).toMatch(/0 rejetée/);
    expect(run.status).toBe(0);
  });

  it('refuses a mapping naming an unknown field (exit 2, no stack trace)', () => {
    const mapping = join(dir, 'bad-mapping.json');
    writeFileSync(mapping, JSON.stringify({ offers: { mapping: { postcode: 'CP' } } }));
    const run = runBin(['validate', join(dir, 'offres.csv'), '--mapping', mapping, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('offers.mapping.postcode');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('asks for --kind when the name says nothing, and exits 2 on an unreadable file', () => {
    writeFileSync(join(dir, 'export.csv'), 'id;titre\n1;x\n');
    const unknown = runBin(['validate', join(dir, 'export.csv')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--kind');
    const missing = runBin(['validate', join(dir, 'absent.csv'), '--kind', 'offers', '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`Cannot read ${join(dir, 'absent.csv')}: no such file.\n`);
    expect(missing.stdout).toBe('');
    // Without --kind, a missing file is reported as missing, not as a name the command cannot place.
    const unplaced = runBin(['validate', join(dir, 'absent.csv'), '--lang', 'fr']);
    expect(unplaced.status).toBe(2);
    expect(unplaced.stderr).toBe(`Impossible de lire ${join(dir, 'absent.csv')} : fichier introuvable.\n`);
  });
});
