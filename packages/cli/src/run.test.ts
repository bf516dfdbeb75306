import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonOf, runBin } from '../test/run-bin.js';
import { runInProcess } from '../test/run-in-process.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

describe('the passerelle bin', () => {
  it('is declared as the package bin and prints its version', () => {
    expect(manifest.bin).toEqual({ passerelle: 'bin/passerelle.js' });
    const run = runBin(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(manifest.version);
  });

  it('shows its help in French by default, in English with --lang en, each command listed', () => {
    const fr = runBin(['--help']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('Utilisation : passerelle [options] <commande>');
    expect(fr.stdout).toContain('Commandes :');
    const en = runBin(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: passerelle [options] <command>');
    for (const run of [fr, en]) {
      for (const name of ['validate', 'match', 'assign', 'report', 'experiment', 'demo'])
        expect(run.stdout).toMatch(new RegExp(`\\n  ${name} `));
    }
  });

  it('shows the help of each command with its examples', async () => {
    for (const name of ['validate', 'match', 'assign', 'report', 'experiment', 'demo']) {
      const run = await runInProcess([name, '--help']);
      expect(run.status, name).toBe(0);
      expect(run.stdout).toContain(`Utilisation : passerelle ${name}`);
      expect(run.stdout).toMatch(/Exemples? :/);
      expect(run.stdout).toContain('--json');
    }
    expect(runBin(['help', 'match'], { env: { LANG: 'en_US.UTF-8' } }).stdout).toContain(
      '--direction <direction>',
    );
  });

  it('exits 2 with the help on standard error when no command is given', () => {
    const run = runBin([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Utilisation : passerelle');
  });

  it('reports wrong usage in one translated message, exit 2, never a stack trace', async () => {
    const cases: Array<[string[], string]> = [
      [['frobnicate'], 'commande inconnue « frobnicate »'],
      [['validate'], 'argument manquant : files'],
      [['validate', 'a.csv', '--bogus'], 'option inconnue « --bogus »'],
      [['match', '--offers'], 'l’option --offers <file> attend une valeur'],
      [['match', '--offers', 'o.csv'], 'l’option --candidates <file> est obligatoire'],
      [['demo', '--lang', 'de'], '--lang « de » n’est pas permis'],
      [['demo', 'extra'], 'trop d’arguments'],
    ];
    for (const [args, message] of cases) {
      const run = await runInProcess(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(`Erreur d’utilisation : ${message}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    }
    expect(runBin(['frobnicate', '--lang', 'en']).stderr).toContain(
      'Usage error: unknown command "frobnicate"',
    );
  });

  it('prints one JSON error document on standard output for wrong usage with --json', () => {
    const run = runBin(['match', '--offers', 'o.csv', '--json', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(jsonOf(run)).toEqual({
      command: 'match',
      ok: false,
      exitCode: 2,
      error: { code: 'usage', message: 'option --candidates <file> is required.' },
    });
  });

  it('prints one JSON error document for an unreadable file with --json', () => {
    const run = runBin(['validate', '/nonexistent/offres.csv', '--json']);
    expect(run.status).toBe(2);
    expect(jsonOf(run)).toMatchObject({
      command: 'validate',
      exitCode: 2,
      error: {
        code: 'unreadable_file',
        message: 'Impossible de lire /nonexistent/offres.csv : fichier introuvable.',
      },
    });
  });
});
