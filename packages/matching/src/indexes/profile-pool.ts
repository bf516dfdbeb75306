import type { Issue } from '@passerelle/core';
import { SkillPostings, type PackedPostings } from './skill-postings.js';
import { SpatialGrid, type GridCell } from './spatial-grid.js';

/** Where a profile is and how far from it it can match; undefined when it has no usable point or no limit. */
export type PoolPlace = { readonly lat: number; readonly lon: number; readonly reachKm: number } | undefined;

/** The skill numbers a profile is found by. */
export interface PoolKeys {
  readonly skills: ArrayLike<number>;
  /** A small integer stored with each skill entry (parallel to `skills`; 0 when absent). */
  readonly skillTags?: ArrayLike<number>;
  /** The profile's skill mask, stored with each of its postings (0 when absent). */
  readonly skillMask?: number;
  /** The profile's skill groups as 32 bits, for the grid cells' per-group lists (see `GridCell.byGroupBit`). */
  readonly groupMask?: number;
  /** The profile's trade keys, for the grid cells' per-trade lists (see `GridCell.byTrade`). */
  readonly tradeKeys?: readonly number[];
}

/** Receives the skill postings of one cell (`cell`) or of the unplaced profiles (`postings`). */
export interface PostingsVisitor {
  /** A cell's postings; no profile of the cell is nearer to the query's point than `nearestKm`. */
  cell(cell: GridCell, nearestKm: number): void;
  postings(packed: PackedPostings): void;
}

/** Receives the slots of one cell (`cell`) or one unplaced slot (`slot`). */
export interface SlotVisitor {
  /** A cell's slots; no profile of the cell is nearer to the query's point than `nearestKm`. */
  cell(cell: GridCell, nearestKm: number): void;
  slot(slot: number): void;
}

/** An inverted list as rankings read it. */

/**
 * Per-query scratch space of a pool, reused across queries (one query at a time per pool). Each profile a query
 * meets or visits gets an index, 0, 1, 2… in the order met: the per-profile values live at that index, so that
 * the passes after the scatter read them in sequence rather than all over the pool.
 */
export interface PoolScratch {
  /** `stamp[slot] − base` is the slot's index when the current query has met or visited it, negative otherwise. */
  readonly stamp: Int32Array;
  readonly base: number;
  /** Per index, the accumulated skill part of the bound (for profiles met in the postings). */
  readonly acc: Float64Array;
  /** Per index, the slot. */
  readonly touched: Int32Array;
  /** Room for putting indices in order. */
  readonly order: Int32Array;
  /** Per index, a cap on the profile's geography score from its cell's distance (1 when unknown). */
  readonly cap: Float64Array;
  /** Room for a heap of (bound, slot). */
  readonly heapBounds: Float64Array;
  readonly heapSlots: Int32Array;
}

/**
 * Profiles of one side (candidates or offers) in slots, with inverted indexes from skill and from skill group to
 * slots. Adding, updating and removing one profile costs its own keys only; removed slots are reused.
 */
export class ProfilePool<F extends { readonly id: string; readonly issues: readonly Issue[] }> {
  readonly #keys: (features: F) => PoolKeys;
  readonly #slotOf = new Map<string, number>();
  readonly #features: (F | undefined)[] = [];
  readonly #free: number[] = [];
  #scratch: (Omit<PoolScratch, 'base'> & { base: number }) | undefined;
  /** Slots of profiles with no skill at all (an offer without skills must always be scored). */
  readonly #withoutSkills = new Set<number>();
  readonly #place: (features: F) => PoolPlace;
  // One grid per reach class: a cell's bound is the largest reach of its class, so a query near a town does not
  // visit the walkers and cyclists of every cell a driver could reach.
  readonly #grids = REACH_CLASSES.map(() => new SpatialGrid());
  /** Slots of profiles without a place on the grid: every spatial query visits them. */
  readonly #unplaced = new Set<number>();
  /** Postings per skill of the unplaced profiles. */
  readonly #unplacedPostings = new SkillPostings();
  /** The postings changed since the last {@link pack}. */
  readonly #stale = new Set<SkillPostings>();

  /** @param place where a profile sits on the spatial grid (default: nowhere, every spatial query visits it) */
  constructor(keys: (features: F) => PoolKeys, place: (features: F) => PoolPlace = () => undefined) {
    this.#keys = keys;
    this.#place = place;
  }

  /** Number of profiles. */
  get size(): number {
    return this.#slotOf.size;
  }

  /** Number of slots, used or free (for per-slot scratch arrays). */
  get slotCount(): number {
    return this.#features.length;
  }

  /** The profile in a slot, or undefined for a free slot. */
  at(slot: number): F | undefined {
    return this.#features[slot];
  }

  /** The profile with this id. */
  get(id: string): F | undefined {
    const slot = this.#slotOf.get(id);
    return slot === undefined ? undefined : this.#features[slot];
  }

  has(id: string): boolean {
    return this.#slotOf.has(id);
  }

  /** Adds or replaces the profile with the same id; returns its slot. */
  set(features: F): number {
    if (this.#slotOf.has(features.id)) this.delete(features.id);
    return this.#insert(features);
  }

  /**
   * Adds a profile to a pool being built from a list; returns its slot. Saves the lookup {@link set} makes per
   * profile: a repeated id is found by the size of the id map instead, and throws a RangeError that leaves this pool
   * unusable (the build that called it throws in turn and the pool is dropped).
   */
  insertNew(features: F): number {
    const before = this.#slotOf.size;
    const slot = this.#insert(features);
    if (this.#slotOf.size === before)
      throw new RangeError(`"${features.id}" is already indexed: use update() to replace it.`);
    return slot;
  }

  #insert(features: F): number {
    const slot = this.#free.pop() ?? this.#features.length;
    this.#features[slot] = features;
    this.#slotOf.set(features.id, slot);
    const keys = this.#keys(features);
    if (keys.skills.length === 0) this.#withoutSkills.add(slot);
    const place = this.#place(features);
    if (place === undefined) {
      this.#unplaced.add(slot);
      this.#unplacedPostings.add(slot, keys);
      this.#stale.add(this.#unplacedPostings);
    } else this.#stale.add(this.#gridOf(place.reachKm).add(slot, place.lat, place.lon, place.reachKm, keys));
    return slot;
  }

  /** Removes a profile; returns whether it was there. */
  delete(id: string): boolean {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return false;
    const features = this.#features[slot] as F;
    const keys = this.#keys(features);
    this.#withoutSkills.delete(slot);
    const place = this.#place(features);
    if (place === undefined) {
      this.#unplaced.delete(slot);
      this.#unplacedPostings.remove(slot, keys.skills);
      this.#stale.add(this.#unplacedPostings);
    } else {
      const postings = this.#gridOf(place.reachKm).remove(slot, place.lat, place.lon, keys);
      if (postings !== undefined) this.#stale.add(postings);
    }
    this.#features[slot] = undefined;
    this.#slotOf.delete(id);
    this.#free.push(slot);
    return true;
  }

  #gridOf(reachKm: number): SpatialGrid {
    const index = REACH_CLASSES.findIndex((limit) => reachKm <= limit);
    return this.#grids[index] as SpatialGrid;
  }

  /**
   * Scratch space for one query, sized to the slots: a fresh base above every stamp of earlier queries, so that
   * nothing is cleared between queries (the stamps are reset once in a few thousand queries, before they overflow).
   */
  scratch(): PoolScratch {
    const size = this.#features.length;
    let scratch = this.#scratch;
    if (scratch === undefined || scratch.stamp.length < size) {
      const room = Math.max(16, size + (size >> 2));
      scratch = {
        stamp: new Int32Array(room).fill(-1),
        base: -room,
        acc: new Float64Array(room),
        touched: new Int32Array(room),
        order: new Int32Array(room),
        cap: new Float64Array(room),
        heapBounds: new Float64Array(room),
        heapSlots: new Int32Array(room),
      };
      this.#scratch = scratch;
    }
    const room = scratch.stamp.length;
    if (scratch.base + 2 * room > 0x7fffffff) {
      scratch.stamp.fill(-1);
      scratch.base = 0;
    } else scratch.base += room;
    return scratch;
  }

  /** Slots of profiles without skills. */
  withoutSkills(): Iterable<number> {
    return this.#withoutSkills;
  }

  /**
   * Visits the slots that could be within `radiusKm` plus their own reach of a point, and every unplaced slot.
   * Any other profile is certainly out of commuting reach.
   */
  forEachNear(lat: number, lon: number, radiusKm: number, visit: (slot: number) => void): void {
    for (const grid of this.#grids) grid.forEachNear(lat, lon, radiusKm, visit);
    for (const slot of this.#unplaced) visit(slot);
  }

  /**
   * Visits the skill postings of the profiles {@link forEachNear} would visit, cell by cell: each cell's packed
   * postings (and those of the unplaced profiles).
   */
  forEachPostingsNear(lat: number, lon: number, radiusKm: number, visitor: PostingsVisitor): void {
    for (const grid of this.#grids) grid.forEachCellNear(lat, lon, radiusKm, visitor);
    visitor.postings(this.#unplacedPostings.packed());
  }

  /** Visits the slots {@link forEachNear} would visit, through an object (one optimised call site per class). */
  forEachSlotNear(lat: number, lon: number, radiusKm: number, visitor: SlotVisitor): void {
    for (const grid of this.#grids) grid.forEachCellNear(lat, lon, radiusKm, visitor);
    for (const slot of this.#unplaced) visitor.slot(slot);
  }

  /**
   * Visits the skill postings of every profile: each grid cell's, then the unplaced profiles'. Skill postings are
   * kept per cell only (a pool-wide copy would double the build's work and memory for the rare query that is not
   * bounded in space).
   */
  forEachPostings(visitor: Pick<PostingsVisitor, 'postings'>): void {
    for (const grid of this.#grids) grid.forEachCell((cell) => visitor.postings(cell.postings.packed()));
    visitor.postings(this.#unplacedPostings.packed());
  }

  /**
   * Packs now the postings changed since the last call (a build and each change through an index do, so that no
   * query pays for it); a query reading postings still stale packs them itself.
   */
  pack(): void {
    for (const postings of this.#stale) postings.packed();
    this.#stale.clear();
  }

  /** The slots listed under a skill, in every cell (for tests and slow paths). */
  slotsOf(skill: number): number[] {
    const slots: number[] = [];
    for (const grid of this.#grids) grid.forEachCell((cell) => slots.push(...cell.postings.slotsOf(skill)));
    slots.push(...this.#unplacedPostings.slotsOf(skill));
    return slots;
  }

  /** Every profile. */
  *profiles(): IterableIterator<F> {
    for (const features of this.#features) if (features !== undefined) yield features;
  }
}

/** Upper bounds (km) of the reach classes, the last one open. */
const REACH_CLASSES = [5, 10, 20, 35, Number.POSITIVE_INFINITY];
