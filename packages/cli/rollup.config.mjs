import { libraryConfig } from '../../scripts/rollup-library.mjs';

const config = libraryConfig(import.meta.dirname, { passerelle: 'src/main.ts' });

// The bin runs as `passerelle` from a shell: the entry needs its interpreter line (the chunks of each command,
// loaded when it runs, do not).
export default {
  ...config,
  output: { ...config.output, banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : '') },
};
