import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBePostcodesCsv } from '../places/be-postcodes-loader.js';
import { loadGeoNamesPostalCodes } from '../places/geonames-loader.js';
import type { GazetteerLoadResult } from '../places/place-types.js';

/** The file names of the be-postcodes data set. */
export const BE_POSTCODES_FILES = Object.freeze({
  postcodes: 'be_postcodes.csv',
  walloniaCommunes: 'wallonia_communes.csv',
  refnis: 'refnis_2025.csv',
});

// TextDecoder drops a UTF-8 byte-order mark by default; invalid bytes become U+FFFD rather than throwing.
const utf8 = new TextDecoder('utf-8');

async function readText(path: string): Promise<string> {
  return utf8.decode(await readFile(path));
}

/** The text of an optional file, or `undefined` when it does not exist. */
async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readText(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Loads the be-postcodes data set from a folder: `be_postcodes.csv` (required), enriched with
 * `wallonia_communes.csv` and `refnis_2025.csv` when they are there. Files are read as UTF-8 (a BOM is
 * dropped); issues name each file by its path. Bad rows come back as issues; the promise rejects only
 * when `be_postcodes.csv` cannot be read (for example, a wrong folder).
 */
export async function loadBePostcodesFromDirectory(dir: string): Promise<GazetteerLoadResult> {
  const path = (name: string) => join(dir, name);
  const postcodesPath = path(BE_POSTCODES_FILES.postcodes);
  const [postcodes, communes, refnis] = await Promise.all([
    readText(postcodesPath).catch((error: unknown) => {
      throw new Error(`Cannot read ${postcodesPath}: give the folder that holds the be-postcodes files.`, {
        cause: error,
      });
    }),
    readOptional(path(BE_POSTCODES_FILES.walloniaCommunes)),
    readOptional(path(BE_POSTCODES_FILES.refnis)),
  ]);
  return loadBePostcodesCsv(postcodes, {
    source: postcodesPath,
    ...(communes !== undefined
      ? { walloniaCommunes: { text: communes, source: path(BE_POSTCODES_FILES.walloniaCommunes) } }
      : {}),
    ...(refnis !== undefined ? { refnis: { text: refnis, source: path(BE_POSTCODES_FILES.refnis) } } : {}),
  });
}

/**
 * Loads a GeoNames postal-code file (`BE.txt`, or `allCountries.txt`, whose other countries are skipped)
 * as UTF-8. See `loadGeoNamesPostalCodes` for what such a gazetteer holds. Rejects only when the file
 * cannot be read.
 */
export async function loadGeoNamesPostalCodesFile(path: string): Promise<GazetteerLoadResult> {
  return loadGeoNamesPostalCodes(await readText(path), { source: path });
}
