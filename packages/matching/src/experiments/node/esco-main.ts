// `npm run experiment:esco` (after `npm run build`): the ESCO profile-recovery experiment on the shared compact ESCO
// files, results written to the package's `results/esco-recovery` folder. The data folder is `../shared/data/esco`
// beside the repository, or `$PASSERELLE_SHARED_DATA/esco`. Options: --occupations N, --seed N.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runEscoExperimentFolder } from './run-file.js';

const { values } = parseArgs({
  options: { occupations: { type: 'string', default: '400' }, seed: { type: 'string', default: '2026' } },
});
const shared = process.env.PASSERELLE_SHARED_DATA ?? resolve(process.cwd(), '../../../shared/data');
const resultsDir = resolve(process.cwd(), 'results/esco-recovery');
const started = performance.now();
const { files, result } = await runEscoExperimentFolder(resolve(shared, 'esco'), {
  occupations: Number(values.occupations),
  seed: Number(values.seed),
  resultsDir,
  onProgress: ({ done, total }) => {
    if (done % 100 === 0 || done === total) process.stderr.write(`\r${done}/${total} profiles`);
  },
});
process.stderr.write('\n');
for (const s of result.scenarios) {
  const best = s.rows.map((r) => `${r.method} MRR@10 ${r.mrrAt10.toFixed(3)}`).join(', ');
  process.stdout.write(`remove ${s.removeShare}, perturb ${s.perturbShare}: ${best}\n`);
}
process.stdout.write(
  `written ${files?.markdown} and .json in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
