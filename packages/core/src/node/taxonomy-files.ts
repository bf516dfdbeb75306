import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TaxonomyResult } from '../taxonomy/build-taxonomy.js';
import { escoOfficialFileNames } from '../taxonomy/esco-official-files.js';
import { loadEscoCompact } from '../taxonomy/load-esco-compact.js';
import { loadEscoOfficial } from '../taxonomy/load-esco-official.js';
import type { EscoOfficialLabelFiles } from '../taxonomy/merge-esco-labels.js';
import type { TaxonomyLocale } from '../taxonomy/types.js';

/** The file names of the compact ESCO data set (Passerelle's shared `data/esco/`). */
export const ESCO_COMPACT_FILES = Object.freeze({
  occupations: 'occupations.csv',
  skills: 'skills.csv',
  relations: 'occupation_skill_relations.csv',
  iscoGroups: 'isco_groups.csv',
});

// TextDecoder drops a UTF-8 byte-order mark by default; invalid bytes become U+FFFD rather than throwing.
const utf8 = new TextDecoder('utf-8');

async function readRequired(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  try {
    return utf8.decode(await readFile(path));
  } catch (error) {
    throw new Error(`Cannot read ${path}: give the folder that holds the ESCO files.`, { cause: error });
  }
}

/** The text of an optional file, or `undefined` when it does not exist. */
async function readOptional(dir: string, name: string): Promise<string | undefined> {
  try {
    return utf8.decode(await readFile(join(dir, name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Loads the compact ESCO files from a folder: `occupations.csv`, `skills.csv` and
 * `occupation_skill_relations.csv` (required) and `isco_groups.csv` (when present), as UTF-8. Bad rows
 * come back as issues naming the file; the promise rejects only when a required file cannot be read.
 */
export async function loadEscoCompactFromDirectory(dir: string): Promise<TaxonomyResult> {
  const [occupations, skills, relations, iscoGroups] = await Promise.all([
    readRequired(dir, ESCO_COMPACT_FILES.occupations),
    readRequired(dir, ESCO_COMPACT_FILES.skills),
    readRequired(dir, ESCO_COMPACT_FILES.relations),
    readOptional(dir, ESCO_COMPACT_FILES.iscoGroups),
  ]);
  return loadEscoCompact({
    occupations,
    skills,
    relations,
    ...(iscoGroups !== undefined ? { iscoGroups } : {}),
  });
}

async function readLabelFiles(dir: string, language: TaxonomyLocale): Promise<EscoOfficialLabelFiles> {
  const names = escoOfficialFileNames(language);
  const [skills, occupations, skillGroups, iscoGroups] = await Promise.all(
    [names.skills, names.occupations, names.skillGroups, names.iscoGroups].map((name) =>
      readOptional(dir, name),
    ),
  );
  return {
    language,
    ...(skills !== undefined ? { skills } : {}),
    ...(occupations !== undefined ? { occupations } : {}),
    ...(skillGroups !== undefined ? { skillGroups } : {}),
    ...(iscoGroups !== undefined ? { iscoGroups } : {}),
  };
}

/**
 * Loads an official ESCO CSV download from a folder: `occupations_xx.csv`, `skills_xx.csv` and
 * `occupationSkillRelations_xx.csv` (required) and, when present, `skillGroups_xx.csv`,
 * `broaderRelationsSkillPillar_xx.csv` and `ISCOGroups_xx.csv`, with `xx` = `language`. The label files
 * of each language in `translations` found in the same folder are merged. Rejects only when a required
 * file cannot be read.
 */
export async function loadEscoOfficialFromDirectory(
  dir: string,
  language: TaxonomyLocale,
  options: { readonly translations?: readonly TaxonomyLocale[] } = {},
): Promise<TaxonomyResult> {
  const names = escoOfficialFileNames(language);
  const [occupations, skills, relations, skillGroups, broaderRelations, iscoGroups] = await Promise.all([
    readRequired(dir, names.occupations),
    readRequired(dir, names.skills),
    readRequired(dir, names.relations),
    readOptional(dir, names.skillGroups),
    readOptional(dir, names.broaderRelations),
    readOptional(dir, names.iscoGroups),
  ]);
  const translations = await Promise.all(
    (options.translations ?? []).map((other) => readLabelFiles(dir, other)),
  );
  return loadEscoOfficial({
    language,
    occupations,
    skills,
    relations,
    ...(skillGroups !== undefined ? { skillGroups } : {}),
    ...(broaderRelations !== undefined ? { broaderRelations } : {}),
    ...(iscoGroups !== undefined ? { iscoGroups } : {}),
    translations,
  });
}
