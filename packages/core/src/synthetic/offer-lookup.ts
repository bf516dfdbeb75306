import type { JobOffer } from '../model/job-offer.js';
import type { OfferPool } from './offers.js';
import type { SeededRandom } from './random.js';

/** The first position in `list` (offer indexes sorted by day) whose offer was published on or after `day`. */
function lowerBound(list: readonly number[], days: Int32Array, day: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[list[middle] as number] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * An offer of an occupation, held in a Mire, published between two days (inclusive), or undefined when a
 * few random draws find none: a hire does not always come from an offer.
 */
export function findOffer(
  random: SeededRandom,
  pool: OfferPool,
  occupationId: string,
  mireIndex: number,
  from: number,
  to: number,
): JobOffer | undefined {
  const list = pool.byOccupation.get(occupationId);
  if (list === undefined) return undefined;
  const low = lowerBound(list, pool.publishedDay, from);
  const high = lowerBound(list, pool.publishedDay, to + 1);
  if (high <= low) return undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    const index = list[low + random.int(high - low)] as number;
    if (pool.mireIndex[index] === mireIndex) return pool.offers[index];
  }
  return undefined;
}
