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

/**
 * The skill groups of a list as 32 bits (group number modulo 32): two profiles whose masks share no bit share no
 * group, so no related-skill credit can pass between them. A shared bit may be a collision: bounds stay upper bounds.
 */
export function groupMask(groups: ArrayLike<number>): number {
  let mask = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as number;
    if (group >= 0) mask |= 1 << (group & 31);
  }
  return mask;
}

/**
 * The skills of a list as 32 bits (skill number modulo 32): a profile whose mask lacks a bit of another's lacks one
 * of its skills. A set bit may be a collision: only the profile's own list says that it holds the skill.
 */
export function skillMask(skills: ArrayLike<number>): number {
  let mask = 0;
  for (let i = 0; i < skills.length; i++) mask |= 1 << ((skills[i] as number) & 31);
  return mask;
}
