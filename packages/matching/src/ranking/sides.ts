import type { MatchingConfig } from '../config/config.js';
import type { CandidateProbe, OfferProbe } from '../indexes/columns.js';
import { groupMask, skillMask } from '../internal/bits.js';
import { creditBelow, TRADE_DIGITS, TRADE_UNKNOWN, tradeDepth, tradeKey } from '../internal/trade-keys.js';
import type { CandidateIndex, OfferIndex } from '../indexes/indexes.js';
import type { PoolScratch, PostingsVisitor } from '../indexes/profile-pool.js';
import type { PackedPostings } from '../indexes/skill-postings.js';
import type { GridCell } from '../indexes/spatial-grid.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import type { PairEvaluator } from './evaluate-pair.js';
import type { RankSide, WalkLists } from './rank-pool.js';
import { groupBase, pairBound, scoreBound, skillWeights } from './skill-bound.js';
import { CandidateScatter, OfferScatter, RequiredFirstScatter, type Scatter } from './skill-scatter.js';

/** Where a query may find profiles when the commute constraint is hard: a point and a radius. */
export interface Near {
  readonly lat: number;
  readonly lon: number;
  readonly radiusKm: number;
}

/**
 * Runs a scatter over a pool's postings: with a hard commute constraint, over the grid cells within reach only
 * (profiles elsewhere are excluded anyway), else over the whole pool's postings. Within reach, when the scatter can
 * leave profiles unmet, the nearest cells come first ({@link run}) and the others wait for {@link rest}: once the
 * profiles of the nearest cells are scored, the k-th score tells which of the others are worth meeting.
 */
class ScatterRun implements PostingsVisitor {
  readonly #scatter: Scatter;
  readonly #cap: CellCap;
  #scratch: PoolScratch | undefined;
  #met = 0;
  /** The cells within reach, with their geography caps and distances, while {@link run} collects them. */
  readonly #cells: PackedPostings[] = [];
  readonly #caps: number[] = [];
  readonly #km: number[] = [];
  /** The cells left for {@link rest}, nearest first. */
  #waiting: number[] = [];
  #collect = false;

  constructor(scatter: Scatter, cap: CellCap) {
    this.#scatter = scatter;
    this.#cap = cap;
  }

  /**
   * Scatters the postings of the cells nearest the query until `pilot` profiles are met (all of them when the
   * scatter cannot leave profiles unmet, or without a point); returns how many were met.
   */
  run(
    pool: CandidateIndex['pool'] | OfferIndex['pool'],
    near: Near | undefined,
    scratch: PoolScratch,
    pilot: number,
  ): number {
    this.#scratch = scratch;
    this.#met = 0;
    this.#waiting = [];
    this.#cells.length = 0;
    this.#caps.length = 0;
    this.#km.length = 0;
    if (near === undefined) {
      pool.forEachPostings(this);
      return this.#met;
    }
    this.#collect = this.#scatter.filters;
    pool.forEachPostingsNear(near.lat, near.lon, near.radiusKm, this);
    this.#collect = false;
    const order = this.#cells
      .map((_cell, i) => i)
      .sort((a, b) => (this.#km[a] as number) - (this.#km[b] as number));
    let next = 0;
    while (next < order.length && this.#met < pilot) {
      const i = order[next++] as number;
      this.#add(this.#cells[i] as PackedPostings, this.#caps[i] as number, Number.NEGATIVE_INFINITY);
    }
    this.#waiting = order.slice(next);
    return this.#met;
  }

  /**
   * Scatters the cells {@link run} left, from `met` on, meeting only the profiles whose skills may be worth
   * `minWorth(cap)` in a cell of geography cap `cap`; returns the new count of profiles met.
   */
  rest(scratch: PoolScratch, met: number, minWorth: (cap: number) => number): number {
    this.#scratch = scratch;
    this.#met = met;
    for (const i of this.#waiting) {
      const cap = this.#caps[i] as number;
      this.#add(this.#cells[i] as PackedPostings, cap, minWorth(cap));
    }
    this.#waiting = [];
    return this.#met;
  }

  cell(cell: GridCell, nearestKm: number): void {
    const cap = this.#cap.geography(nearestKm, cell.maxReach);
    if (!this.#collect) {
      this.#add(cell.postings.packed(), cap, Number.NEGATIVE_INFINITY);
      return;
    }
    this.#cells.push(cell.postings.packed());
    this.#caps.push(cap);
    this.#km.push(nearestKm);
  }

  postings(packed: PackedPostings): void {
    this.#add(packed, 1, Number.NEGATIVE_INFINITY);
  }

  // The profiles first met in these postings all sit in one cell (or none): they share its geography cap.
  #add(packed: PackedPostings, cap: number, minWorth: number): void {
    const scratch = this.#scratch as PoolScratch;
    const before = this.#met;
    this.#met = this.#scatter.apply(packed, scratch, before, minWorth);
    scratch.cap.fill(cap, before, this.#met);
  }
}

/** The highest geography score any profile of a grid cell can have for a query, from the cell's distance. */
interface CellCap {
  geography(nearestKm: number, cellReachKm: number): number;
}

/**
 * Offer → candidates: a candidate's best commute ratio grows at least in proportion to distance over its reach (a
 * commute's time and length are affine in the distance, from a non-negative start), so no candidate of a cell
 * beyond `nearestKm` scores more than `1 − (1 − scoreAtLimit) · min(1, nearestKm / cell's largest reach)`.
 */
class CandidateCellCap implements CellCap {
  readonly #drop: number;

  constructor(geography: MatchingConfig['geography']) {
    this.#drop = 1 - geography.scoreAtLimit;
  }

  geography(nearestKm: number, cellReachKm: number): number {
    if (!(cellReachKm > 0)) return 1;
    return 1 - this.#drop * Math.min(1, nearestKm / cellReachKm);
  }
}

/** Candidate → offers: the same reasoning with the candidate's own reach. */
class OfferCellCap implements CellCap {
  readonly #drop: number;
  readonly #reach: number;

  constructor(geography: MatchingConfig['geography'], reach: number) {
    this.#drop = 1 - geography.scoreAtLimit;
    this.#reach = reach;
  }

  geography(nearestKm: number): number {
    if (!(this.#reach > 0) || !Number.isFinite(this.#reach)) return 1;
    return 1 - this.#drop * Math.min(1, nearestKm / this.#reach);
  }
}

/**
 * {@link pairBound} with the occupation unknown (counted as 1), as `constant + perSkill · skills + perGeography ·
 * geography`: the same sum, the weights divided once per query instead of once per profile met.
 */
class LinearSkillBound {
  readonly constant: number;
  readonly perSkill: number;
  readonly perGeography: number;
  readonly #perOccupation: number;
  readonly #languages: number;

  constructor(weights: MatchingConfig['weights']) {
    const total = weights.skills + weights.geography + weights.occupation + weights.languages;
    this.constant = total === 0 ? 0 : (weights.occupation + weights.languages) / total + 1e-9;
    this.perSkill = total === 0 ? 0 : weights.skills / total;
    this.perGeography = total === 0 ? 0 : weights.geography / total;
    this.#perOccupation = total === 0 ? 0 : weights.occupation / total;
    this.#languages = total === 0 ? 0 : weights.languages / total + 1e-9;
  }

  /**
   * The bound with an occupation score of at most `occupation` (the profile wants an occupation: the criterion
   * applies). {@link bound} is this at 1.
   */
  boundWith(skills: number, geographyCap: number, occupation: number): number {
    return (
      this.#languages +
      this.perSkill * skills +
      this.perGeography * geographyCap +
      this.#perOccupation * occupation
    );
  }

  /**
   * The bound from a skills score and a geography cap, occupation and languages at 1, no penalty. Read from no
   * column, it rules out most profiles met through one skill before their record is fetched.
   */
  bound(skills: number, geographyCap: number): number {
    return this.constant + this.perSkill * skills + this.perGeography * geographyCap;
  }
}

/**
 * The related-skill credit an offer can give a candidate, from the candidate's group mask: the credit of each group
 * bit (the weight × related credit of the asked skills whose group has that bit) summed over the bits both hold.
 * At most the offer's group base, and 0 for a candidate holding none of its groups.
 */
class GroupCredit {
  // A plain array: a typed one would be allocated outside the heap, once per query.
  readonly #perBit: number[] = new Array<number>(32).fill(0);
  readonly #mask: number;
  readonly #base: number;
  readonly #masks: Int32Array;

  constructor(
    offer: OfferFeatures,
    shares: { required: number; wanted: number },
    rules: MatchingConfig['skills'],
    base: number,
    masks: Int32Array,
  ) {
    const add = (groups: Int32Array, weight: number) => {
      for (let i = 0; i < groups.length; i++) {
        const group = groups[i] as number;
        if (group < 0) continue;
        const bit = group & 31;
        this.#perBit[bit] = (this.#perBit[bit] as number) + weight * rules.relatedCredit;
      }
    };
    add(offer.requiredGroup, shares.required);
    add(offer.wantedGroup, shares.wanted);
    this.#mask = groupMask(offer.requiredGroup) | groupMask(offer.wantedGroup);
    this.#base = base;
    this.#masks = masks;
    for (let bits = this.#mask; bits !== 0; bits &= bits - 1)
      this.#ascending.push(31 - Math.clz32(bits & -bits));
    this.#ascending.sort((a, b) => (this.#perBit[a] as number) - (this.#perBit[b] as number));
  }

  /** The offer's group bits, by increasing credit. */
  readonly #ascending: number[] = [];

  /**
   * The group bits whose per-cell lists hold every profile, met by no posting and of occupation score at most
   * `occupation`, that can still reach `floor` in a cell of geography cap `cap`; undefined when such profiles
   * sharing no group can. The lowest-credit bits are left out while a profile sharing only those stays below.
   */
  listsToWalk(linear: LinearSkillBound, cap: number, floor: number, occupation: number): number | undefined {
    // A hair of margin: credits are summed here in another order than `of` sums them.
    if (!(linear.boundWith(1e-12, cap, occupation) < floor)) return undefined;
    let credit = 0;
    let walk = this.#mask;
    for (const bit of this.#ascending) {
      const more = credit + (this.#perBit[bit] as number);
      if (!(linear.boundWith(more + 1e-12, cap, occupation) < floor)) break;
      credit = more;
      walk &= ~(1 << bit);
    }
    return walk;
  }

  of(slot: number): number {
    let shared = (this.#masks[slot] as number) & this.#mask;
    if (shared === 0) return 0;
    let credit = 0;
    while (shared !== 0) {
      const bit = 31 - Math.clz32(shared);
      credit += this.#perBit[bit] as number;
      shared &= ~(1 << bit);
    }
    // Summed in another order than the base: never let rounding lift it above.
    return Math.min(credit, this.#base);
  }
}

/** No trade list to walk. */
const NO_TRADES: readonly number[] = Object.freeze([]);

/** Adds a way to walk a cell: the lists of these skill-group bits and trade keys. */
function addOption(walk: WalkLists, groups: number, trades: readonly number[]): void {
  walk.groups[walk.count] = groups;
  walk.trades[walk.count] = trades;
  walk.count++;
}

/** Per credits of the occupation rules, {@link creditsBelow}: the same for every query, computed once. */
const creditsByRules = new WeakMap<readonly number[], readonly number[]>();

/** Per prefix length d (index d − 1), the highest occupation score of a profile sharing fewer ISCO digits. */
function creditsBelow(iscoCredit: readonly number[]): readonly number[] {
  let credits = creditsByRules.get(iscoCredit);
  if (credits === undefined) {
    credits = Object.freeze(Array.from({ length: TRADE_DIGITS }, (_, i) => creditBelow(i + 1, iscoCredit)));
    creditsByRules.set(iscoCredit, credits);
  }
  return credits;
}

/** The must-have rule of a configuration. */
type MustHaveRule = MatchingConfig['constraints']['mustHaveSkills'];

/** An offer's must-have skills as the bounds see them: a mask to test candidates' masks against, and the rule. */
class MustHaveCheck {
  /** True when the rule is hard and the offer has required skills. */
  readonly hard: boolean;
  /** What a broken soft rule leaves of a score (1 when the rule is off or hard, or nothing is required). */
  readonly keep: number;
  readonly #mask: number;

  constructor(rule: MustHaveRule, required: Int32Array) {
    this.hard = rule.mode === 'hard' && required.length > 0;
    this.keep = rule.mode === 'soft' && required.length > 0 ? 1 - rule.penalty : 1;
    this.#mask = skillMask(required);
  }

  /** True when a candidate's skill mask certainly lacks a required skill. */
  lacks(candidateMask: number): boolean {
    return (this.#mask & ~candidateMask) !== 0;
  }
}

/**
 * An offer against an index of candidates. Under hard must-have skills (`mustHave`, checked once per query by
 * {@link offerToCandidates}) the scatter walks the rarest required skill's lists only.
 */
export class OfferToCandidates implements RankSide<CandidateFeatures> {
  readonly pool: CandidateIndex['pool'];
  readonly lazyBounds = true;
  readonly bounded: boolean;
  readonly others: number;
  readonly #offer: OfferFeatures;
  readonly #probe: OfferProbe;
  readonly #evaluator: PairEvaluator;
  readonly #weights: MatchingConfig['weights'];
  readonly #base: number;
  readonly #near: Near | undefined;
  readonly #scatter: ScatterRun;
  readonly #cap: CellCap;
  readonly #linear: LinearSkillBound;
  readonly #groups: GroupCredit;
  /** The trade lists (with the unknown one) of the offer's ISCO prefix of each length, while it has one. */
  readonly #tradeLists: (readonly number[])[];
  /** Per prefix length d (index d − 1), the highest occupation score of a candidate sharing fewer digits. */
  readonly #creditBelow: readonly number[];
  readonly #walk: WalkLists = { count: 0, groups: new Int32Array(1 + TRADE_DIGITS), trades: [] };

  constructor(
    index: CandidateIndex,
    offer: OfferFeatures,
    evaluator: PairEvaluator,
    near: Near | undefined,
    mustHave: MustHaveCheck,
  ) {
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
    this.#groups = new GroupCredit(offer, shares, rules, this.#base, index.columns.groupMasks);
    this.#near = near;
    this.#cap = new CandidateCellCap(config.geography);
    this.#linear = new LinearSkillBound(config.weights);
    const isco = offer.occupation === undefined ? undefined : offer.isco;
    const depth = isco === undefined ? 0 : tradeDepth([isco]);
    this.#tradeLists = [];
    for (let digits = 1; digits <= depth; digits++) {
      const key = tradeKey(isco as string, digits);
      if (key >= 0) this.#tradeLists.push([key, TRADE_UNKNOWN]);
    }
    this.#creditBelow = creditsBelow(config.occupation.iscoCredit);
    if (mustHave.hard) {
      // Only holders of every required skill can be listed: the scatter meets them all, the others are excluded.
      const scatter = new RequiredFirstScatter(offer, shares, rules, this.#probe);
      this.others = -1;
      this.#scatter = new ScatterRun(scatter, this.#cap);
    } else {
      // A candidate no posting meets holds none of the offer's skills: a soft must-have penalty applies to it.
      this.others = scoreBound(this.#base, config.weights) * mustHave.keep;
      this.#scatter = new ScatterRun(new OfferScatter(offer, shares, rules), this.#cap);
    }
  }

  scatter(scratch: PoolScratch, pilot: number): number {
    return this.#scatter.run(this.pool, this.#near, scratch, pilot);
  }

  scatterRest(scratch: PoolScratch, met: number, floor: number): number {
    const linear = this.#linear;
    const base = this.#base;
    // The skill worth below which {@link skillBound} stays under the floor (a margin for rounding).
    const minWorth = (cap: number): number => {
      const rest = linear.constant + linear.perGeography * cap;
      if (linear.perSkill === 0) return rest < floor ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      return (floor - rest) / linear.perSkill - base - 1e-9;
    };
    return this.#scatter.rest(scratch, met, minWorth);
  }

  looseBound(slot: number, accumulated: number, cap: number): number {
    // Profiles a hard constraint rules out (a schedule, a licence, a language) leave before their record is read;
    // the soft ones the same word shows broken lower the bound.
    if (this.#probe.excludesQuickly(slot)) return -1;
    return this.#linear.bound(this.#groups.of(slot) + accumulated, cap) * this.#probe.softFactorQuickly(slot);
  }

  bound(slot: number, accumulated: number): number {
    const geography = this.#probe.geography(slot);
    if (geography < 0) return -1;
    const factor = this.#probe.factor(slot, geography);
    if (factor < 0) return -1;
    const skills = this.#groups.of(slot) + accumulated;
    return factor * pairBound(skills, geography, this.#probe.occupation(slot), this.#weights);
  }

  skillBound(slot: number, accumulated: number, cap: number): number {
    const linear = this.#linear;
    return linear.constant + linear.perSkill * (this.#base + accumulated) + linear.perGeography * cap;
  }

  cellCap(nearestKm: number, cellReachKm: number): number {
    return this.#cap.geography(nearestKm, cellReachKm);
  }

  listsToWalk(cap: number, floor: number): WalkLists | undefined {
    const walk = this.#walk;
    walk.count = 0;
    // Sharing a skill group (occupation at 1)…
    if (this.#base !== 0) this.#option(this.#groups.listsToWalk(this.#linear, cap, floor, 1), NO_TRADES);
    // … or the offer's ISCO prefix of d digits: the others share fewer with it.
    for (let d = 0; d < this.#tradeLists.length; d++) {
      const groups = this.#groupsToWalk(cap, floor, this.#creditBelow[d] as number);
      this.#option(groups, this.#tradeLists[d] as readonly number[]);
    }
    return walk.count === 0 ? undefined : walk;
  }

  /** The group bits to walk besides a trade list, whose others have an occupation score of at most `occupation`. */
  #groupsToWalk(cap: number, floor: number, occupation: number): number | undefined {
    if (this.#base !== 0) return this.#groups.listsToWalk(this.#linear, cap, floor, occupation);
    return this.#linear.boundWith(1e-12, cap, occupation) < floor ? 0 : undefined;
  }

  #option(groups: number | undefined, trades: readonly number[]): void {
    if (groups !== undefined) addOption(this.#walk, groups, trades);
  }

  cellBound(nearestKm: number, cellReachKm: number): number {
    return pairBound(this.#base, this.#cap.geography(nearestKm, cellReachKm), Number.NaN, this.#weights);
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
  readonly lazyBounds = false;
  readonly bounded = true;
  readonly others: number;
  readonly #candidate: CandidateFeatures;
  readonly #probe: CandidateProbe;
  readonly #evaluator: PairEvaluator;
  readonly #weights: MatchingConfig['weights'];
  readonly #base: Float64Array;
  readonly #near: Near | undefined;
  readonly #scatter: ScatterRun;
  readonly #cap: CellCap;
  readonly #maxBase: number;
  readonly #linear: LinearSkillBound;
  readonly #groupMasks: Int32Array;
  readonly #groupMask: number;
  /**
   * Per prefix length, the trade lists (with the unknown one) of the wanted occupations' ISCO prefixes of that many
   * digits; none when the candidate wants no occupation (the criterion then never applies).
   */
  readonly #tradeLists: (readonly number[])[];
  /** Per prefix length d (index d − 1), the highest occupation score of an offer sharing fewer digits. */
  readonly #creditBelow: readonly number[];
  readonly #walk: WalkLists = { count: 0, groups: new Int32Array(1 + 2 * TRADE_DIGITS), trades: [] };

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
    this.#groupMasks = columns.groupMasks;
    this.#groupMask = candidate.groupMask;
    this.others = scoreBound(columns.maxBase, config.weights);
    this.#near = near;
    this.#maxBase = columns.maxBase;
    this.#cap = new OfferCellCap(config.geography, reach);
    this.#linear = new LinearSkillBound(config.weights);
    this.#scatter = new ScatterRun(new CandidateScatter(candidate, columns, config.skills), this.#cap);
    this.#tradeLists = [];
    const depth = candidate.wantedOccupations.length === 0 ? 0 : tradeDepth(candidate.wantedIsco);
    for (let digits = 1; digits <= depth; digits++) {
      const keys = new Set([TRADE_UNKNOWN]);
      for (const code of candidate.wantedIsco) {
        const key = tradeKey(code, digits);
        if (key >= 0) keys.add(key);
      }
      this.#tradeLists.push([...keys]);
    }
    this.#creditBelow = creditsBelow(config.occupation.iscoCredit);
  }

  scatter(scratch: PoolScratch, pilot: number): number {
    return this.#scatter.run(this.pool, this.#near, scratch, pilot);
  }

  scatterRest(_scratch: PoolScratch, met: number): number {
    // The offers' scatter cannot leave offers unmet (it has no mask bound for them): no cell waited.
    return met;
  }

  looseBound(slot: number, accumulated: number, cap: number): number {
    // Offers a hard constraint rules out (a schedule, a licence, a language) leave before the geography is computed.
    if (this.#probe.excludesQuickly(slot)) return -1;
    return this.#linear.bound(this.#related(slot) + accumulated, cap);
  }

  bound(slot: number, accumulated: number): number {
    const geography = this.#probe.geography(slot);
    if (geography < 0) return -1;
    const factor = this.#probe.factor(slot, geography);
    if (factor < 0) return -1;
    const skills = this.#related(slot) + accumulated;
    return factor * pairBound(skills, geography, this.#probe.occupation(slot), this.#weights);
  }

  /** The related-skill credit the offer in `slot` can give: none when the candidate holds none of its groups. */
  #related(slot: number): number {
    return ((this.#groupMasks[slot] as number) & this.#groupMask) === 0 ? 0 : (this.#base[slot] as number);
  }

  skillBound(slot: number, accumulated: number, cap: number): number {
    const linear = this.#linear;
    const skills = (this.#base[slot] as number) + accumulated;
    return linear.constant + linear.perSkill * skills + linear.perGeography * cap;
  }

  cellCap(nearestKm: number): number {
    return this.#cap.geography(nearestKm, 0);
  }

  listsToWalk(cap: number, floor: number): WalkLists | undefined {
    const walk = this.#walk;
    const linear = this.#linear;
    walk.count = 0;
    // The offers sharing no skill group with the candidate give it no related credit: with the occupation at 1…
    if (linear.boundWith(1e-12, cap, 1) < floor) addOption(walk, this.#groupMask, NO_TRADES);
    // … or at most the credit of the ISCO digits they share with a wanted occupation: fewer than d outside the lists
    // of the wanted prefixes of d digits (and of the offers whose trade no prefix tells).
    for (let d = 0; d < this.#tradeLists.length; d++)
      this.#trade(cap, floor, this.#tradeLists[d] as readonly number[], this.#creditBelow[d] as number);
    return walk.count === 0 ? undefined : walk;
  }

  /** Options through trade lists whose other offers have an occupation score of at most `occupation`. */
  #trade(cap: number, floor: number, trades: readonly number[], occupation: number): void {
    const linear = this.#linear;
    if (linear.boundWith(1e-12, cap, occupation) < floor) addOption(this.#walk, this.#groupMask, trades);
    if (linear.boundWith(this.#maxBase + 1e-12, cap, occupation) < floor) addOption(this.#walk, 0, trades);
  }

  cellBound(nearestKm: number): number {
    return pairBound(this.#maxBase, this.#cap.geography(nearestKm, 0), Number.NaN, this.#weights);
  }

  excludes(slot: number): boolean {
    return this.#probe.excludes(slot);
  }

  score(offer: OfferFeatures): number {
    return this.#evaluator.score(this.#candidate, offer);
  }
}

/**
 * An offer asking for required skills against an index of candidates, when missing one costs a soft penalty: the
 * bounds of a candidate whose skill mask shows a required skill missing carry it, and so do those of the candidates
 * met by no posting (they hold none of the offer's skills). A class of its own, so that the plain one's hot paths
 * stay as they are.
 */
class OfferToCandidatesMustHaveSoft extends OfferToCandidates {
  readonly #mustHave: MustHaveCheck;
  readonly #skillMasks: Int32Array;

  constructor(
    index: CandidateIndex,
    offer: OfferFeatures,
    evaluator: PairEvaluator,
    near: Near | undefined,
    mustHave: MustHaveCheck,
  ) {
    super(index, offer, evaluator, near, mustHave);
    this.#mustHave = mustHave;
    this.#skillMasks = index.columns.skillMasks;
  }

  /** What the penalty leaves of the score of the candidate in `slot`: `keep` when its mask shows a skill missing. */
  #keep(slot: number): number {
    return this.#mustHave.lacks(this.#skillMasks[slot] as number) ? this.#mustHave.keep : 1;
  }

  override looseBound(slot: number, accumulated: number, cap: number): number {
    const bound = super.looseBound(slot, accumulated, cap);
    return bound < 0 ? bound : bound * this.#keep(slot);
  }

  override bound(slot: number, accumulated: number): number {
    const bound = super.bound(slot, accumulated);
    return bound < 0 ? bound : bound * this.#keep(slot);
  }

  override skillBound(slot: number, accumulated: number, cap: number): number {
    return super.skillBound(slot, accumulated, cap) * this.#keep(slot);
  }

  override listsToWalk(cap: number, floor: number): WalkLists | undefined {
    // The profiles these lists hold were met by no posting: each one's bound carries the penalty.
    const keep = this.#mustHave.keep;
    return super.listsToWalk(cap, keep > 0 ? floor / keep : floor > 0 ? Number.POSITIVE_INFINITY : floor);
  }

  override cellBound(nearestKm: number, cellReachKm: number): number {
    return super.cellBound(nearestKm, cellReachKm) * this.#mustHave.keep;
  }
}

/** The side of an offer's query: with the must-have skills' soft penalty in its bounds when it applies. */
export function offerToCandidates(
  index: CandidateIndex,
  offer: OfferFeatures,
  evaluator: PairEvaluator,
  near: Near | undefined,
): OfferToCandidates {
  const mustHave = new MustHaveCheck(evaluator.config.constraints.mustHaveSkills, offer.required);
  return mustHave.keep === 1
    ? new OfferToCandidates(index, offer, evaluator, near, mustHave)
    : new OfferToCandidatesMustHaveSoft(index, offer, evaluator, near, mustHave);
}

/**
 * A candidate against an index of offers, when the must-have skills count (hard or soft): an offer whose
 * required-skill mask shows a skill the candidate lacks is dropped, or its bounds carry the penalty.
 */
class CandidateToOffersMustHave extends CandidateToOffers {
  readonly #requiredMasks: Int32Array;
  readonly #skillMask: number;
  /** −1 (hard) or what the soft penalty leaves of a score. */
  readonly #broken: number;

  constructor(
    index: OfferIndex,
    candidate: CandidateFeatures,
    reach: number,
    evaluator: PairEvaluator,
    near: Near | undefined,
  ) {
    super(index, candidate, reach, evaluator, near);
    const rule = evaluator.config.constraints.mustHaveSkills;
    this.#requiredMasks = index.columns.requiredMasks;
    this.#skillMask = skillMask(candidate.skills);
    this.#broken = rule.mode === 'hard' ? -1 : 1 - rule.penalty;
  }

  /** −1 or the penalty's factor when the candidate's mask shows a required skill of the offer missing, else 1. */
  #keep(slot: number): number {
    return ((this.#requiredMasks[slot] as number) & ~this.#skillMask) === 0 ? 1 : this.#broken;
  }

  override looseBound(slot: number, accumulated: number, cap: number): number {
    const keep = this.#keep(slot);
    return keep < 0 ? -1 : super.looseBound(slot, accumulated, cap) * keep;
  }

  override bound(slot: number, accumulated: number): number {
    const keep = this.#keep(slot);
    if (keep < 0) return -1;
    const bound = super.bound(slot, accumulated);
    return bound < 0 ? bound : bound * keep;
  }
}

/** The side of a candidate's query: with the must-have skills in its bounds unless the rule is off. */
export function candidateToOffers(
  index: OfferIndex,
  candidate: CandidateFeatures,
  reach: number,
  evaluator: PairEvaluator,
  near: Near | undefined,
): CandidateToOffers {
  return evaluator.config.constraints.mustHaveSkills.mode === 'off'
    ? new CandidateToOffers(index, candidate, reach, evaluator, near)
    : new CandidateToOffersMustHave(index, candidate, reach, evaluator, near);
}
