import { SkillPostings, type SkillKeys } from './skill-postings.js';

const KM_PER_DEGREE_LAT = 111.2;
// Slack for the planar cell distance against the engine's equirectangular distance: a cell is never skipped when
// one of its profiles might be within reach.
const SAFETY_KM = 1;
const SAFETY_SHARE = 1.02;

/** The keys a slot is listed under in its cell's postings (see ProfilePool). */
export interface CellKeys extends SkillKeys {
  /** The profile's skill groups as 32 bits (see `groupMask`): the slot is also listed under each bit set. */
  readonly groupMask?: number | undefined;
  /** The profile's trade keys (see `tradeKeys`): the slot is also listed under each. */
  readonly tradeKeys?: readonly number[] | undefined;
}

/** A cell of the grid: its slots, and the postings of its slots per skill. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly slots: number[];
  /** Postings per skill of the slots in this cell, so that a query near a point walks only nearby postings. */
  readonly postings: SkillPostings;
  /** The largest reach of a profile in the cell (km): how far from the cell it can still match. */
  maxReach: number;
  /**
   * Per bit of the group masks (0–31), the slots whose mask has it (only for profiles added with a mask): a query
   * that only profiles sharing one of its skill groups could satisfy walks these instead of every slot.
   */
  readonly byGroupBit: (number[] | undefined)[];
  /** Per trade key, the slots listed under it (only for profiles added with trade keys). */
  readonly byTrade: Map<number, number[]>;
}

const NO_KEYS: CellKeys = { skills: [] };

/**
 * Slots on a grid of square cells (default 5 km), each cell remembering the largest reach of its profiles. A query
 * visits only the cells from which a profile could be within reach of a point, so a hard commute constraint rules
 * most of a region's profiles out without scoring them.
 */
export class SpatialGrid {
  readonly #dLat: number;
  readonly #dLon: number;
  readonly #kmPerLon: number;
  readonly #cells = new Map<number, GridCell>();
  #maxReach = 0;

  /** @param referenceLat latitude where a degree of longitude is measured (Wallonia by default) */
  constructor(cellKm = 5, referenceLat = 50.5) {
    // At least 50 m: rows and columns then fit the numeric cell keys.
    if (!(cellKm >= 0.05)) throw new RangeError(`cellKm must be at least 0.05, got ${cellKm}.`);
    this.#kmPerLon = KM_PER_DEGREE_LAT * Math.cos((referenceLat * Math.PI) / 180);
    this.#dLat = cellKm / KM_PER_DEGREE_LAT;
    this.#dLon = cellKm / this.#kmPerLon;
  }

  // A number, not a string: no allocation per lookup. Rows and columns of any point on Earth fit in 2^20.
  #key(row: number, col: number): number {
    return (row + 0x80000) * 0x100000 + (col + 0x80000);
  }

  /** Puts a slot at a point, with the distance (km) up to which it can match; returns its cell's postings. */
  add(slot: number, lat: number, lon: number, reachKm: number, keys: CellKeys = NO_KEYS): SkillPostings {
    const row = Math.floor(lat / this.#dLat);
    const col = Math.floor(lon / this.#dLon);
    const key = this.#key(row, col);
    let cell = this.#cells.get(key);
    if (cell === undefined) {
      cell = {
        row,
        col,
        slots: [],
        postings: new SkillPostings(),
        maxReach: 0,
        byGroupBit: [],
        byTrade: new Map(),
      };
      this.#cells.set(key, cell);
    }
    cell.slots.push(slot);
    cell.postings.add(slot, keys);
    listPerBit(cell.byGroupBit, keys.groupMask ?? 0, slot);
    for (const key of keys.tradeKeys ?? []) {
      const list = cell.byTrade.get(key);
      if (list === undefined) cell.byTrade.set(key, [slot]);
      else list.push(slot);
    }
    // Reaches only grow (a removal keeps the bound valid, merely looser).
    cell.maxReach = Math.max(cell.maxReach, reachKm);
    this.#maxReach = Math.max(this.#maxReach, reachKm);
    return cell.postings;
  }

  /** Removes a slot put at that point, with the keys it was put with; returns its cell's postings. */
  remove(slot: number, lat: number, lon: number, keys: CellKeys = NO_KEYS): SkillPostings | undefined {
    const cell = this.#cells.get(this.#key(Math.floor(lat / this.#dLat), Math.floor(lon / this.#dLon)));
    if (cell === undefined) return undefined;
    cell.postings.remove(slot, keys.skills);
    unlistPerBit(cell.byGroupBit, keys.groupMask ?? 0, slot);
    for (const key of keys.tradeKeys ?? []) {
      const list = cell.byTrade.get(key);
      if (list !== undefined) removeSlot(list, slot);
    }
    removeSlot(cell.slots, slot);
    return cell.postings;
  }

  /** Visits every cell that holds or held a slot. */
  forEachCell(visit: (cell: GridCell) => void): void {
    for (const cell of this.#cells.values()) if (cell.slots.length > 0) visit(cell);
  }

  /** Planar distance (km) from a point to the nearest point of a cell. */
  #distanceToCell(lat: number, lon: number, cell: GridCell): number {
    const south = cell.row * this.#dLat;
    const west = cell.col * this.#dLon;
    const dy = lat < south ? south - lat : lat > south + this.#dLat ? lat - south - this.#dLat : 0;
    const dx = lon < west ? west - lon : lon > west + this.#dLon ? lon - west - this.#dLon : 0;
    return Math.hypot(dy * KM_PER_DEGREE_LAT, dx * this.#kmPerLon);
  }

  /**
   * Visits every slot that could lie within `radiusKm` plus its own reach of a point: the cells whose nearest
   * point is that close (with a small safety margin). Slots in skipped cells are certainly farther.
   */
  forEachNear(lat: number, lon: number, radiusKm: number, visit: (slot: number) => void): void {
    this.forEachCellNear(lat, lon, radiusKm, {
      cell(cell) {
        for (const slot of cell.slots) visit(slot);
      },
    });
  }

  /**
   * Visits the cells {@link forEachNear} would visit the slots of, each with a distance (km) no profile of the cell
   * is nearer to the point than. The visitor is an object rather than a function
   * so that the engine's per-query visitors share one optimised call site.
   */
  forEachCellNear(
    lat: number,
    lon: number,
    radiusKm: number,
    visitor: { cell(cell: GridCell, nearestKm: number): void },
  ): void {
    const span = (radiusKm + this.#maxReach) * SAFETY_SHARE + SAFETY_KM;
    const rows = Math.ceil(span / KM_PER_DEGREE_LAT / this.#dLat) + 1;
    const cols = Math.ceil(span / this.#kmPerLon / this.#dLon) + 1;
    const row0 = Math.floor(lat / this.#dLat);
    const col0 = Math.floor(lon / this.#dLon);
    // A sparse grid (a small pool, or a wide reach) has fewer cells than the window has positions: walk its cells.
    if (this.#cells.size < (2 * rows + 1) * (2 * cols + 1)) {
      for (const cell of this.#cells.values()) {
        if (Math.abs(cell.row - row0) > rows || Math.abs(cell.col - col0) > cols) continue;
        this.#visitIfNear(lat, lon, radiusKm, cell, visitor);
      }
      return;
    }
    for (let row = row0 - rows; row <= row0 + rows; row++) {
      for (let col = col0 - cols; col <= col0 + cols; col++) {
        const cell = this.#cells.get(this.#key(row, col));
        if (cell !== undefined) this.#visitIfNear(lat, lon, radiusKm, cell, visitor);
      }
    }
  }

  #visitIfNear(
    lat: number,
    lon: number,
    radiusKm: number,
    cell: GridCell,
    visitor: { cell(cell: GridCell, nearestKm: number): void },
  ): void {
    if (cell.slots.length === 0) return;
    const limit = (radiusKm + cell.maxReach) * SAFETY_SHARE + SAFETY_KM;
    const planar = this.#distanceToCell(lat, lon, cell);
    if (planar > limit) return;
    // No profile of the cell is nearer than this (the same margins that make skipping safe, the other way).
    visitor.cell(cell, Math.max(0, (planar - SAFETY_KM) / SAFETY_SHARE));
  }
}

/** Takes a slot out of a list (swap with the last); the list's order does not matter. */
function removeSlot(list: number[], slot: number): void {
  const at = list.indexOf(slot);
  if (at < 0) return;
  list[at] = list[list.length - 1] as number;
  list.pop();
}

/** Lists a slot under each bit of a mask. */
function listPerBit(lists: (number[] | undefined)[], mask: number, slot: number): void {
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const bit = 31 - Math.clz32(bits & -bits);
    const list = lists[bit];
    if (list === undefined) lists[bit] = [slot];
    else list.push(slot);
  }
}

/** Takes a slot off the list of each bit of a mask. */
function unlistPerBit(lists: (number[] | undefined)[], mask: number, slot: number): void {
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const list = lists[31 - Math.clz32(bits & -bits)];
    if (list !== undefined) removeSlot(list, slot);
  }
}
