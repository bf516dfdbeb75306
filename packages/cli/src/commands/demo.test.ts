import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonOf, runBin, tempDir } from '../../test/run-bin.js';
import { runInProcess } from '../../test/run-in-process.js';

describe('passerelle demo', () => {
  it('writes the six CSV files of an intranet export, the same for the same seed', () => {
    const [first, second] = [tempDir(), tempDir()];
    const run = runBin(['demo', '--out', first, '--size', '80', '--seed', '7']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Jeu de données synthétique (graine 7) : 80 candidats');
    expect(run.stdout).toContain('passerelle match --offers');
    runBin(['demo', '--out', second, '--size', '80', '--seed', '7']);
    for (const name of ['candidats', 'offres', 'employeurs', 'contrats', 'accompagnements', 'suivis']) {
      const text = readFileSync(join(first, `${name}.csv`), 'utf8');
      expect(text.charCodeAt(0), name).toBe(0xfeff);
      expect(text.split('\n')[0]).toContain(';');
      expect(readFileSync(join(second, `${name}.csv`), 'utf8')).toBe(text);
    }
  });

  it('writes JSON files that validate, and says what it wrote as one JSON document', () => {
    const dir = tempDir();
    const run = runBin(['demo', '--out', dir, '--size', '60', '--format', 'json', '--json']);
    expect(run.status).toBe(0);
    const document = jsonOf(run) as { files: Array<{ file: string; kind: string; records: number }> };
    expect(document.files.map((file) => file.kind)).toEqual([
      'candidates',
      'offers',
      'employers',
      'contracts',
      'accompaniments',
      'follow-ups',
    ]);
    expect(document.files[0]?.records).toBe(60);
    expect(existsSync(join(dir, 'offres.json'))).toBe(true);
    const check = runBin(['validate', join(dir, 'candidats.json'), join(dir, 'offres.json'), '--json']);
    expect(check.status).toBe(0);
  });

  it("refuses a size over the generator's limit with a usage error, not a crash", async () => {
    const run = await runInProcess(['demo', '--out', tempDir(), '--size', '20000000']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--size « 20000000 » dépasse le maximum, 10000000.');
  });

  it('exits 2 when the folder cannot be written', () => {
    const dir = tempDir();
    const blocked = join(dir, 'candidats.csv'); // a file where the folder should be
    runBin(['demo', '--out', dir, '--size', '20']);
    const run = runBin(['demo', '--out', blocked, '--size', '20', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Cannot write .*candidats\.csv/);
  });
});
