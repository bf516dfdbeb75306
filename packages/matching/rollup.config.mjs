import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig(import.meta.dirname, {
  index: 'src/index.ts',
  assignment: 'src/assignment/index.ts',
  experiments: 'src/experiments/index.ts',
  'experiments-node': 'src/experiments/node/index.ts',
  node: 'src/node/index.ts',
  // Not an entry point for users: the worker behind importCandidates (dist/node.js finds it beside itself).
  'import-worker': 'src/node/import-worker.ts',
  // Not an entry point for users: the script behind `npm run experiment:esco`.
  'esco-experiment': 'src/experiments/node/esco-main.ts',
  // Nor this one: the script behind `npm run experiment:titles`.
  'title-experiment': 'src/experiments/node/titles-main.ts',
});
