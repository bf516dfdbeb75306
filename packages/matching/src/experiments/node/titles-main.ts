// `npm run experiment:titles` (after `npm run build`): the title-normalisation experiment on the JobBERT validation
// titles against full ESCO, results written to the package's `results/title-normalization` folder. The data folder
// is `../shared/data` beside the repository, or `$PASSERELLE_SHARED_DATA`. Options: --seed N, --folds N (extra
// synonyms), --fuse-sample N (titles for plain fuse.js, 0 leaves it out), --max-titles N.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_TITLE_METHODS, TITLE_EXPERIMENT } from '../titles/config.js';
import { runTitleExperimentConfig } from './titles-file.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20250611' },
    folds: { type: 'string', default: '2' },
    'fuse-sample': { type: 'string', default: '200' },
    'max-titles': { type: 'string' },
  },
});
const shared = process.env.PASSERELLE_SHARED_DATA ?? resolve(process.cwd(), '../../../shared/data');
const fuseSample = Number(values['fuse-sample']);
// Paths relative to the shared data folder, so that the configuration kept with the results names no machine path.
const config = {
  experiment: TITLE_EXPERIMENT,
  name: 'title-normalization',
  seed: Number(values.seed),
  data: { titles: 'title-normalization/jobbert_titles_validation.csv', escoFolder: 'esco' },
  locale: 'en',
  ...(values['max-titles'] === undefined ? {} : { maxTitles: Number(values['max-titles']) }),
  methods: DEFAULT_TITLE_METHODS.filter((m) => m.kind !== 'fuse' || fuseSample !== 0).map((m) =>
    m.kind === 'fuse' ? { ...m, maxTitles: fuseSample } : { ...m },
  ),
  extraSynonyms: { folds: Number(values.folds), groupBy: 'normalized-title' },
};
const started = performance.now();
let shown = -1;
const { result, files } = await runTitleExperimentConfig(config, shared, {
  resultsDir: resolve(process.cwd(), 'results/title-normalization'),
  onProgress: ({ done, total }) => {
    const percent = Math.floor((100 * done) / Math.max(total, 1));
    if (process.stderr.isTTY && percent !== shown)
      process.stderr.write(`\r${(shown = percent)} % of ${total} titles ranked`);
  },
});
if (process.stderr.isTTY) process.stderr.write('\n');
const figures = (values: Readonly<Record<string, unknown>>) =>
  result.metrics.map((m) => `${m} ${Number(values[m]).toFixed(3)}`).join(', ');
for (const row of result.rows) {
  process.stdout.write(
    `${row.subset}, ${row.method} (${row.titles} titles): ${figures(row.values)}, ${row.titlesPerSecond.toFixed(row.titlesPerSecond < 100 ? 2 : 0)} titles/s\n`,
  );
}
const synonyms = result.extraSynonyms;
if (synonyms) {
  process.stdout.write(
    `extra synonyms, ${synonyms.folds} folds grouped by normalised title (${synonyms.perFold.map((f) => f.titles).join(' + ')} titles): ` +
      `${figures(synonyms.all.values)}, ${synonyms.all.titlesPerSecond.toFixed(0)} titles/s\n`,
  );
}
process.stdout.write(
  `written ${files.markdown} and .json in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
