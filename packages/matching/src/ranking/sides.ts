import type { MatchingConfig } from '../config/config.js';
import type { CandidateProbe, OfferProbe } from '../indexes/columns.js';
import type { CandidateIndex, OfferIndex } from '../indexes/indexes.js';
import type { PoolScratch, PostingsVisitor, ReadonlyPostings } from '../indexes/profile-pool.js';
import type { GridCell } from '../indexes/spatial-grid.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import type { PairEvaluator } from './evaluate-pair.js';
import type { RankSide } from './rank-pool.js';
import { groupBase, pairBound, scoreBound, skillWeights } from './skill-bound.js';
import { CandidateScatter, OfferScatter, type Scatter } from './skill-scatter.js';

/** Where a query may find profiles when the commute constraint is hard: a point and a radius. */
export interface Near {
  readonly lat: number;
  readonly lon: number;
  readonly radiusKm: number;
}

/**
 * Runs a scatter over a pool's postings: with a hard commute constraint, over the grid cells within reach only
 * (profiles elsewhere are excluded anyway), else over the whole pool's postings.
 */
class ScatterRun implements PostingsVisitor {
  readonly #scatter: Scatter;
  #scratch: PoolScratch | undefined;
  #met = 0;

  constructor(scatter: Scatter) {
    this.#scatter = scatter;
  }

  run(
    pool: CandidateIndex['pool'] | OfferIndex['pool'],
    near: Near | undefined,
    scratch: PoolScratch,
  ): number {
    this.#scratch = scratch;
    this.#met = 0;
    if (near === undefined) this.postings(pool.postingsBySkill);
    else pool.forEachPostingsNear(near.lat, near.lon, near.radiusKm, this);
    return this.#met;
  }

  cell(cell: GridCell): void {
    this.postings(cell.bySkill);
  }

  postings(bySkill: ReadonlyMap<number, ReadonlyPostings>): void {
    this.#met = this.#scatter.apply(bySkill, this.#scratch as PoolScratch, this.#met);
  }
}

/** An offer against an index of candidates. */
export class OfferToCandidates implements RankSide<CandidateFeatures> {
  readonly pool: CandidateIndex['pool'];
  readonly bounded: boolean;
  readonly others: number;
  readonly #offer: OfferFeatures;
  readonly #probe: OfferProbe;
  readonly #evaluator: PairEvaluator;
  readonly #weights: MatchingConfig['weights'];
  readonly #base: number;
  readonly #near: Near | undefined;
  readonly #scatter: ScatterRun;

  constructor(index: CandidateIndex, offer: OfferFeatures, evaluator: PairEvaluator, near: Near | undefined) {
    const config = evaluator.config;
    const rules = config.skills;
    const shares = skillWeights(offer.required.length, offer.wanted.length, rules);
    this.pool = index.pool;
    this.bounded = offer.required.length + offer.wanted.length > 0;
    this.#offer = offer;
    this.#probe = index.columns.probe(offer);
    this.#evaluator = evaluator;
    this.#weights = config.weights;
    this.#base = groupBase(offer.requiredGroup, offer.wantedGroup, shares, rules);
    this.others = scoreBound(this.#base, config.weights);
    this.#near = near;
    this.#scatter = new ScatterRun(new OfferScatter(offer, shares, rules));
  }

  scatter(scratch: PoolScratch): number {
    return this.#scatter.run(this.pool, this.#near, scratch);
  }

  bound(slot: number, accumulated: number): number {
    const geography = this.#probe.geography(slot);
    if (geography < 0) return -1;
    const factor = this.#probe.factor(slot, geography);
    if (factor < 0) return -1;
    return (
      factor * pairBound(this.#base + accumulated, geography, this.#probe.occupation(slot), this.#weights)
    );
  }

  skillBound(_slot: number, accumulated: number): number {
    return scoreBound(this.#base + accumulated, this.#weights);
  }

  excludes(slot: number): boolean {
    return this.#probe.excludes(slot);
  }

  score(candidate: CandidateFeatures): number {
    return this.#evaluator.score(candidate, this.#offer);
  }
}

/** A candidate against an index of offers. */
export class CandidateToOffers implements RankSide<OfferFeatures> {
  readonly pool: OfferIndex['pool'];
  readonly bounded = true;
  readonly others: number;
  readonly #candidate: CandidateFeatures;
  readonly #probe: CandidateProbe;
  readonly #evaluator: PairEvaluator;
  readonly #weights: MatchingConfig['weights'];
  readonly #base: Float64Array;
  readonly #near: Near | undefined;
  readonly #scatter: ScatterRun;

  constructor(
    index: OfferIndex,
    candidate: CandidateFeatures,
    reach: number,
    evaluator: PairEvaluator,
    near: Near | undefined,
  ) {
    const config = evaluator.config;
    const columns = index.columns;
    this.pool = index.pool;
    this.#candidate = candidate;
    this.#probe = columns.probe(candidate, reach);
    this.#evaluator = evaluator;
    this.#weights = config.weights;
    this.#base = columns.base;
    this.others = scoreBound(columns.maxBase, config.weights);
    this.#near = near;
    this.#scatter = new ScatterRun(new CandidateScatter(candidate, columns, config.skills));
  }

  scatter(scratch: PoolScratch): number {
    return this.#scatter.run(this.pool, this.#near, scratch);
  }

  bound(slot: number, accumulated: number): number {
    const geography = this.#probe.geography(slot);
    if (geography < 0) return -1;
    const factor = this.#probe.factor(slot, geography);
    if (factor < 0) return -1;
    const skills = (this.#base[slot] as number) + accumulated;
    return factor * pairBound(skills, geography, this.#probe.occupation(slot), this.#weights);
  }

  skillBound(slot: number, accumulated: number): number {
    return scoreBound((this.#base[slot] as number) + accumulated, this.#weights);
  }

  excludes(slot: number): boolean {
    return this.#probe.excludes(slot);
  }

  score(offer: OfferFeatures): number {
    return this.#evaluator.score(this.#candidate, offer);
  }
}
