const KM_PER_DEGREE_LAT = 111.2;
// Slack for the planar cell distance against the engine's equirectangular distance: a cell is never skipped when
// one of its profiles might be within reach.
const SAFETY_KM = 1;
const SAFETY_SHARE = 1.02;

interface Cell {
  readonly row: number;
  readonly col: number;
  readonly slots: number[];
  /** The largest reach of a profile in the cell (km): how far from the cell it can still match. */
  maxReach: number;
}

/**
 * Slots on a grid of square cells (default 5 km), each cell remembering the largest reach of its profiles. A query
 * visits only the cells from which a profile could be within reach of a point, so a hard commute constraint rules
 * most of a region's profiles out without scoring them.
 */
export class SpatialGrid {
  readonly #dLat: number;
  readonly #dLon: number;
  readonly #kmPerLon: number;
  readonly #cells = new Map<string, Cell>();
  #maxReach = 0;

  /** @param referenceLat latitude where a degree of longitude is measured (Wallonia by default) */
  constructor(cellKm = 5, referenceLat = 50.5) {
    if (!(cellKm > 0)) throw new RangeError(`cellKm must be positive, got ${cellKm}.`);
    this.#kmPerLon = KM_PER_DEGREE_LAT * Math.cos((referenceLat * Math.PI) / 180);
    this.#dLat = cellKm / KM_PER_DEGREE_LAT;
    this.#dLon = cellKm / this.#kmPerLon;
  }

  #key(row: number, col: number): string {
    return `${row}:${col}`;
  }

  /** Puts a slot at a point, with the distance (km) up to which it can match. */
  add(slot: number, lat: number, lon: number, reachKm: number): void {
    const row = Math.floor(lat / this.#dLat);
    const col = Math.floor(lon / this.#dLon);
    const key = this.#key(row, col);
    let cell = this.#cells.get(key);
    if (cell === undefined) {
      cell = { row, col, slots: [], maxReach: 0 };
      this.#cells.set(key, cell);
    }
    cell.slots.push(slot);
    // Reaches only grow (a removal keeps the bound valid, merely looser).
    cell.maxReach = Math.max(cell.maxReach, reachKm);
    this.#maxReach = Math.max(this.#maxReach, reachKm);
  }

  /** Removes a slot put at that point. */
  remove(slot: number, lat: number, lon: number): void {
    const cell = this.#cells.get(this.#key(Math.floor(lat / this.#dLat), Math.floor(lon / this.#dLon)));
    if (cell === undefined) return;
    const at = cell.slots.indexOf(slot);
    if (at < 0) return;
    cell.slots[at] = cell.slots[cell.slots.length - 1] as number;
    cell.slots.pop();
  }

  /** Planar distance (km) from a point to the nearest point of a cell. */
  #distanceToCell(lat: number, lon: number, cell: Cell): number {
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
    const span = (radiusKm + this.#maxReach) * SAFETY_SHARE + SAFETY_KM;
    const rows = Math.ceil(span / KM_PER_DEGREE_LAT / this.#dLat) + 1;
    const cols = Math.ceil(span / this.#kmPerLon / this.#dLon) + 1;
    const row0 = Math.floor(lat / this.#dLat);
    const col0 = Math.floor(lon / this.#dLon);
    for (let row = row0 - rows; row <= row0 + rows; row++) {
      for (let col = col0 - cols; col <= col0 + cols; col++) {
        const cell = this.#cells.get(this.#key(row, col));
        if (cell === undefined || cell.slots.length === 0) continue;
        const limit = (radiusKm + cell.maxReach) * SAFETY_SHARE + SAFETY_KM;
        if (this.#distanceToCell(lat, lon, cell) > limit) continue;
        for (const slot of cell.slots) visit(slot);
      }
    }
  }
}
