import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '@passerelle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExperimentConfigError } from '../config.js';
import { runExperiment } from '../run.js';
import { runExperimentFile } from './run-file.js';

let dir: string;
const data = generateDataset({ seed: 3, candidates: 2000, offers: 400 });
const config = {
  name: 'From files: défaut',
  seed: 4,
  data: { kind: 'files', candidates: 'candidates.json', offers: 'offers.json', contracts: 'contracts.json' },
  engines: [{ name: 'default' }],
  split: { kind: 'random', testShare: 1 },
  listLength: 10,
  maxQueries: 30,
  metrics: ['hitRate@10', 'ndcg@10', 'coverage@10'],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'passerelle-experiment-'));
  await writeFile(join(dir, 'candidates.json'), JSON.stringify(data.candidates.map((r) => r.candidate)));
  // One bad record: reported, not fatal.
  await writeFile(join(dir, 'offers.json'), JSON.stringify([...data.offers, { id: 'broken' }]));
  await writeFile(join(dir, 'contracts.json'), JSON.stringify(data.contracts));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeConfig(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('runExperimentFile', () => {
  it('loads the files, runs, and writes the same numbers as JSON and a Markdown report', async () => {
    const path = await writeConfig('config.json', config);
    const { result, files } = await runExperimentFile(path, { resultsDir: join(dir, 'out') });
    expect(files.json).toBe(join(dir, 'out', 'from-files-defaut.json'));
    expect(JSON.parse(await readFile(files.json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(result)));
    expect(await readFile(files.markdown, 'utf8')).toContain('# From files: défaut');
    expect(result.data).toMatchObject({
      source: 'files',
      candidates: 2000,
      offers: 400,
      rejectedRecords: 1,
      queries: 30,
    });
    expect(result.data.issues).toBeGreaterThan(1);
    // The same data in memory give the same numbers.
    const direct = runExperiment(
      { ...config, data: { kind: 'synthetic', candidates: 1 } },
      {
        data: {
          candidates: data.candidates.map((r) => r.candidate),
          offers: data.offers,
          contracts: data.contracts,
        },
      },
    );
    expect(direct.rows).toEqual(result.rows);
  });

  it('names the missing file and its field before any work', async () => {
    const path = await writeConfig('missing.json', {
      ...config,
      data: { ...config.data, contracts: 'nowhere.csv' },
    });
    const error = await runExperimentFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExperimentConfigError);
    expect((error as ExperimentConfigError).issues).toEqual([
      {
        path: 'data.contracts',
        message: "file not found: nowhere.csv (relative to the configuration's folder)",
      },
    ]);
    expect((error as Error).message).toContain('missing.json');
  });

  it('rejects text that is not JSON, and a bad field, with where and why', async () => {
    const notJson = await writeConfig('broken.json', '{ "seed": ');
    await expect(runExperimentFile(notJson)).rejects.toThrow(/\(file\): not valid JSON/);
    const bad = await writeConfig('bad.json', { ...config, seed: 2.5, metrics: ['ndcg@0'] });
    const error = (await runExperimentFile(bad).catch((e: unknown) => e)) as ExperimentConfigError;
    expect(error.issues.map((i) => i.path)).toEqual(['seed', 'metrics[0]']);
    await expect(runExperimentFile(join(dir, 'absent.json'))).rejects.toThrow(/cannot read/);
  });
});
