// Where the real public data sits: `../shared/data` beside the repository, or PASSERELLE_SHARED_DATA.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The absolute path of a file or folder under the shared data folder; throws with the remedy if absent. */
export function sharedData(...parts: string[]): string {
  const root = process.env.PASSERELLE_SHARED_DATA ?? resolve(here, '../../../../shared/data');
  const path = join(root, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Shared data not found at ${path}. Place the shared data folder beside the repository ` +
        '(../shared/data) or set PASSERELLE_SHARED_DATA to its path.',
    );
  }
  return path;
}
