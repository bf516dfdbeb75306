// The methods a title experiment compares, as rankers: title → occupation ids, best first.
import type { Taxonomy } from '@passerelle/core';
import { createTitleNormalizer } from '../../text/title-normalizer.js';
import { createFuseTitleBaseline, createTrigramTitleBaseline, type TitleRanker } from './baselines.js';
import type { TitleExperimentConfig } from './config.js';

type Method = TitleExperimentConfig['methods'][number];

/** The ranker of one configured method, its lists `listLength` long. */
export function buildRanker(method: Method, taxonomy: Taxonomy, config: TitleExperimentConfig): TitleRanker {
  if (method.kind === 'trigram') return createTrigramTitleBaseline(taxonomy, config.listLength);
  if (method.kind === 'fuse') return createFuseTitleBaseline(taxonomy, config.listLength);
  const normalizer = createTitleNormalizer(taxonomy, { fuzzy: method.fuzzy ?? true });
  return normalizerRanker(normalizer, config);
}

/** The normaliser as a ranker, reading titles in the configured language. */
export function normalizerRanker(
  normalizer: ReturnType<typeof createTitleNormalizer>,
  config: TitleExperimentConfig,
): TitleRanker {
  const query = { k: config.listLength, ...(config.locale === undefined ? {} : { locale: config.locale }) };
  return (title) => normalizer.normalizeTitle(title, query).map((match) => match.occupationId);
}
