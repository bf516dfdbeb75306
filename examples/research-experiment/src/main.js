#!/usr/bin/env node
// @ts-check
// A research notebook, as a script. The question: should the skills an offer only wishes for count as much as the
// ones it requires? Two engine configurations (experiment.json), compared first on the seeded synthetic data (do
// the lists find the people really hired?), then on ESCO when a folder of compact ESCO files is given (does the
// engine recover an occupation from a damaged skill profile?).
//
//   node src/main.js                                   the synthetic part
//   node src/main.js --esco ../shared/data/esco        and the ESCO part (occupations, skills, relations)
//   node src/main.js --queries 40 --occupations 60     smaller, faster (--candidates N: fewer synthetic people)
//   node src/main.js --config my-experiment.json       your own configurations
//
// Output: Markdown on standard output, progress on standard error. Exit code 2 on a bad option, configuration or
// ESCO folder, checked before any work.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ExperimentConfigError,
  escoRecoveryMarkdown,
  experimentReportMarkdown,
  parseExperimentConfig,
  runExperiment,
} from '@passerelle/matching/experiments';
import { runEscoExperimentFolder } from '@passerelle/matching/experiments/node';
import { compareEngines } from './compare.js';

/** Wrong usage: a bad option, an unreadable configuration, a folder without the ESCO files (exit code 2). */
class UsageError extends Error {}

/** The compact ESCO files the second part reads. */
const ESCO_FILES = ['occupations.csv', 'skills.csv', 'occupation_skill_relations.csv'];

const out = (text = '') => process.stdout.write(`${text}\n`);
const progress = (/** @type {string} */ text) => process.stderr.write(`${text}\n`);

/** The options, checked, and the configuration, read and checked: every usage problem before any work. */
function setUp() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        esco: { type: 'string' },
        config: { type: 'string' },
        queries: { type: 'string' },
        candidates: { type: 'string' },
        occupations: { type: 'string', default: '200' },
      },
    }));
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
  const count = (/** @type {string} */ name, /** @type {string} */ text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0)
      throw new UsageError(`--${name} must be a positive integer, got "${text}".`);
    return n;
  };
  const esco = values.esco;
  const missing = esco === undefined ? [] : ESCO_FILES.filter((file) => !existsSync(join(esco, file)));
  if (missing.length > 0) throw new UsageError(`--esco ${esco}: no ${missing.join(', ')} there.`);
  const configFile = values.config ?? new URL('../experiment.json', import.meta.url);
  let config;
  try {
    config = JSON.parse(readFileSync(configFile, 'utf8'));
  } catch (error) {
    throw new UsageError(`${String(configFile)}: ${/** @type {Error} */ (error).message}`);
  }
  if (values.queries !== undefined) config.maxQueries = count('queries', values.queries);
  if (values.candidates !== undefined && config.data?.kind === 'synthetic')
    config.data.candidates = count('candidates', values.candidates);
  const parsed = parseExperimentConfig(config);
  if (!parsed.ok) throw new ExperimentConfigError(parsed.issues, String(configFile));
  return { config, esco, occupations: count('occupations', values.occupations ?? '200') };
}

async function main() {
  const { config, esco, occupations } = setUp();

  // ## 1. On the synthetic data (seeded: the same numbers on every machine)
  // The hires from the split date on are the right answers: for each person hired, does the list hold the offer
  // they took? Each configuration's own lists, and the same lists spread over the offers' positions.
  let phase = '';
  const synthetic = runExperiment(config, {
    onProgress: (p) => {
      const now = `${p.phase}${p.engine ? ` · ${p.engine}` : ''}`;
      if (now !== phase) progress(`… ${now}`);
      phase = now;
    },
  });
  out(experimentReportMarkdown(synthetic));

  // ## 2. What the numbers say, and how far to trust them
  out('## Lecture');
  out();
  for (const line of compareEngines(synthetic)) out(`- ${line}`);
  const one = 1 / synthetic.data.queries;
  out(
    `- Prudence : sur ${synthetic.data.queries} requêtes, une personne de plus ou de moins trouvée déplace un taux de ${one.toFixed(3)} ; relancez avec une autre graine (\`seed\`) avant de conclure.`,
  );
  out();

  // ## 3. On ESCO: an occupation recovered from a damaged skill profile, among about 3,000
  if (esco === undefined) {
    out('(ESCO : relancez avec `--esco <dossier>` pour la seconde partie.)');
    return;
  }
  progress(`… ESCO (${esco})`);
  const { result } = await runEscoExperimentFolder(esco, { engines: config.engines, occupations });
  out(escoRecoveryMarkdown(result));
}

main().catch((error) => {
  const usage = error instanceof UsageError || error instanceof ExperimentConfigError;
  process.stderr.write(`${usage ? error.message : (error?.stack ?? String(error))}\n`);
  process.exitCode = usage ? 2 : 1;
});
