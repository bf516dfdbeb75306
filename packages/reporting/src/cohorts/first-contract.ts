import type { ContractType } from '@passerelle/core';
import { CONTRACT_TYPES, isEmploymentContract } from '@passerelle/core';
import type { ReportingStore } from '../validate/store.js';

/** Which contracts count as a first contract (*mise à l'emploi*). */
export interface FirstContractRule {
  /**
   * Contract types that count (default: every paid type, i.e. all but internships and immersion, as
   * `isEmploymentContract` of `@passerelle/core` says).
   */
  readonly contractTypes?: readonly ContractType[];
}

/**
 * A lookup by contract type code (256 entries, any code reads): 1 for the types listed, or for every paid type
 * when the list is `null` or `undefined`.
 */
export function typeMask(types: readonly ContractType[] | null | undefined): Uint8Array {
  const mask = new Uint8Array(256);
  CONTRACT_TYPES.forEach((type, code) => {
    if (types == null ? isEmploymentContract(type) : types.includes(type)) mask[code] = 1;
  });
  return mask;
}

/**
 * The first contract of an accompaniment (position `k`): the counted contract that starts earliest on or after
 * the entry and on or before the exit (any day for an accompaniment still going on). A contract that started
 * before entry (a job the person already had) is not a first contract. Returns its position, or −1.
 */
export function firstContractOf(store: ReportingStore, p: number, k: number, mask: Uint8Array): number {
  const acc = store.accompaniments;
  const entry = acc.entry[k] as number;
  const last = acc.exit[k] as number;
  const { offsets, start, type } = store.contracts;
  for (let c = offsets[p] as number, hi = offsets[p + 1] as number; c < hi; c += 1) {
    const day = start[c] as number;
    if (day > last) return -1;
    if (day >= entry && mask[type[c] as number] === 1) return c;
  }
  return -1;
}

/**
 * Person `p`'s first contract that starts in `[start, end]` (day numbers), over all their accompaniments; the
 * earliest one when a person who exited and re-entered has two. Returns its position, or −1.
 */
export function firstContractIn(
  store: ReportingStore,
  p: number,
  start: number,
  end: number,
  mask: Uint8Array,
): number {
  const { offsets, entry } = store.accompaniments;
  for (let k = offsets[p] as number, hi = offsets[p + 1] as number; k < hi; k += 1) {
    if ((entry[k] as number) > end) return -1;
    const first = firstContractOf(store, p, k, mask);
    if (first >= 0) {
      const day = store.contracts.start[first] as number;
      if (day >= start && day <= end) return first;
    }
  }
  return -1;
}
