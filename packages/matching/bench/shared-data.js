// Where the benchmarks find the shared public data (ESCO, labelled titles): ../shared/data beside the repository,
// or the folder PASSERELLE_SHARED_DATA names. The repository commits none of it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// The repository root: the nearest folder at or above `from` whose package.json has workspaces.
function repositoryRoot(from) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).workspaces) return dir;
    if (dirname(dir) === dir) throw new Error('Run from inside the Passerelle repository.');
  }
}

/** The path of a file or folder of the shared data; undefined when it is not there. */
export function findSharedData(...parts) {
  const root =
    process.env.PASSERELLE_SHARED_DATA ?? join(repositoryRoot(import.meta.dirname), '../shared/data');
  const path = join(root, ...parts);
  return existsSync(path) ? path : undefined;
}

/** The path of a file or folder of the shared data; throws, saying how to point at it, when it is not there. */
export function sharedData(...parts) {
  const path = findSharedData(...parts);
  if (path === undefined)
    throw new Error(`Shared data not found (${join(...parts)}): set PASSERELLE_SHARED_DATA.`);
  return path;
}
