// Three builds: the library (one ES module per component, dependencies external, for bundlers), the
// one-script-tag ES module `passerelle-widgets.js` (Lit and everything included; the matching engine and the
// skill search in lazily loaded chunks under dist/bundle/), and an IIFE of the same for file:// and old pages.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { libraryConfig } from '../../scripts/rollup-library.mjs';

export const COMPONENTS = [
  'match-list',
  'score-breakdown',
  'candidate-card',
  'offer-card',
  'skill-picker',
  'kpi-dashboard',
  'context',
];

const dir = import.meta.dirname;
const tsconfig = join(dir, 'tsconfig.build.json');

const library = libraryConfig(dir, {
  index: 'src/index.ts',
  define: 'src/define.ts',
  ...Object.fromEntries(
    COMPONENTS.filter((name) => existsSync(join(dir, `src/components/${name}/${name}.ts`))).map((name) => [
      `components/${name}/${name}`,
      `src/components/${name}/${name}.ts`,
    ]),
  ),
});

const bundlePlugins = () => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  commonjs(),
  esbuild({ target: 'es2022', tsconfig }),
];

const bundle = {
  input: { 'passerelle-widgets': join(dir, 'src/define.ts') },
  output: {
    dir: join(dir, 'dist'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'bundle/[name]-[hash].js',
    plugins: [minify({ target: 'es2022' })],
  },
  plugins: bundlePlugins(),
};

const iife = {
  input: join(dir, 'src/define.ts'),
  output: {
    file: join(dir, 'dist/passerelle-widgets.iife.js'),
    format: 'iife',
    name: 'PasserelleWidgets',
    inlineDynamicImports: true,
    plugins: [minify({ target: 'es2022' })],
  },
  plugins: bundlePlugins(),
};

export default [library, bundle, iife];
