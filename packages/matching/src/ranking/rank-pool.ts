import type { Issue } from '@passerelle/core';
import type { GridCell } from '../indexes/spatial-grid.js';
import type { PoolScratch, ProfilePool, SlotVisitor } from '../indexes/profile-pool.js';
import { TopK } from './top-k.js';

/**
 * One query against one pool, as the ranking sees it: upper bounds on the final score from the skills (summed over
 * the inverted index, see `skill-bound.ts`) and the geography, cheap column checks for hard constraints, and the
 * full scorer. Implemented by classes (one per direction) so that every query runs the same optimised code.
 */
export interface RankSide<F> {
  readonly pool: ProfilePool<F & { readonly id: string; readonly issues: readonly Issue[] }>;
  /** False when the skills criterion does not apply to the query: no bound holds, every profile is scored. */
  readonly bounded: boolean;
  /** A bound for every profile the scatter did not meet, without looking at them. */
  readonly others: number;
  /**
   * Adds up the skill part of each met profile's bound in `scratch.acc`, at the index it gives the profile (0, 1,
   * 2… in the order met, stamped and listed in `scratch.touched`); returns how many.
   */
  scatter(scratch: PoolScratch, pilot: number): number;
  /**
   * Adds up, from index `met` on, the skill part of the bounds of the profiles {@link scatter} left waiting (far
   * cells), meeting only those whose {@link skillBound} may reach `floor`; returns the new count.
   */
  scatterRest(scratch: PoolScratch, met: number, floor: number): number;
  /**
   * A bound on a profile's final score from what the scatter accumulated for it (0 when it did not meet it), its
   * own related-skill credit and `cap`, a cap on its geography score; nothing read from its record. −1 when a cheap
   * check already shows it excluded.
   */
  looseBound(slot: number, accumulated: number, cap: number): number;
  /**
   * Whether a met profile's tighter bound waits until its loose one reaches the top: worth it where the tighter
   * bound costs a record fetch (candidates), not where it reads a few dense columns (offers).
   */
  readonly lazyBounds: boolean;
  /**
   * The tighter bound, with the profile's geography, penalties and occupation read from its columns, or −1 when
   * the profile is certainly excluded.
   */
  bound(slot: number, accumulated: number): number;
  /**
   * A looser bound from the skills and the geography cap of the profile's grid cell (every other criterion at 1):
   * no column read, for a first ordering.
   */
  skillBound(slot: number, accumulated: number, cap: number): number;
  /**
   * A bound for every profile of a grid cell that the scatter did not meet, from the cell's distance and largest
   * reach alone: a whole cell is skipped when it cannot beat the k-th score.
   */
  cellBound(nearestKm: number, cellReachKm: number): number;
  /** The highest geography score a profile of a grid cell can have, from the cell's distance and largest reach. */
  cellCap(nearestKm: number, cellReachKm: number): number;
  /**
   * Where the pool lists its profiles per skill-group and trade bit in each grid cell: for a cell of geography cap
   * `cap`, ways to reach every profile met by no posting whose bound can reach `floor` through a few lists (see
   * {@link WalkLists}); undefined when every slot must be visited.
   */
  listsToWalk(cap: number, floor: number): WalkLists | undefined;
  /** True when a hard constraint certainly excludes the profile in a slot (the scorer has the last word). */
  excludes(slot: number): boolean;
  /** Scores one profile: [0, 1], or −1 when excluded. */
  score(features: F): number;
}

/**
 * Ways to walk a grid cell through its lists instead of all its slots, `count` of them: option `i` walks the lists
 * of the skill-group bits `groups[i]` and of the trade keys `trades[i]`, which together hold every profile of the
 * cell that can still enter. The ranking walks the option with the shortest lists. Reused from query to query: read
 * it before the next call.
 */
export interface WalkLists {
  count: number;
  readonly groups: Int32Array;
  readonly trades: (readonly number[])[];
}

/** How a ranking visits a pool. */
export interface PoolQuery<F> {
  readonly side: RankSide<F>;
  readonly k: number;
  readonly minScore: number;
  /** Score every profile (the exact oracle; also needed to list every excluded pair). */
  readonly exhaustive: boolean;
  /**
   * When the commute constraint is hard: the point and radius of the query. Profiles the spatial grid places out
   * of reach are excluded anyway, so only the others need a look.
   */
  readonly near?: { readonly lat: number; readonly lon: number; readonly radiusKm: number } | undefined;
  /** Called for each excluded profile, when listing them. */
  readonly onExcluded?: ((features: F) => void) | undefined;
  /** Slots to score whatever the bounds say (offers without skills: no skill bound holds for them). */
  readonly always?: Iterable<number> | undefined;
}

/** The option of `walk` whose lists in `cell` are the shortest, or −1 when walking every slot is no longer. */
function shortestWalk(cell: GridCell, walk: WalkLists): number {
  let best = -1;
  let shortest = cell.slots.length;
  for (let option = 0; option < walk.count; option++) {
    const length =
      listsLength(cell.byGroupBit, walk.groups[option] as number) +
      tradeListsLength(cell.byTrade, walk.trades[option] as readonly number[]);
    if (length < shortest) {
      shortest = length;
      best = option;
    }
  }
  return best;
}

function tradeListsLength(lists: ReadonlyMap<number, readonly number[]>, keys: readonly number[]): number {
  let length = 0;
  for (const key of keys) length += lists.get(key)?.length ?? 0;
  return length;
}

function listsLength(lists: readonly (readonly number[] | undefined)[], bits: number): number {
  let length = 0;
  for (let left = bits; left !== 0; left &= left - 1)
    length += lists[31 - Math.clz32(left & -left)]?.length ?? 0;
  return length;
}

/**
 * @internal Tuning of the ranking. `pilotPerResult`: how many profiles per result the nearest cells' postings must
 * meet before the farther cells wait for the k-th score (see {@link RankSide.scatterRest}). On B1's pool,
 * in-process A/Bs put 200 ahead of 20, 50, 100 and 400 (and of no waiting at all). Tests lower it to reach the
 * waiting cells with small pools. `smallCell`: a grid cell of at most this many slots is walked whole rather than
 * through its per-group and per-trade lists (on a Mire's working set, 3,000 × 2,000, the lists both ways took
 * 0.89–0.94× the time with 32 than with 0, B1 unchanged); tests set 0 to reach the lists with small pools.
 */
export const rankTuning = { pilotPerResult: 200, smallCell: 32 };

/** Buckets of the bound order: fine enough that a bucket holds few profiles above the k-th score. */
const BUCKETS = 512;

/**
 * The top k of a pool for one query, exactly as a full scan would rank them. The skill postings (only those of the
 * grid cells within reach, under a hard commute constraint) give every profile they meet a bound, tightened with
 * its exact geography score; those profiles are scored best bound first (a counting sort on buckets) until the
 * k-th score beats the next bound. The profiles the postings did not meet share a looser bound and are visited
 * only if it could still enter the list, each then scored only if its own bound could.
 */
export function rankPool<F extends { readonly id: string; readonly issues: readonly Issue[] }>(
  query: PoolQuery<F>,
): { top: Array<{ score: number; features: F }>; scored: number } {
  const ranking = new PoolRanking(query);
  ranking.run();
  return { top: ranking.sorted(), scored: ranking.scored };
}

class PoolRanking<
  F extends { readonly id: string; readonly issues: readonly Issue[] },
> implements SlotVisitor {
  readonly #query: PoolQuery<F>;
  readonly #side: RankSide<F>;
  readonly #pool: RankSide<F>['pool'];
  readonly #top: TopK;
  #scratch: PoolScratch | undefined;
  /**
   * While visiting the profiles the postings did not meet (each must pass its own bound first): those whose bound
   * could enter the list, waiting to be scored best first.
   */
  #pending: BoundHeap | undefined;
  /** How many may wait before the best of them is scored. */
  readonly #pendingRoom: number;
  /** The geography cap of the cell whose slots are being visited (1 outside cells). */
  #cellCap = 1;
  /** How many profiles the query has met or visited: the next index (see {@link PoolScratch}). */
  #seen = 0;
  scored = 0;

  constructor(query: PoolQuery<F>) {
    this.#query = query;
    this.#side = query.side;
    this.#pool = query.side.pool;
    const pool = this.#pool;
    // No more room than the pool needs: k may be any positive integer.
    this.#top = new TopK(Math.max(1, Math.min(query.k, pool.size)), (slot) => (pool.at(slot) as F).id);
    this.#pendingRoom = 2 * query.k + 32;
  }

  run(): void {
    const query = this.#query;
    const pool = this.#pool;
    if (query.exhaustive) {
      for (let slot = 0; slot < pool.slotCount; slot++) this.#consider(slot);
      return;
    }
    const scratch = pool.scratch();
    this.#scratch = scratch;
    const met = this.#side.bounded ? this.#side.scatter(scratch, rankTuning.pilotPerResult * query.k) : 0;
    this.#seen = met;
    // Scored first whatever the bounds (their scores raise the k-th score early); their indices follow the met ones.
    for (const slot of query.always ?? []) this.slot(slot);
    if (this.#side.bounded) {
      this.#scoreByBound(scratch, 0, met);
      // The k-th score of the nearest cells' profiles rules out most of the others before they are met.
      const from = this.#seen;
      const floor = Math.max(this.#top.threshold, query.minScore);
      this.#seen = this.#side.scatterRest(scratch, from, floor);
      if (this.#seen > from) this.#scoreByBound(scratch, from, this.#seen);
      const others = this.#side.others;
      if (others < query.minScore || this.#top.threshold > others) return;
      this.#pending = new BoundHeap(scratch.heapBounds, scratch.heapSlots);
    }
    // The profiles the postings did not meet: all of them, or those the grid cannot rule out.
    if (query.near !== undefined)
      pool.forEachSlotNear(query.near.lat, query.near.lon, query.near.radiusKm, this);
    else for (let slot = 0; slot < pool.slotCount; slot++) this.slot(slot);
    if (this.#pending !== undefined) this.#drain(this.#pending, Number.NEGATIVE_INFINITY);
  }

  /** Visits one slot once per query (SlotVisitor). */
  slot(slot: number): void {
    const scratch = this.#scratch as PoolScratch;
    if ((scratch.stamp[slot] as number) >= scratch.base) return;
    scratch.stamp[slot] = scratch.base + this.#seen++;
    const pending = this.#pending;
    if (pending === undefined) {
      this.#consider(slot);
      return;
    }
    if (!this.#enters(this.#side.looseBound(slot, 0, this.#cellCap))) return;
    const bound = this.#side.bound(slot, 0);
    if (!this.#enters(bound)) return;
    // Best first among the profiles seen so far: scoring the likeliest ones early raises the k-th score, which
    // rules out more of the walk (whole cells too) than scoring in the order of the grid would.
    pending.push(bound, slot);
    if (pending.size > this.#pendingRoom && !this.#drain(pending, pending.topBound)) pending.size = 0;
  }

  /** Visits the slots of a cell (SlotVisitor), unless no profile of it the postings missed can enter the list. */
  cell(cell: GridCell, nearestKm: number): void {
    if (this.#pending !== undefined) {
      const bound = this.#side.cellBound(nearestKm, cell.maxReach);
      if (bound < this.#query.minScore || this.#top.threshold > bound) return;
    }
    const side = this.#side;
    this.#cellCap = side.cellCap(nearestKm, cell.maxReach);
    const minScore = this.#query.minScore;
    const threshold = this.#top.threshold;
    // A small cell's slots are visited outright: choosing among its lists costs more than it saves.
    const walk =
      this.#pending === undefined || cell.slots.length <= rankTuning.smallCell
        ? undefined
        : side.listsToWalk(this.#cellCap, threshold > minScore ? threshold : minScore);
    const option = walk === undefined ? -1 : shortestWalk(cell, walk);
    if (option >= 0) {
      // Only profiles in these lists (sharing a skill group or a trade with the query) can still enter.
      this.#walkLists(cell.byGroupBit, (walk as WalkLists).groups[option] as number);
      for (const key of (walk as WalkLists).trades[option] as readonly number[]) {
        const list = cell.byTrade.get(key);
        if (list !== undefined) for (let i = 0; i < list.length; i++) this.slot(list[i] as number);
      }
    } else {
      const slots = cell.slots;
      for (let i = 0; i < slots.length; i++) this.slot(slots[i] as number);
    }
    this.#cellCap = 1;
  }

  #walkLists(lists: readonly (readonly number[] | undefined)[], bits: number): void {
    for (let left = bits; left !== 0; left &= left - 1) {
      const list = lists[31 - Math.clz32(left & -left)];
      if (list !== undefined) for (let i = 0; i < list.length; i++) this.slot(list[i] as number);
    }
  }

  #consider(slot: number): void {
    const query = this.#query;
    if (!query.exhaustive && this.#side.excludes(slot)) return;
    const features = this.#pool.at(slot);
    if (features === undefined) return;
    this.scored++;
    const score = this.#side.score(features);
    if (score < 0) query.onExcluded?.(features);
    else if (score >= query.minScore) this.#top.push(score, slot);
  }

  /**
   * Scores the met profiles in decreasing order of bound, stopping when no bound can enter the list. Three levels:
   * profiles are first bucketed by their skills-only bound (cheap); bucket by bucket from the top, each profile's
   * loose bound (its own group credit and cell cap) goes into a heap, where it gets its tight bound (geography,
   * penalties and occupation from the columns) on reaching the top; every profile whose tight bound beats the next
   * bucket's skills-only bound is scored, best first. Most low-skill profiles are never looked at, and most of the
   * others never have their record read.
   */
  #scoreByBound(scratch: PoolScratch, from: number, to: number): void {
    const side = this.#side;
    const buckets = sharedBuckets;
    buckets.count(scratch, from, to, side);
    buckets.order(scratch, from, to);
    const heap = new BoundHeap(scratch.heapBounds, scratch.heapSlots);
    const { order, acc, cap, touched } = scratch;
    const lazy = side.lazyBounds;
    for (let b = buckets.hi; b >= buckets.lo; b--) {
      const size = buckets.size(b);
      if (size === 0) continue;
      const upper = buckets.highest[b] as number;
      if (!this.#drain(heap, upper)) return;
      if (!this.#enters(upper)) return;
      const start = buckets.starts[b] as number;
      for (let i = start; i < start + size; i++) {
        const at = order[i] as number;
        const slot = touched[at] as number;
        const loose = side.looseBound(slot, acc[at] as number, cap[at] as number);
        if (!this.#enters(loose)) continue;
        // Waits in the heap as a loose entry (~index), its record read only if it comes to the top; or, where
        // records are cheap to read, with its tighter bound at once.
        if (lazy) heap.push(loose, ~at);
        else {
          const bound = side.bound(slot, acc[at] as number);
          if (this.#enters(bound)) heap.push(bound, slot);
        }
      }
    }
    this.#drain(heap, Number.NEGATIVE_INFINITY);
  }

  /** Whether a bound could still enter the list (the k-th score so far and the minimum score allow it). */
  #enters(bound: number): boolean {
    return bound >= 0 && bound >= this.#query.minScore && !(this.#top.threshold > bound);
  }

  /**
   * Scores the profiles of the heap whose bound reaches `floor`, best first; a loose entry (the complement of the
   * profile's index, from {@link RankSide.looseBound}) at the top gets its tighter bound and goes back. Returns false when the list is
   * settled: a bound below the k-th score means no profile left, here or below the floor, can enter.
   */
  #drain(heap: BoundHeap, floor: number): boolean {
    const { acc, touched } = this.#scratch as PoolScratch;
    while (heap.size > 0 && heap.topBound >= floor) {
      if (!this.#enters(heap.topBound)) return false;
      const entry = heap.pop();
      if (entry >= 0) this.#consider(entry);
      else {
        const slot = touched[~entry] as number;
        const bound = this.#side.bound(slot, acc[~entry] as number);
        if (this.#enters(bound)) heap.push(bound, slot);
      }
    }
    return true;
  }

  sorted(): Array<{ score: number; features: F }> {
    return this.#top.sorted().map(({ score, slot }) => ({ score, features: this.#pool.at(slot) as F }));
  }
}

/**
 * A counting sort of the met profiles by their skills-only bound, highest first. One instance serves every query of
 * a thread (queries never nest): it clears only the buckets the previous query used, so that a query on a small
 * pool does not pay for allocating and walking all of them.
 */
class Buckets {
  readonly counts = new Int32Array(BUCKETS + 1);
  readonly highest = new Float64Array(BUCKETS);
  readonly starts = new Int32Array(BUCKETS + 1);
  readonly #fill = new Int32Array(BUCKETS + 1);
  /** The lowest and highest buckets holding a profile (lo > hi: none). */
  lo = BUCKETS;
  hi = -1;

  /** Counts the met profiles per bucket of their skills-only bound, noting each one's bucket in `heapSlots`. */
  count(scratch: PoolScratch, from: number, to: number, side: Pick<RankSide<unknown>, 'skillBound'>): void {
    const { acc, cap, touched, heapSlots } = scratch;
    const { counts, highest } = this;
    if (this.lo <= this.hi) {
      counts.fill(0, this.lo, this.hi + 2);
      highest.fill(0, this.lo, this.hi + 1);
    }
    let lo = BUCKETS;
    let hi = -1;
    for (let i = from; i < to; i++) {
      const bound = side.skillBound(touched[i] as number, acc[i] as number, cap[i] as number);
      const bucket = bucketOf(bound);
      heapSlots[i] = bucket;
      counts[bucket + 1] = (counts[bucket + 1] as number) + 1;
      if (bound > (highest[bucket] as number)) highest[bucket] = bound;
      if (bucket < lo) lo = bucket;
      if (bucket > hi) hi = bucket;
    }
    this.lo = lo;
    this.hi = hi;
  }

  /** Lays the met profiles' indices out in `scratch.order`, bucket by bucket from the highest (before the heap is used). */
  order(scratch: PoolScratch, from: number, to: number): void {
    const { order, heapSlots } = scratch;
    const { counts, starts } = this;
    const fill = this.#fill;
    for (let b = this.hi, at = 0; b >= this.lo; b--) {
      starts[b] = at;
      fill[b] = at;
      at += counts[b + 1] as number;
    }
    for (let i = from; i < to; i++) {
      const bucket = heapSlots[i] as number;
      const at = fill[bucket] as number;
      order[at] = i;
      fill[bucket] = at + 1;
    }
  }

  size(bucket: number): number {
    return this.counts[bucket + 1] as number;
  }
}

const sharedBuckets = new Buckets();

function bucketOf(bound: number): number {
  return Math.max(0, Math.min(BUCKETS - 1, Math.floor(bound * BUCKETS)));
}

/** A max-heap of (bound, slot) on typed arrays. */
class BoundHeap {
  readonly #bounds: Float64Array;
  readonly #slots: Int32Array;
  size = 0;

  constructor(bounds: Float64Array, slots: Int32Array) {
    this.#bounds = bounds;
    this.#slots = slots;
  }

  get topBound(): number {
    return this.#bounds[0] as number;
  }

  push(bound: number, slot: number): void {
    const bounds = this.#bounds;
    const slots = this.#slots;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((bounds[parent] as number) >= bound) break;
      bounds[at] = bounds[parent] as number;
      slots[at] = slots[parent] as number;
      at = parent;
    }
    bounds[at] = bound;
    slots[at] = slot;
  }

  /** Removes the top and returns its slot. */
  pop(): number {
    const bounds = this.#bounds;
    const slots = this.#slots;
    const top = slots[0] as number;
    const last = --this.size;
    const bound = bounds[last] as number;
    const slot = slots[last] as number;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && (bounds[child + 1] as number) > (bounds[child] as number)) child++;
      if ((bounds[child] as number) <= bound) break;
      bounds[at] = bounds[child] as number;
      slots[at] = slots[child] as number;
      at = child;
    }
    bounds[at] = bound;
    slots[at] = slot;
    return top;
  }
}
