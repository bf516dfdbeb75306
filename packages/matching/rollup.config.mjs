import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig(import.meta.dirname, {
  index: 'src/index.ts',
  assignment: 'src/assignment/index.ts',
});
