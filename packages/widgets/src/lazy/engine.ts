// The matching engine, loaded only when a widget ranks a pool or explains a pair itself: it brings
// @passerelle/matching and @passerelle/core (zod, the starter taxonomy and gazetteer), far more than the
// widgets. The one-script-tag bundle keeps it in its own chunk.
import {
  Gazetteer,
  Taxonomy,
  type Candidate,
  type GazetteerData,
  type JobOffer,
  type TaxonomyData,
} from '@passerelle/core';
import {
  createMatcher,
  resolveMatchingConfig,
  type CandidateIndex,
  type Explanation,
  type Matcher,
  type MatchingConfigInput,
  type OfferIndex,
  type Ranking,
} from '@passerelle/matching';

/** What a widget hands the engine. */
export interface EngineSetup {
  /** A core `Taxonomy`, or its data (`toData()`); default: the starter taxonomy. */
  readonly taxonomy?: unknown;
  /** A core `Gazetteer`, or its data; default: the starter gazetteer. */
  readonly gazetteer?: unknown;
  readonly config?: MatchingConfigInput;
  /** When false, every hard constraint becomes soft (lowers the score instead of excluding). */
  readonly hardConstraints: boolean;
}

/** A ranking request: candidates for an offer, or offers for a candidate. */
export type RankRequest = EngineSetup & { readonly k: number } & (
    | { readonly direction: 'candidates'; readonly offer: JobOffer; readonly pool: readonly Candidate[] }
    | { readonly direction: 'offers'; readonly candidate: Candidate; readonly pool: readonly JobOffer[] }
  );

const taxonomies = new WeakMap<object, Taxonomy>();
const gazetteers = new WeakMap<object, Gazetteer>();
const matchers = new Map<string, { key: readonly unknown[]; matcher: Matcher }>();
const candidateIndexes = new WeakMap<Matcher, WeakMap<object, CandidateIndex>>();
const offerIndexes = new WeakMap<Matcher, WeakMap<object, OfferIndex>>();

function taxonomyOf(value: unknown): Taxonomy | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Taxonomy) return value;
  let taxonomy = taxonomies.get(value as object);
  if (!taxonomy) {
    taxonomy = new Taxonomy(value as TaxonomyData);
    taxonomies.set(value as object, taxonomy);
  }
  return taxonomy;
}

function gazetteerOf(value: unknown): Gazetteer | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Gazetteer) return value;
  let gazetteer = gazetteers.get(value as object);
  if (!gazetteer) {
    gazetteer = new Gazetteer(value as GazetteerData);
    gazetteers.set(value as object, gazetteer);
  }
  return gazetteer;
}

function softened(config: MatchingConfigInput | undefined): MatchingConfigInput {
  const resolved = resolveMatchingConfig(config);
  const constraints = Object.fromEntries(
    Object.entries(resolved.constraints).map(([id, c]) => [
      id,
      c.mode === 'hard' ? { ...c, mode: 'soft' } : c,
    ]),
  );
  return { ...resolved, constraints } as MatchingConfigInput;
}

/** One matcher per taxonomy, gazetteer, configuration and constraint mode, reused across widgets. */
function matcherFor(setup: EngineSetup): Matcher {
  const key = [setup.taxonomy, setup.gazetteer, setup.config, setup.hardConstraints] as const;
  const name = setup.hardConstraints ? 'hard' : 'soft';
  const cached = matchers.get(name);
  if (cached && cached.key.every((part, i) => part === key[i])) return cached.matcher;
  const taxonomy = taxonomyOf(setup.taxonomy);
  const gazetteer = gazetteerOf(setup.gazetteer);
  const matcher = createMatcher({
    ...(taxonomy ? { taxonomy } : {}),
    ...(gazetteer ? { gazetteer } : {}),
    config: setup.hardConstraints ? (setup.config ?? {}) : softened(setup.config),
  });
  matchers.set(name, { key, matcher });
  return matcher;
}

function cachedIndex<I>(
  store: WeakMap<Matcher, WeakMap<object, I>>,
  matcher: Matcher,
  pool: object,
  build: () => I,
) {
  let byPool = store.get(matcher);
  if (!byPool) {
    byPool = new WeakMap();
    store.set(matcher, byPool);
  }
  let index = byPool.get(pool);
  if (!index) {
    index = build();
    byPool.set(pool, index);
  }
  return index;
}

/** Ranks the pool with the same engine as in Node; an index per pool array is built once and kept. */
export function rank(request: RankRequest): Ranking {
  const matcher = matcherFor(request);
  // includeExcluded would score the whole pool (explanations included): several times the cost of a ranking.
  const options = { k: request.k };
  if (request.direction === 'candidates') {
    const index = cachedIndex(candidateIndexes, matcher, request.pool, () =>
      matcher.indexCandidates(request.pool),
    );
    return matcher.rankCandidates(request.offer, index, options);
  }
  const index = cachedIndex(offerIndexes, matcher, request.pool, () => matcher.indexOffers(request.pool));
  return matcher.rankOffers(request.candidate, index, options);
}

/** Explains one pair. */
export function explainPair(candidate: Candidate, offer: JobOffer, setup: EngineSetup): Explanation {
  return matcherFor(setup).explain(candidate, offer);
}
