// Trades as keys of the grid cells' per-trade lists: each ISCO prefix of a profile's occupations (1 to 4 digits)
// names one list, so that a query can walk only the profiles sharing at least d digits with its own occupations.

/** The key of the list of profiles whose occupation score no ISCO prefix bounds. */
export const TRADE_UNKNOWN = 0;

/** ISCO codes have four digits: prefixes of 1 to 4 of them name lists. */
export const TRADE_DIGITS = 4;

/**
 * The key of the first `digits` characters of an ISCO code (`digits × 10,000 + their number`), or −1 when the
 * code is shorter or those characters are not all digits.
 */
export function tradeKey(code: string, digits: number): number {
  if (code.length < digits) return -1;
  let prefix = 0;
  for (let i = 0; i < digits; i++) {
    const c = code.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    prefix = prefix * 10 + c;
  }
  return digits * 10_000 + prefix;
}

/**
 * The keys a profile is listed under, from its occupations (`ids`, of which `isco` are the ISCO codes the taxonomy
 * knows): each numeric prefix of each code, so that a profile sharing fewer than d digits with every code of a query
 * is in none of the query's lists of d digits; and {@link TRADE_UNKNOWN} when a prefix cannot tell (no occupation,
 * one without a code, a code not starting with a digit). Sorted, without repeats.
 */
export function tradeKeys(ids: readonly string[], isco: readonly string[]): readonly number[] {
  const keys = new Set<number>();
  if (ids.length === 0 || isco.length < ids.length) keys.add(TRADE_UNKNOWN);
  for (const code of isco) {
    if (tradeKey(code, 1) < 0) keys.add(TRADE_UNKNOWN);
    for (let digits = 1; digits <= TRADE_DIGITS; digits++) {
      const key = tradeKey(code, digits);
      if (key < 0) break;
      keys.add(key);
    }
  }
  return Object.freeze([...keys].sort((a, b) => a - b));
}

/**
 * The highest occupation score of a profile sharing fewer than `digits` ISCO digits with each occupation of the
 * other side, from the credits per digits shared (`iscoCredit[4 − shared]`; no digit shared: 0).
 */
export function creditBelow(digits: number, iscoCredit: readonly number[]): number {
  let most = 0;
  for (let shared = 1; shared < digits; shared++) most = Math.max(most, iscoCredit[4 - shared] as number);
  return most;
}

/**
 * The deepest level of trade lists a query from these ISCO codes may use: at level d, every profile sharing d
 * characters with a code must be on the list of the code's d-digit prefix, which holds only when those d characters
 * are digits. A code with a character other than a digit among its first ones caps the level below it.
 */
export function tradeDepth(codes: readonly string[]): number {
  let depth = TRADE_DIGITS;
  for (const code of codes) {
    let digits = 0;
    while (digits < Math.min(code.length, TRADE_DIGITS) && tradeKey(code, digits + 1) >= 0) digits++;
    // Shorter codes share no more than their length: their own prefixes are enough.
    if (digits < Math.min(code.length, TRADE_DIGITS)) depth = Math.min(depth, digits);
  }
  return depth;
}
