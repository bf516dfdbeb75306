import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig(import.meta.dirname, {
  index: 'src/index.ts',
  node: 'src/node/index.ts',
  testing: 'src/testing/index.ts',
});
