/** A bitmask of the positions of `codes` in `list` (lists of at most 31 codes). */
export function maskOf<T>(list: readonly T[], codes: Iterable<T>): number {
  let mask = 0;
  for (const code of codes) {
    const index = list.indexOf(code);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

/** The codes of `list` whose bits are set in `mask`. */
export function codesOf<T>(list: readonly T[], mask: number): T[] {
  return list.filter((_code, index) => (mask & (1 << index)) !== 0);
}
