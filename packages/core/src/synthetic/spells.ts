import type { ContractType } from '../vocab/contract-types.js';
import type { SeededRandom } from './random.js';

/** A planned employment spell, in day numbers; `end` is inclusive, `null` while open-ended. */
export interface Spell {
  /** Contract type. */
  readonly type: ContractType;
  /** First day (day number). */
  readonly start: number;
  /** Last day (day number, inclusive), or `null` for an open-ended contract with no end planned. */
  readonly end: number | null;
}

/**
 * Spells are planned so that the Mire's default "in work six months later" rule (DOMAIN.md: spells chained
 * with gaps of at most 31 days, covering at least 183 days) gives a clear answer under either reading of
 * "cover": a durable chain sums to at least 190 worked days; a short one spans at most 170 days and is
 * followed, if at all, only after a gap of 45 days or more.
 */
const DURABLE_DAYS = 190;
const SHORT_SPAN = 170;

// Contracts without an end date; service-voucher jobs are mostly open-ended after the first months.
const OPEN_ENDED: ReadonlySet<ContractType> = new Set(['cdi', 'self_employed', 'service_vouchers']);
// Short assignments that come in strings.
const CHAINED: ReadonlySet<ContractType> = new Set(['temporary_agency', 'flexi_job', 'student']);

/** Whether a contract type runs without an end date until someone ends it. */
export function isOpenEnded(type: ContractType): boolean {
  return OPEN_ENDED.has(type);
}

/** A chain from `start` that keeps the person in work at least six months. */
export function planDurableChain(random: SeededRandom, type: ContractType, start: number): Spell[] {
  if (OPEN_ENDED.has(type)) {
    return [{ type, start, end: random.chance(0.25) ? start + random.between(DURABLE_DAYS, 900) : null }];
  }
  if (type === 'article_60' || type === 'apprenticeship') {
    // Article 60 lasts until the person has worked long enough to open unemployment rights: 1 to 2 years.
    return [{ type, start, end: start + random.between(365, 730) }];
  }
  if (type === 'pfi') {
    // A PFI obliges the employer to hire for at least as long as the training lasted.
    const end = start + random.between(60, 180);
    const next = random.chance(0.7) ? ('cdi' as const) : ('cdd' as const);
    const nextEnd = next === 'cdi' ? null : end + 1 + random.between(DURABLE_DAYS, 365);
    return [
      { type, start, end },
      { type: next, start: end + 1, end: nextEnd },
    ];
  }
  return CHAINED.has(type)
    ? chainOf(random, type, start, 5, 90, 21)
    : chainOf(random, type, start, 90, 365, 14);
}

// Spells of `type` (lengths min–max days, gaps 0–maxGap days) until six months are covered; the worker is
// sometimes hired for good at the end (interim → CDI).
function chainOf(
  random: SeededRandom,
  type: ContractType,
  start: number,
  min: number,
  max: number,
  maxGap: number,
) {
  const spells: Spell[] = [];
  let day = start;
  let covered = 0;
  while (covered < DURABLE_DAYS) {
    const length = random.between(min, max);
    spells.push({ type, start: day, end: day + length - 1 });
    covered += length;
    day += length + random.between(0, maxGap);
  }
  if (random.chance(CHAINED.has(type) ? 0.4 : 0.3)) spells.push({ type: 'cdi', start: day, end: null });
  return spells;
}

/** A start that does not last: a few short assignments, a broken trial period, an interrupted PFI. */
export function planShortChain(random: SeededRandom, type: ContractType, start: number): Spell[] {
  if (!CHAINED.has(type)) return [{ type, start, end: start + random.between(10, 150) }];
  const spells: Spell[] = [];
  let day = start;
  const count = random.between(1, 4);
  for (let i = 0; i < count; i++) {
    const end = Math.min(day + random.between(3, 45) - 1, start + SHORT_SPAN - 1);
    if (end < day) break;
    spells.push({ type, start: day, end });
    day = end + 1 + random.between(0, 14);
  }
  return spells;
}

/** The first day a later, separate spell may start after a chain: more than 31 days after its end. */
export function nextChainStart(random: SeededRandom, chain: readonly Spell[]): number | undefined {
  const last = chain[chain.length - 1];
  if (last === undefined || last.end === null) return undefined;
  return last.end + 1 + random.between(45, 400);
}
