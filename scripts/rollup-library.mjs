// Shared rollup configuration for the library packages: ESM only, dependencies stay external,
// esbuild strips the types (tsc -b writes the .d.ts files and type-checks).
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Chunk names carry a content hash, so each build writes new files beside the old ones: once the new bundle is
 * written, this removes the chunks it does not contain (else a published package would ship every old one).
 * Removing them after writing, not before, leaves no moment when the entry files point at missing chunks.
 * @param {string} chunksDir
 */
function removeStaleChunks(chunksDir) {
  return {
    name: 'remove-stale-chunks',
    writeBundle(_options, bundle) {
      let files;
      try {
        files = readdirSync(chunksDir);
      } catch {
        return;
      }
      for (const file of files) {
        if (!(`chunks/${file}` in bundle)) rmSync(join(chunksDir, file), { force: true });
      }
    },
  };
}

/**
 * @param {string} packageDir the package folder (import.meta.dirname of its rollup.config.mjs)
 * @param {Record<string, string>} input entry name -> source file, e.g. { index: 'src/index.ts' }
 */
export function libraryConfig(packageDir, input) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  return {
    input: Object.fromEntries(Object.entries(input).map(([name, file]) => [name, join(packageDir, file)])),
    external: (id) =>
      id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    output: {
      dir: join(packageDir, 'dist'),
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      esbuild({ target: 'es2022', tsconfig: join(packageDir, 'tsconfig.build.json') }),
      removeStaleChunks(join(packageDir, 'dist', 'chunks')),
    ],
  };
}
