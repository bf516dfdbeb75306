// Builds dist/passerelle.js with the package's rollup configuration, so that the tests run what ships.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function buildBin(): void {
  const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
  const rollupBin = join(
    dirname(createRequire(import.meta.url).resolve('rollup/package.json')),
    'dist/bin/rollup',
  );
  execFileSync(process.execPath, [rollupBin, '-c', '--silent'], { cwd: packageDir, stdio: 'pipe' });
}
