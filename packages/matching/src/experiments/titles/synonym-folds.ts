// The normaliser with labelled titles as extra synonyms, under a k-fold split that is leak-free when titles are
// grouped by their normalised words.
import type { Taxonomy } from '@passerelle/core';
import { normalizeText } from '../../text/normalize-text.js';
import { createTitleNormalizer } from '../../text/title-normalizer.js';
import { TEXT_LOCALES, type TextLocale } from '../../text/types.js';
import type { TitleExperimentConfig } from './config.js';
import {
  runRanker,
  type ExperimentClock,
  type LabelledTitle,
  type RankerRun,
  type TitleScores,
} from './evaluate.js';
import { groupedFolds, randomFolds } from './folds.js';
import type { Progress } from './progress.js';
import { normalizerRanker } from './rankers.js';

/** One fold of the extra-synonyms evaluation. */
export interface SynonymFold extends TitleScores {
  /** 1-based. */
  readonly fold: number;
  /** Labelled titles of the other folds given as extra synonyms. */
  readonly synonymsGiven: number;
  /** Of those, indexed (the others were left out, e.g. as the same words as a label of the occupation). */
  readonly synonymsIndexed: number;
  /** Evaluated titles whose normalised words are those of a synonym given (0 when grouped by normalised title). */
  readonly titlesAmongSynonyms: number;
}

/** The normaliser with labelled titles as extra synonyms, per fold and over all folds. */
export interface SynonymResult {
  readonly folds: number;
  readonly groupBy: 'normalized-title' | 'none';
  /** Groups of titles kept together (titles with the same normalised words; every title when not grouped). */
  readonly groups: number;
  readonly perFold: readonly SynonymFold[];
  /** Every fold's titles together (each evaluated once, with the other folds' titles as synonyms). */
  readonly all: TitleScores & { readonly titlesAmongSynonyms: number };
}

/** The languages a labelled title is read in: the configured one, else both. */
function localesOf(config: TitleExperimentConfig): readonly TextLocale[] {
  return config.locale === undefined ? TEXT_LOCALES : [config.locale];
}

/**
 * A title's normalised words in each language it is read in (as the normaliser indexes and queries it): two
 * titles sharing one are the same text to the normaliser. None for a title without a meaningful word (the
 * normaliser neither indexes nor ranks it).
 */
function titleKeys(title: string, locales: readonly TextLocale[]): string[] {
  return locales.flatMap((locale) => {
    const words = normalizeText(title, { locale, kind: 'title' });
    return words === '' ? [] : [`${locale}:${words}`];
  });
}

/**
 * Evaluates each fold with the other folds' titles given to the normaliser as extra synonyms (see the
 * configuration's `extraSynonyms`).
 */
export function synonymFolds(
  rows: readonly LabelledTitle[],
  config: TitleExperimentConfig,
  taxonomy: Taxonomy,
  clock: ExperimentClock,
  progress: Progress,
  score: (runs: readonly RankerRun[]) => TitleScores,
): SynonymResult {
  const settings = config.extraSynonyms!;
  const locales = localesOf(config);
  const keys = new Map<string, string[]>();
  const keysOf = (row: LabelledTitle) => {
    let list = keys.get(row.title);
    if (list === undefined) keys.set(row.title, (list = titleKeys(row.title, locales)));
    return list;
  };
  const split =
    settings.groupBy === 'none'
      ? randomFolds(rows, settings.folds, config.seed)
      : groupedFolds(rows, settings.folds, config.seed, keysOf);
  const name = 'normaliser + extra synonyms';
  const runs: RankerRun[] = [];
  const perFold = split.folds.map((evaluated, f): SynonymFold => {
    const synonyms = split.folds.flatMap((fold, other) => (other === f ? [] : fold));
    progress.report('build', `${name}, fold ${f + 1}`);
    const normalizer = createTitleNormalizer(taxonomy, {
      fuzzy: settings.fuzzy ?? true,
      extraSynonyms: synonyms.map((row) => ({
        title: row.title,
        occupationId: row.occupationId,
        ...(config.locale === undefined ? {} : { locale: config.locale }),
      })),
    });
    const run = runRanker(evaluated, normalizerRanker(normalizer, config), config.listLength, clock, (n) =>
      progress.advance(n, `${name}, fold ${f + 1}`),
    );
    runs.push(run);
    const synonymKeys = new Set(synonyms.flatMap(keysOf));
    return {
      fold: f + 1,
      synonymsGiven: synonyms.length,
      synonymsIndexed: normalizer.extraSynonymCount,
      titlesAmongSynonyms: evaluated.filter((row) => keysOf(row).some((key) => synonymKeys.has(key))).length,
      ...score([run]),
    };
  });
  return {
    folds: settings.folds,
    groupBy: settings.groupBy,
    groups: split.groups,
    perFold,
    all: {
      ...score(runs),
      titlesAmongSynonyms: perFold.reduce((sum, fold) => sum + fold.titlesAmongSynonyms, 0),
    },
  };
}
