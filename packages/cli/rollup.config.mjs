import { libraryConfig } from '../../scripts/rollup-library.mjs';

const config = libraryConfig(import.meta.dirname, { passerelle: 'src/main.ts' });

// The bin runs as `passerelle` from a shell: it needs its interpreter line.
export default { ...config, output: { ...config.output, banner: '#!/usr/bin/env node' } };
