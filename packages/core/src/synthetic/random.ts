/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that a dataset is the same
 * on every machine and in every browser for a given seed. `Math.random` cannot be seeded, hence this.
 * Only integer and IEEE arithmetic is used (no `Math.log` or `Math.cos`, whose last bit may differ
 * between JavaScript engines), here and in the generator that draws from it.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Starts a stream from a seed: any number (its 32 low bits and fraction are mixed) or any string. */
  constructor(seed: number | string) {
    let state = hashSeed(seed);
    const next = (): number => {
      // splitmix32: spreads one 32-bit seed over the four words of sfc32's state.
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // sfc32's authors advise discarding the first outputs so close seeds diverge.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('SeededRandom.pick needs a non-empty list.');
    return items[this.int(items.length)] as T;
  }

  /** An independent stream derived from this one's seed and a label, e.g. one per section of a dataset. */
  static derive(seed: number | string, label: string): SeededRandom {
    return new SeededRandom(`${hashSeed(seed)}:${label}`);
  }
}

/** A 32-bit hash of a seed: numbers keep their integer part and fraction, strings go through FNV-1a. */
export function hashSeed(seed: number | string): number {
  if (typeof seed === 'number') {
    const whole = Math.floor(seed);
    const fraction = Math.round((seed - whole) * 4294967296);
    return (Math.imul(whole | 0, 0x9e3779b1) ^ Math.floor(whole / 4294967296) ^ fraction) >>> 0;
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
