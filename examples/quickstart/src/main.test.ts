import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const main = new URL('./main.js', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });

describe('the quickstart (what npm start runs)', () => {
  it('writes the demo exports, imports every row back, and reports the three planted mistakes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickstart-'));
    const result = run(['--out', dir, '--size', '300', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/candidats\.csv\s+300 rows\s+300 accepted\s+0 rejected/);
    expect(result.stdout).toMatch(/candidats-avec-erreurs\.csv\s+300 rows\s+297 accepted\s+3 rejected/);
    expect(result.stdout).toContain('candidats-avec-erreurs.csv:3 · postal_code');
    expect(result.stdout).toContain('[invalid_date]');
    expect(readFileSync(join(dir, 'offres.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it('validates a user file: exit code 1 and the bad row by line and column, in French by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickstart-'));
    execFileSync(process.execPath, [main, '--out', dir, '--size', '50']);
    const lines = readFileSync(join(dir, 'offres.csv'), 'utf8').split('\n');
    const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(';');
    const cells = (lines[1] ?? '').split(';');
    cells[header.indexOf('positions')] = 'deux';
    lines[1] = cells.join(';');
    const file = join(dir, 'mes-offres.csv');
    writeFileSync(file, lines.join('\n'));
    const result = run(['--offers', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/mes-offres\.csv:2 · positions · .*« deux »/);
  });

  it('exits with 2 and a message on an unreadable file', () => {
    const result = run(['--candidates', '/nonexistent/candidats.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('candidats.csv');
  });
});
