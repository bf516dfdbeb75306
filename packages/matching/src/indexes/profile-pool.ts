import type { Issue } from '@passerelle/core';
import { SpatialGrid } from './spatial-grid.js';

/** Where a profile is and how far from it it can match; undefined when it has no usable point or no limit. */
export type PoolPlace = { readonly lat: number; readonly lon: number; readonly reachKm: number } | undefined;

/** The skill numbers and skill groups a profile is found by. */
export interface PoolKeys {
  readonly skills: ArrayLike<number>;
  readonly groups: ArrayLike<number>;
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
  readonly #bySkill = new Map<number, number[]>();
  readonly #byGroup = new Map<number, number[]>();
  /** Slots of profiles with no skill at all (an offer without skills must always be scored). */
  readonly #withoutSkills = new Set<number>();
  readonly #place: (features: F) => PoolPlace;
  // One grid per reach class: a cell's bound is the largest reach of its class, so a query near a town does not
  // visit the walkers and cyclists of every cell a driver could reach.
  readonly #grids = REACH_CLASSES.map(() => new SpatialGrid());
  /** Slots of profiles without a place on the grid: every spatial query visits them. */
  readonly #unplaced = new Set<number>();

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

  /** Adds or replaces the profile with the same id. */
  set(features: F): void {
    this.delete(features.id);
    const slot = this.#free.pop() ?? this.#features.length;
    this.#features[slot] = features;
    this.#slotOf.set(features.id, slot);
    const keys = this.#keys(features);
    for (let i = 0; i < keys.skills.length; i++) append(this.#bySkill, keys.skills[i] as number, slot);
    for (let i = 0; i < keys.groups.length; i++) append(this.#byGroup, keys.groups[i] as number, slot);
    if (keys.skills.length === 0) this.#withoutSkills.add(slot);
    const place = this.#place(features);
    if (place === undefined) this.#unplaced.add(slot);
    else this.#gridOf(place.reachKm).add(slot, place.lat, place.lon, place.reachKm);
  }

  /** Removes a profile; returns whether it was there. */
  delete(id: string): boolean {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return false;
    const features = this.#features[slot] as F;
    const keys = this.#keys(features);
    for (let i = 0; i < keys.skills.length; i++) remove(this.#bySkill, keys.skills[i] as number, slot);
    for (let i = 0; i < keys.groups.length; i++) remove(this.#byGroup, keys.groups[i] as number, slot);
    this.#withoutSkills.delete(slot);
    const place = this.#place(features);
    if (place === undefined) this.#unplaced.delete(slot);
    else this.#gridOf(place.reachKm).remove(slot, place.lat, place.lon);
    this.#features[slot] = undefined;
    this.#slotOf.delete(id);
    this.#free.push(slot);
    return true;
  }

  #gridOf(reachKm: number): SpatialGrid {
    const index = REACH_CLASSES.findIndex((limit) => reachKm <= limit);
    return this.#grids[index] as SpatialGrid;
  }

  /** Slots holding a skill. */
  withSkill(skill: number): readonly number[] {
    return this.#bySkill.get(skill) ?? EMPTY;
  }

  /** Slots holding a skill of a group. */
  withGroup(group: number): readonly number[] {
    return this.#byGroup.get(group) ?? EMPTY;
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

  /** Every profile. */
  *profiles(): IterableIterator<F> {
    for (const features of this.#features) if (features !== undefined) yield features;
  }
}

const EMPTY: readonly number[] = Object.freeze([]);
/** Upper bounds (km) of the reach classes, the last one open. */
const REACH_CLASSES = [5, 10, 20, 35, Number.POSITIVE_INFINITY];

function append(map: Map<number, number[]>, key: number, slot: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [slot]);
  else if (list[list.length - 1] !== slot) list.push(slot);
}

// Swap-remove: postings are sets, their order does not matter (results are ordered by score and id).
function remove(map: Map<number, number[]>, key: number, slot: number): void {
  const list = map.get(key);
  if (list === undefined) return;
  const at = list.indexOf(slot);
  if (at < 0) return;
  list[at] = list[list.length - 1] as number;
  list.pop();
  if (list.length === 0) map.delete(key);
}
