// Labels of a second language from the official ESCO download, merged into a loaded taxonomy.
import type { Issue } from '../issues/issue.js';
import type { TaxonomyResult } from './build-taxonomy.js';
import {
  escoOfficialFileNames,
  readOfficialConcepts,
  readOfficialIscoGroups,
} from './esco-official-files.js';
import { mergeLabels, type ConceptLabelUpdate, type IscoLabelUpdate } from './merge-labels.js';
import type { Taxonomy } from './taxonomy.js';
import type { TaxonomyLocale } from './types.js';

/** The label files of one language of the official ESCO download; any of them may be left out. */
export interface EscoOfficialLabelFiles {
  readonly language: TaxonomyLocale;
  /** `skills_xx.csv`. */
  readonly skills?: string;
  /** `occupations_xx.csv`. */
  readonly occupations?: string;
  /** `skillGroups_xx.csv`. */
  readonly skillGroups?: string;
  /** `ISCOGroups_xx.csv`. */
  readonly iscoGroups?: string;
  /** File names quoted in issues; default the official names, e.g. `skills_fr.csv`. */
  readonly sources?: Partial<Record<'skills' | 'occupations' | 'skillGroups' | 'iscoGroups', string>>;
}

/**
 * A copy of `taxonomy` with the labels of `files.language` taken from official ESCO label files
 * (`skills_fr.csv`…), matched on concept URI. Concepts the taxonomy lacks are warnings; never throws
 * on data.
 */
export function mergeEscoOfficialLabels(taxonomy: Taxonomy, files: EscoOfficialLabelFiles): TaxonomyResult {
  const { language } = files;
  if (language !== 'fr' && language !== 'en')
    throw new RangeError(`Unknown taxonomy locale "${String(language)}"`);
  const sources = { ...escoOfficialFileNames(language), ...files.sources };
  const issues: Issue[] = [];
  const concepts: ConceptLabelUpdate[] = [];
  for (const kind of ['skills', 'occupations', 'skillGroups'] as const) {
    const text = files[kind];
    if (text === undefined) continue;
    const fileKind = kind === 'skills' ? 'skill' : kind === 'occupations' ? 'occupation' : 'skillGroup';
    for (const concept of readOfficialConcepts(text, sources[kind], fileKind, language, issues)) {
      const labels = concept.labels?.[language];
      concepts.push({
        id: concept.id,
        ...labels,
        source: sources[kind],
        ...(concept.line ? { line: concept.line } : {}),
      });
    }
  }
  const iscoGroups: IscoLabelUpdate[] = [];
  if (files.iscoGroups !== undefined) {
    for (const group of readOfficialIscoGroups(files.iscoGroups, sources.iscoGroups, language, issues)) {
      const label = group.labels?.[language];
      iscoGroups.push({
        code: group.code,
        source: sources.iscoGroups,
        ...(label ? { label } : {}),
        ...(group.line ? { line: group.line } : {}),
      });
    }
  }
  const merged = mergeLabels(
    taxonomy,
    language,
    { concepts, iscoGroups },
    { fieldNames: { labels: { id: 'conceptUri' } } },
  );
  return { taxonomy: merged.taxonomy, issues: [...issues, ...merged.issues] };
}
