// Title normalisation on the JobBERT validation titles (English job-board titles labelled with ESCO occupations):
// the title-normalisation experiment of @passerelle/matching/experiments (built) run on full ESCO, with CPU time
// for speeds: plain fuse.js, a character-3-gram TF-IDF cosine and ours (createTitleNormalizer), on all titles and
// the two seeded halves (the normaliser's defaults were tuned on half 1 at this seed; half 2 is held out); ours with
// labelled titles as extra synonyms under a 2-fold split grouped by normalised title (leak-free), and, for
// comparison, cut at random (leaky); then typo robustness with and without the fuse.js step, on synthetic typos.
//
// Run from packages/matching after `npm run build` (`npm run bench` runs it): node bench/title-normalization.js
// Options: --fuse-sample N (titles for plain fuse.js, default 300; 0 skips it; about 2 titles/s).
// Writes bench/title-normalization-results.json. Figures are reported, never asserted (machines are noisy).
// Shared data: ../shared/data beside the repository, or PASSERELLE_SHARED_DATA.
// `npm run experiment:titles` runs the same experiment and writes its report to results/title-normalization.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEscoCompactFromDirectory } from '@passerelle/core/node';
import { createTitleNormalizer } from '@passerelle/matching';
import {
  DEFAULT_TITLE_METHODS,
  DEFAULT_TITLE_METRICS,
  parseLabelledTitlesCsv,
  parseMetricSpec,
  randomFolds,
  runRanker,
  runTitleNormalizationExperiment,
  scoreRuns,
  titleNormalizationMarkdown,
} from '@passerelle/matching/experiments';
import { CPU_CLOCK } from '@passerelle/matching/experiments/node';
import { machineLine } from '../../../scripts/bench-harness.mjs';
import { sharedData } from './shared-data.js';
import { typoRows } from './title-normalization-typos.js';

const SEED = 20250611;
const K = 10;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

const { taxonomy } = await loadEscoCompactFromDirectory(sharedData('esco'));
const titlesPath = sharedData('title-normalization', 'jobbert_titles_validation.csv');
const { rows, issues } = parseLabelledTitlesCsv(
  readFileSync(titlesPath, 'utf8'),
  'jobbert_titles_validation.csv',
);
if (issues.length > 0)
  throw new Error(`Unexpected rows in the titles file: ${JSON.stringify(issues.slice(0, 3))}`);
const fuseSample = option('fuse-sample', 300);

process.stdout.write(
  `\nTitle normalisation, JobBERT validation titles → ESCO (${taxonomy.occupationCount} occupations)\n${machineLine()}\n`,
);
const config = {
  experiment: 'title-normalization',
  name: 'Title normalisation (benchmark)',
  seed: SEED,
  data: { titles: 'title-normalization/jobbert_titles_validation.csv', escoFolder: 'esco' },
  locale: 'en',
  listLength: K,
  methods: DEFAULT_TITLE_METHODS.filter((m) => m.kind !== 'fuse' || fuseSample > 0).map((m) =>
    m.kind === 'fuse' ? { ...m, maxTitles: fuseSample } : { ...m },
  ),
  extraSynonyms: { folds: 2, groupBy: 'normalized-title' },
};
const result = runTitleNormalizationExperiment(config, { rows, taxonomy, clock: CPU_CLOCK });
process.stdout.write(`\n${titleNormalizationMarkdown(result)}`);
const byName = (method, subset) => result.rows.find((r) => r.method === method && r.subset === subset);
const [ours, trigram] = DEFAULT_TITLE_METHODS.map((m) => m.name);
const speedRatio = byName(ours, 'all').titlesPerSecond / byName(trigram, 'all').titlesPerSecond;
process.stdout.write(
  `\nSpeed, ours / 3-gram baseline, all titles, same process: ${speedRatio.toFixed(2)}×\n`,
);

// For comparison only: the same 2 folds cut at random (the previous benchmark's split), where an evaluated title
// may find its own words among the synonyms.
const metrics = DEFAULT_TITLE_METRICS.map((text) => parseMetricSpec(text).spec);
const catalogue = taxonomy.occupations.map((o) => o.id);
const leaky = randomFolds(rows, 2, SEED).folds.map((evaluated, f, folds) => {
  const normalizer = createTitleNormalizer(taxonomy, {
    extraSynonyms: folds[1 - f].map((row) => ({ ...row, locale: 'en' })),
  });
  const rank = (title) => normalizer.normalizeTitle(title, { k: K, locale: 'en' }).map((m) => m.occupationId);
  return runRanker(evaluated, rank, K, CPU_CLOCK);
});
const leakyScores = scoreRuns(leaky, metrics, [...DEFAULT_TITLE_METRICS], catalogue);
process.stdout.write(
  `Extra synonyms cut at random (leaky): MRR@10 ${leakyScores.values['mrr@10'].toFixed(3)}, ` +
    `${leakyScores.titlesPerSecond.toFixed(0)} titles/s\n`,
);

// Typos: ESCO preferred labels with one synthetic typo, each language with its locale.
process.stdout.write(`\nSynthetic typos: short ESCO preferred labels with one typo each (seed ${SEED})\n`);
const typoResults = [];
const fuzzy = createTitleNormalizer(taxonomy);
const strict = createTitleNormalizer(taxonomy, { fuzzy: false });
for (const locale of ['fr', 'en']) {
  const typos = typoRows(taxonomy, locale, SEED);
  for (const [name, normalizer] of [
    ['ours, fuzzy step on (default)', fuzzy],
    ['ours, fuzzy: false', strict],
  ]) {
    const rank = (title) => normalizer.normalizeTitle(title, { k: K, locale }).map((m) => m.occupationId);
    const scores = scoreRuns(
      [runRanker(typos, rank, K, CPU_CLOCK)],
      metrics,
      [...DEFAULT_TITLE_METRICS],
      catalogue,
    );
    typoResults.push({ locale, method: name, ...scores });
    process.stdout.write(
      `  ${locale}: ${name.padEnd(32)} ${String(scores.titles).padStart(5)} titles  MRR@10 ${scores.values['mrr@10'].toFixed(3)}` +
        `  R@1 ${scores.values['recall@1'].toFixed(3)}  R@10 ${scores.values['recall@10'].toFixed(3)}  ${scores.titlesPerSecond.toFixed(0)} titles/s\n`,
    );
  }
}

const resultsPath = join(import.meta.dirname, 'title-normalization-results.json');
const summary = {
  date: new Date().toISOString(),
  machine: machineLine(),
  note: 'The title-normalisation experiment (speeds in CPU time, one thread, building excluded); "extraSynonyms" uses labelled titles as synonyms (leak-free folds) and is not comparable with the rows; "leakyExtraSynonyms" cuts the folds at random, for comparison.',
  experiment: {
    data: result.data,
    clock: result.clock,
    builds: result.builds,
    rows: result.rows,
    extraSynonyms: result.extraSynonyms,
  },
  leakyExtraSynonyms: leakyScores,
  typos: typoResults,
};
writeFileSync(resultsPath, `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`\nWrote ${resultsPath.slice(resultsPath.indexOf('bench'))}\n`);
