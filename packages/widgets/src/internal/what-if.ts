import type { CriterionShare } from '@passerelle/matching';

/** One way the score could rise, in score units (0–1). */
export interface ScoreGain {
  /** A criterion id, or `penalties` for the soft constraints' penalties. */
  readonly what: string;
  readonly gain: number;
}

/**
 * What would raise a pair's score, largest first: each applicable criterion brought to its best value
 * (`(1 − value) × weight × penaltyFactor`), and the soft penalties lifted (the score before penalties minus the
 * score). Gains below `minGain` (default half a point) are left out. Pure.
 */
export function scoreGains(
  breakdown: readonly CriterionShare[],
  penaltyFactor: number,
  minGain = 0.005,
): ScoreGain[] {
  const gains: ScoreGain[] = [];
  for (const share of breakdown) {
    if (share.value === null) continue;
    gains.push({ what: share.criterion, gain: (1 - share.value) * share.weight * penaltyFactor });
  }
  const beforePenalties = breakdown.reduce((sum, share) => sum + share.contribution, 0);
  gains.push({ what: 'penalties', gain: beforePenalties * (1 - penaltyFactor) });
  return gains.filter((g) => g.gain >= minGain).sort((a, b) => b.gain - a.gain || (a.what < b.what ? -1 : 1));
}
