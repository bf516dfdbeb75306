import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStarterTaxonomy } from '@passerelle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExperimentConfigError } from '../config.js';
import { runExperimentFile } from './run-file.js';
import {
  CPU_CLOCK,
  runConfiguredExperimentFile,
  runTitleExperimentConfig,
  runTitleExperimentFile,
} from './titles-file.js';

const taxonomy = createStarterTaxonomy();
const idOf = (label: string) => taxonomy.occupations.find((o) => o.labels.en.preferred === label)!.id;

let dir: string;
const CONFIG = {
  experiment: 'title-normalization',
  name: 'Titres : essai',
  seed: 3,
  data: { titles: 'titles.csv' },
  locale: 'en',
  halves: false,
  methods: [
    { name: 'normaliser', kind: 'normalizer', fuzzy: false },
    { name: '3-grams', kind: 'trigram' },
  ],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'passerelle-titles-'));
  // Three titles written as labels (rank 1), one with no known word, and one bad row (no occupation id).
  const csv = [
    'title;occupation_id',
    `Window Cleaner;${idOf('window cleaner')}`,
    `"Cashier; full time";${idOf('cashier')}`,
    `bricklayer;${idOf('bricklayer')}`,
    `qwxzv;${idOf('cook')}`,
    'Driver;',
  ].join('\n');
  await writeFile(join(dir, 'titles.csv'), csv);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeConfig(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(content));
  return path;
}

describe('runTitleExperimentFile', () => {
  it('reads the titles, reports the bad row, runs on the starter taxonomy and writes JSON and Markdown', async () => {
    const path = await writeConfig('titles.json', CONFIG);
    const { result, issues, files } = await runTitleExperimentFile(path, { resultsDir: join(dir, 'out') });
    expect(files.json).toBe(join(dir, 'out', 'titres-essai.json'));
    expect(JSON.parse(await readFile(files.json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(result)));
    expect(await readFile(files.markdown, 'utf8')).toContain('# Titres : essai');
    expect(issues).toEqual([
      expect.objectContaining({
        source: 'titles.csv',
        line: 6,
        field: 'occupation_id',
        code: 'empty_occupation',
      }),
    ]);
    expect(result.data).toMatchObject({ titles: 4, rejectedRows: 1, evaluated: 4 });
    expect(result.clock).toBe('cpu');
    // Three of four at rank 1, by hand.
    expect(result.rows[0]!.values['mrr@10']).toBeCloseTo(3 / 4, 12);
  });

  it('names each missing file and its field before any work', async () => {
    const path = await writeConfig('missing.json', {
      ...CONFIG,
      data: { titles: 'nowhere.csv', escoFolder: 'no-esco' },
    });
    const error = (await runTitleExperimentFile(path).catch((e: unknown) => e)) as ExperimentConfigError;
    expect(error).toBeInstanceOf(ExperimentConfigError);
    expect(error.issues).toEqual([
      {
        path: 'data.titles',
        message: "file not found: nowhere.csv (relative to the configuration's folder)",
      },
      {
        path: 'data.escoFolder',
        message: "file not found: no-esco (relative to the configuration's folder)",
      },
    ]);
    expect(existsSync(join(dir, 'results'))).toBe(false);
  });

  it('takes a configuration as a value with a base folder', async () => {
    const { result } = await runTitleExperimentConfig(CONFIG, dir, { resultsDir: join(dir, 'value') });
    expect(result.data.evaluated).toBe(4);
  });
});

describe('runConfiguredExperimentFile', () => {
  it('runs the experiment a file names, engines by default', async () => {
    const titles = await runConfiguredExperimentFile(await writeConfig('t.json', CONFIG), {
      resultsDir: join(dir, 'any'),
    });
    expect(titles.experiment).toBe('title-normalization');
    expect(titles.markdown).toContain('| all | normaliser | 4 |');
    const engines = await runConfiguredExperimentFile(
      await writeConfig('e.json', {
        name: 'engines',
        seed: 1,
        data: { kind: 'synthetic', candidates: 200 },
        engines: [{ name: 'default' }],
        split: { kind: 'random', testShare: 0.5 },
        maxQueries: 5,
        metrics: ['hitRate@10'],
      }),
      { resultsDir: join(dir, 'any') },
    );
    expect(engines.experiment).toBe('engines');
    expect(engines.markdown).toContain('# engines');
  });

  it('rejects an unknown experiment, and a title configuration given to runExperimentFile', async () => {
    const unknown = await writeConfig('u.json', { ...CONFIG, experiment: 'titles' });
    const error = (await runConfiguredExperimentFile(unknown).catch(
      (e: unknown) => e,
    )) as ExperimentConfigError;
    expect(error.issues).toEqual([
      {
        path: 'experiment',
        message: 'unknown experiment "titles" (valid: engines, title-normalization; without it, engines)',
      },
    ]);
    await expect(runExperimentFile(await writeConfig('t2.json', CONFIG))).rejects.toThrow(
      /experiment: "title-normalization" is not run by runExperimentFile/,
    );
  });

  it('measures CPU time', () => {
    const before = CPU_CLOCK.now();
    let x = 0;
    for (let i = 0; i < 1e6; i++) x += Math.sqrt(i);
    expect(x).toBeGreaterThan(0);
    expect(CPU_CLOCK.now()).toBeGreaterThan(before);
  });
});

// The shared data sits in ../shared/data beside the repository, or where PASSERELLE_SHARED_DATA says; without it
// this suite fails with the remedy rather than being skipped.
function sharedData(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const path = process.env.PASSERELLE_SHARED_DATA ?? resolve(here, '../../../../../../shared/data');
  if (!existsSync(join(path, 'title-normalization')) || !existsSync(join(path, 'esco'))) {
    throw new Error(
      `Shared data not found at ${path}: place it beside the repository (../shared/data) or set PASSERELLE_SHARED_DATA.`,
    );
  }
  return path;
}

describe('the title experiment on the JobBERT validation titles and full ESCO', () => {
  it('ranks a sample: the normaliser ahead of the 3-gram cosine, folds free of leaks', async () => {
    const { result, issues } = await runTitleExperimentConfig(
      {
        experiment: 'title-normalization',
        seed: 20250611,
        data: { titles: 'title-normalization/jobbert_titles_validation.csv', escoFolder: 'esco' },
        locale: 'en',
        maxTitles: 600,
        halves: false,
        methods: [
          { name: 'normaliser', kind: 'normalizer' },
          { name: '3-grams', kind: 'trigram' },
        ],
        extraSynonyms: { folds: 3 },
      },
      sharedData(),
      { resultsDir: join(dir, 'shared') },
    );
    expect(issues).toEqual([]);
    expect(result.data).toMatchObject({ titles: 15463, unknownOccupation: 0, evaluated: 600 });
    expect(result.data.occupations).toBeGreaterThan(2900);
    const [normaliser, trigrams] = result.rows;
    expect(normaliser!.values['mrr@10']).toBeGreaterThan(0.3);
    expect(normaliser!.values['mrr@10']).toBeGreaterThan(trigrams!.values['mrr@10'] as number);
    const synonyms = result.extraSynonyms!;
    expect(synonyms.perFold.map((f) => f.titles).reduce((a, b) => a + b)).toBe(600);
    expect(synonyms.all.titlesAmongSynonyms).toBe(0);
  }, 180_000);
});
