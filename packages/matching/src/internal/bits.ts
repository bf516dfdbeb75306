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

/**
 * Bit of a trade mask for profiles whose occupation score no ISCO prefix bounds: they want no occupation, or one
 * the taxonomy gives no usable ISCO group (only its id could match). Queries that filter by trade always walk it.
 */
export const TRADE_UNKNOWN = 1 << 31;

const isDigit = (code: string, at: number): boolean => {
  const c = code.charCodeAt(at);
  return c >= 48 && c <= 57;
};

/** The trade-mask bit of an ISCO code's major group (its first digit: bits 0–9); 0 when it does not start with one. */
export function majorGroupBit(code: string): number {
  return code.length > 0 && isDigit(code, 0) ? 1 << (code.charCodeAt(0) - 48) : 0;
}

/**
 * The trade-mask bit of an ISCO code's sub-major group (its first two digits, modulo 21: bits 10–30); 0 when it has
 * no two leading digits. A bit may be shared by two groups: lists per bit hold every profile of a group, and more.
 */
export function subMajorGroupBit(code: string): number {
  if (code.length < 2 || !isDigit(code, 0) || !isDigit(code, 1)) return 0;
  return 1 << (10 + (((code.charCodeAt(0) - 48) * 10 + code.charCodeAt(1) - 48) % 21));
}

/**
 * The trade mask of a profile's wanted occupations (`ids`, of which `isco` are the ISCO codes the taxonomy knows):
 * the major- and sub-major-group bits of each code, so that a profile sharing no ISCO prefix with an offer's
 * occupation is found in none of the offer's lists; {@link TRADE_UNKNOWN} when a prefix cannot tell.
 */
export function tradeMask(ids: readonly string[], isco: readonly string[]): number {
  let mask = ids.length === 0 || isco.length < ids.length ? TRADE_UNKNOWN : 0;
  for (const code of isco) {
    const major = majorGroupBit(code);
    if (major === 0) mask |= TRADE_UNKNOWN;
    mask |= major | subMajorGroupBit(code);
  }
  return mask;
}
