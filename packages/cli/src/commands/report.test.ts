import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDir, jsonOf, runBin, withCells } from '../../test/run-bin.js';
import { runInProcess } from '../../test/run-in-process.js';

interface ReportDocument {
  ok: boolean;
  exitCode: number;
  period: { start: string; end: string };
  excluded: { count: number; issues: Array<{ code: string }> };
  tables: Array<{ id: string; rows: Array<Record<string, unknown>>; notes: unknown[] }>;
}

let dir: string;
let files: string[];
beforeAll(() => {
  dir = demoDir(300);
  files = [
    '--candidates',
    join(dir, 'candidats.csv'),
    '--accompaniments',
    join(dir, 'accompagnements.csv'),
    '--contracts',
    join(dir, 'contrats.csv'),
  ];
});

describe('passerelle report', () => {
  it('computes every indicator for a year as one JSON document (exit 0 on clean data)', () => {
    const run = runBin(['report', ...files, '--year', '2025', '--json']);
    expect(run.status).toBe(0);
    const document = jsonOf(run) as unknown as ReportDocument;
    expect(document.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(document.tables.map((table) => table.id)).toEqual([
      'activity',
      'placement',
      'time_to_first_contract',
      'sustained_employment',
      'funnel',
      'breakdowns',
      'esf_outputs',
      'esf_results',
      'eligibility',
      'youth_guarantee',
    ]);
    expect(document.excluded.count).toBe(0);
  });

  it('writes chosen indicators for a quarter as CSV: French headers, decimal comma, definitions below', () => {
    const run = runBin([
      'report',
      ...files,
      '--year',
      '2025',
      '--quarter',
      '2',
      '-i',
      'placement',
      '-i',
      'funnel',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(run.stdout).toContain('Accompagnées;Premier contrat;Taux de mise à l’emploi');
    expect(run.stdout).toContain('T2 2025');
    expect(run.stdout).toContain('Entonnoir de résultats');
    expect(run.stdout).not.toContain('Kaplan');
  });

  it('speaks English and takes a date range, written to a file', () => {
    const out = join(dir, 'report.csv');
    const run = runBin(
      ['report', ...files, '--from', '2025-03-01', '--to', '2025-06-30', '--indicator', 'placement'].concat([
        '--lang',
        'en',
        '--out',
        out,
      ]),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('Placement rate');
    expect(csv).toContain('2025-03-01 to 2025-06-30');
    expect(run.stderr).toContain('1 table written to');
  });

  it('leaves out a contract of an unknown person, counts it and exits 1', () => {
    const contracts = withCells(join(dir, 'contrats.csv'), join(dir, 'contrats-inconnu.csv'), [
      { line: 2, column: 'candidate_id', value: 'cand-999999' },
    ]);
    const args = ['report', ...files.slice(0, 4), '--contracts', contracts, '--year', '2025', '--json'];
    const run = runBin([...args, '--indicator', 'activity']);
    expect(run.status).toBe(1);
    const document = jsonOf(run) as unknown as ReportDocument;
    expect(document.excluded).toMatchObject({ count: 1, issues: [{ code: 'unknown_reference' }] });
  });

  it('lists the indicators with their definitions', () => {
    const run = runBin(['report', '--list', '--json', '--lang', 'en']);
    expect(run.status).toBe(0);
    const document = jsonOf(run) as { indicators: Array<{ id: string; label: { en: string } }> };
    expect(document.indicators.find((d) => d.id === 'placement')?.label.en).toMatch(/placement/i);
    expect(runBin(['report', '--list']).stdout).toContain('Indicateurs disponibles');
  });

  it('refuses a missing or contradictory period, and a missing file option (exit 2)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[...files], /--year/],
      [[...files, '--year', '2025', '--from', '2025-01-01', '--to', '2025-02-01'], /pas les deux/],
      [[...files, '--quarter', '2'], /--quarter/],
      [[...files, '--from', '2025-02-30', '--to', '2025-03-01'], /2025-02-30/],
      [[...files, '--year', '2025', '--observed-until', '2025-06-30'], /--observed-until/],
      [[...files.slice(2), '--year', '2025'], /--candidates/],
    ];
    for (const [args, message] of cases) {
      const run = await runInProcess(['report', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
