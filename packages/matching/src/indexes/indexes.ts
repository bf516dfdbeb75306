import type { Candidate, Issue, JobOffer } from '@passerelle/core';
import { projectCandidate, type CandidateFeatures } from '../profiles/candidate-features.js';
import type { MatchContext } from '../profiles/context.js';
import { projectOffer, type OfferFeatures } from '../profiles/offer-features.js';
import { reachKm } from '../geo/reach.js';
import { ProfilePool, type PoolPlace } from './profile-pool.js';

abstract class ProfileIndex<
  R extends { id: string },
  F extends { readonly id: string; readonly issues: readonly Issue[] },
> {
  /** @internal The pool the rankings read. */
  readonly pool: ProfilePool<F>;
  /** @internal The context (taxonomy numbering, configuration) the profiles were projected with. */
  readonly context: MatchContext;
  readonly #project: (record: R) => F;

  protected constructor(
    context: MatchContext,
    pool: ProfilePool<F>,
    project: (record: R) => F,
    records: Iterable<R>,
  ) {
    this.context = context;
    this.pool = pool;
    this.#project = project;
    for (const record of records) this.add(record);
  }

  /** Number of profiles indexed. */
  get size(): number {
    return this.pool.size;
  }

  /** Whether a profile with this id is indexed. */
  has(id: string): boolean {
    return this.pool.has(id);
  }

  /** Adds a profile; throws a RangeError if its id is already indexed (use `update`). */
  add(record: R): void {
    if (this.pool.has(record.id))
      throw new RangeError(`"${record.id}" is already indexed: use update() to replace it.`);
    this.pool.set(this.#project(record));
  }

  /** Replaces the profile with the same id (adds it if absent). */
  update(record: R): void {
    this.pool.set(this.#project(record));
  }

  /** Removes a profile; returns whether it was indexed. */
  remove(id: string): boolean {
    return this.pool.delete(id);
  }

  /** Problems found in the indexed profiles (unknown places or skills), each naming the record. */
  issues(): Issue[] {
    const issues: Issue[] = [];
    for (const features of this.pool.profiles()) {
      for (const issue of features.issues)
        issues.push({ ...issue, field: `${features.id}.${issue.field ?? ''}` });
    }
    return issues;
  }
}

/** An index over candidates (see `Matcher.indexCandidates`). */
export class CandidateIndex extends ProfileIndex<Candidate, CandidateFeatures> {
  constructor(context: MatchContext, candidates: Iterable<Candidate>) {
    const place = (c: CandidateFeatures): PoolPlace => {
      const reach = reachKm(c, context.config.geography);
      return Number.isNaN(c.lat) || !Number.isFinite(reach)
        ? undefined
        : { lat: c.lat, lon: c.lon, reachKm: reach };
    };
    super(
      context,
      new ProfilePool((c: CandidateFeatures) => ({ skills: c.skills, groups: c.groups }), place),
      (c) => projectCandidate(c, context),
      candidates,
    );
  }
}

/** An index over offers (see `Matcher.indexOffers`). */
export class OfferIndex extends ProfileIndex<JobOffer, OfferFeatures> {
  constructor(context: MatchContext, offers: Iterable<JobOffer>) {
    const place = (o: OfferFeatures): PoolPlace =>
      Number.isNaN(o.lat) ? undefined : { lat: o.lat, lon: o.lon, reachKm: 0 };
    super(context, new ProfilePool(offerKeys, place), (o) => projectOffer(o, context), offers);
  }
}

function offerKeys(offer: OfferFeatures) {
  return {
    skills: [...new Set([...offer.required, ...offer.wanted])],
    groups: [...new Set([...offer.requiredGroup, ...offer.wantedGroup].filter((g) => g >= 0))],
  };
}
