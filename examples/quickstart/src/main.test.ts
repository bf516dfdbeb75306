import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const main = new URL('./main.js', import.meta.url).pathname;
const data = (name: string) => new URL(`../data/${name}`, import.meta.url).pathname;
const run = (args: string[] = []) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
const scratch = () => mkdtempSync(join(tmpdir(), 'quickstart-'));

describe('the quickstart: rank candidates for an offer from JSON files', () => {
  it('prints the five best candidates for the sample offer, best first, each with its reasons in French', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('vendeur/vendeuse (H/F/X) — Jemeppe-sur-Sambre');
    const ranked = lines.filter((line) => /^\d\. /.test(line));
    expect(ranked.map((line) => line.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    const scores = ranked.map((line) => Number(/(\d+) %$/.exec(line)?.[1]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(lines[2]).toMatch(/^ {5}(Maîtrise|.*manque)/);
  });

  it('reports a bad candidate by position and field, ranks the others, and exits with 1', () => {
    const dir = scratch();
    const candidates = JSON.parse(readFileSync(data('candidates.json'), 'utf8')) as {
      home: { postalCode: string };
    }[];
    candidates[1]!.home.postalCode = '66000';
    const file = join(dir, 'candidats.json');
    writeFileSync(file, JSON.stringify(candidates));
    const result = run([data('offers.json'), file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/candidats\.json.*home\.postalCode.*66000/);
    expect(result.stdout.split('\n').filter((line) => /^\d\. /.test(line))).toHaveLength(5);
  });

  it('says when a file is not JSON (exit 1) and when it cannot be read (exit 2)', () => {
    const dir = scratch();
    const file = join(dir, 'offres.json');
    writeFileSync(file, '{ "records": [');
    const broken = run([file]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('[invalid_json]');
    const missing = run([join(dir, 'absent.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('absent.json');
  });
});
