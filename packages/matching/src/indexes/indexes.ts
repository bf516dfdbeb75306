import type { Candidate, Issue, JobOffer } from '@passerelle/core';
import { projectCandidate, wantedOf, type CandidateFeatures } from '../profiles/candidate-features.js';
import type { MatchContext } from '../profiles/context.js';
import { projectOffer, type OfferFeatures } from '../profiles/offer-features.js';
import { reachKm } from '../geo/reach.js';
import { groupMask, skillMask } from '../internal/bits.js';
import { groupBase, offerSkillTag, skillWeights } from '../ranking/skill-bound.js';
import { CandidateColumns, OccupationNumbers, OfferColumns } from './columns.js';
import { ProfilePool, type PoolPlace } from './profile-pool.js';
import { spatialOrder } from './spatial-order.js';

function occupationNumbers(context: MatchContext): OccupationNumbers {
  return new OccupationNumbers((id) => context.taxonomy.occupation(id)?.iscoGroup);
}

abstract class ProfileIndex<
  R extends { id: string },
  F extends { readonly id: string; readonly issues: readonly Issue[] },
> {
  /** @internal The pool the rankings read. */
  readonly pool: ProfilePool<F>;
  /** @internal The context (taxonomy numbering, configuration) the profiles were projected with. */
  readonly context: MatchContext;
  readonly #project: (record: R) => F;
  readonly #write: (slot: number, features: F) => void;

  protected constructor(
    context: MatchContext,
    pool: ProfilePool<F>,
    project: (record: R) => F,
    write: (slot: number, features: F) => void,
    records: Iterable<R>,
    projected: Iterable<F> | undefined,
    reserve: (count: number) => void = () => undefined,
  ) {
    this.context = context;
    this.pool = pool;
    this.#project = project;
    this.#write = write;
    // Slots in spatial order: a query reads the columns of the profiles near a point, which then sit side by side
    // in memory rather than scattered over the whole pool (several times faster on large pools).
    // A repeated id throws from insertNew.
    const profiles: F[] = [];
    if (projected !== undefined) for (const features of projected) profiles.push(features);
    else for (const record of records) profiles.push(project(record));
    reserve(profiles.length);
    const order = spatialOrder(profiles as unknown as readonly { lat: number; lon: number }[]);
    for (let at = 0; at < order.length; at++) {
      const features = profiles[order[at] as number] as F;
      write(pool.insertNew(features), features);
    }
    // The cells' postings are packed once here rather than by the first query to reach each cell.
    pool.pack();
  }

  #set(record: R): void {
    const features = this.#project(record);
    this.#write(this.pool.set(features), features);
    this.pool.pack();
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
    this.#set(record);
  }

  /** Replaces the profile with the same id (adds it if absent). */
  update(record: R): void {
    this.#set(record);
  }

  /** Removes a profile; returns whether it was indexed. */
  remove(id: string): boolean {
    const removed = this.pool.delete(id);
    this.pool.pack();
    return removed;
  }

  /** Problems found in the indexed profiles (unknown places or skills), each naming the record; in id order. */
  issues(): Issue[] {
    const issues: Issue[] = [];
    const profiles = [...this.pool.profiles()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const features of profiles) {
      for (const issue of features.issues)
        issues.push({ ...issue, field: `${features.id}.${issue.field ?? ''}` });
    }
    return issues;
  }
}

/** An index over candidates (see `Matcher.indexCandidates`). */
export class CandidateIndex extends ProfileIndex<Candidate, CandidateFeatures> {
  /** @internal Column copies for the cheap hard-constraint checks. */
  readonly columns: CandidateColumns;

  /**
   * @param projected @internal the candidates already projected with this context, in their order (an import
   * projects them on worker threads); `candidates` is then not read
   */
  constructor(
    context: MatchContext,
    candidates: Iterable<Candidate>,
    projected?: Iterable<CandidateFeatures>,
  ) {
    const columns = new CandidateColumns(context.config, occupationNumbers(context));
    const place = (c: CandidateFeatures): PoolPlace => {
      const reach = reachKm(c, context.config.geography);
      return Number.isNaN(c.lat) || !Number.isFinite(reach)
        ? undefined
        : { lat: c.lat, lon: c.lon, reachKm: reach };
    };
    super(
      context,
      // A candidate's postings carry the level held and its skill mask: the skill bound of an offer query needs
      // nothing else. Its
      // group and trade masks list it per bit in its grid cell, for the queries only group- or trade-sharers can
      // satisfy.
      new ProfilePool(
        (c: CandidateFeatures) => ({
          skills: c.skills,
          skillTags: c.levels,
          skillMask: skillMask(c.skills),
          groupMask: c.groupMask,
          tradeKeys: c.tradeKeys,
        }),
        place,
      ),
      (c) => projectCandidate(c, context),
      (slot, c) => columns.write(slot, c),
      candidates,
      projected,
      (count) => columns.reserve(count),
    );
    this.columns = columns;
  }
}

/** An index over offers (see `Matcher.indexOffers`). */
export class OfferIndex extends ProfileIndex<JobOffer, OfferFeatures> {
  /** @internal Column copies for the cheap hard-constraint checks and the skill bounds. */
  readonly columns: OfferColumns;

  /**
   * @param projected @internal the offers already projected with this context, in their order (lists both ways
   * reuse them as queries); `offers` is then not read
   */
  constructor(context: MatchContext, offers: Iterable<JobOffer>, projected?: Iterable<OfferFeatures>) {
    const columns = new OfferColumns(context.config, occupationNumbers(context));
    const rules = context.config.skills;
    const place = (o: OfferFeatures): PoolPlace =>
      Number.isNaN(o.lat) ? undefined : { lat: o.lat, lon: o.lon, reachKm: 0 };
    const write = (slot: number, o: OfferFeatures) => {
      const weights = skillWeights(o.required.length, o.wanted.length, rules);
      columns.write(slot, o, { ...weights, base: groupBase(o.requiredGroup, o.wantedGroup, weights, rules) });
    };
    super(
      context,
      new ProfilePool((o: OfferFeatures) => offerKeys(o, context), place),
      (o) => projectOffer(o, context),
      write,
      offers,
      projected,
    );
    this.columns = columns;
  }
}

// One posting per skill the offer asks (a skill both required and wanted has two), tagged with what it asks; its
// grid cell lists it per skill-group bit and per trade key (those of its occupation as a wanted one, shared), for the
// candidates' queries.
function offerKeys(offer: OfferFeatures, context: MatchContext) {
  const tags: number[] = [];
  for (let i = 0; i < offer.required.length; i++)
    tags.push(offerSkillTag(offer.requiredMin[i] as number, (offer.requiredGroup[i] as number) >= 0, true));
  for (let i = 0; i < offer.wanted.length; i++)
    tags.push(offerSkillTag(offer.wantedMin[i] as number, (offer.wantedGroup[i] as number) >= 0, false));
  return {
    skills: [...offer.required, ...offer.wanted],
    skillTags: tags,
    groupMask: groupMask(offer.requiredGroup) | groupMask(offer.wantedGroup),
    tradeKeys: wantedOf(offer.occupation === undefined ? [] : [offer.occupation], context).tradeKeys,
  };
}
