import type { ScoredPair } from '../../assignment/graph.js';

/**
 * Assignment metrics and fairness audits. Groups are labels the caller gives per candidate id (for instance from
 * the reporting side, which holds protected attributes): matching never reads protected attributes, it only
 * counts outcomes by the labels it is handed.
 */

/** An assignment as the metrics read it: the pairs made and every candidate considered. */
export interface AssignmentOutcome {
  readonly pairs: readonly ScoredPair[];
  readonly candidateIds: readonly string[];
}

/** Total score = Σ score of the pairs made. Higher is better. */
export function totalScore(outcome: AssignmentOutcome): number {
  return outcome.pairs.reduce((sum, pair) => sum + pair.score, 0);
}

/** Share assigned = candidates with a pair / candidates. Range [0, 1], higher is better; 0 without candidates. */
export function shareAssigned(outcome: AssignmentOutcome): number {
  if (outcome.candidateIds.length === 0) return 0;
  const all = new Set(outcome.candidateIds);
  return new Set(outcome.pairs.map((p) => p.candidateId).filter((id) => all.has(id))).size / all.size;
}

/** One group's outcome. */
export interface GroupOutcome {
  readonly candidates: number;
  readonly assigned: number;
  /** assigned / candidates. */
  readonly shareAssigned: number;
  /** Mean score of the group's pairs (0 without pairs). */
  readonly meanScore: number;
  /** The group's qualified candidates (when a qualified set is given). */
  readonly qualified?: number;
  /** Among the group's qualified candidates (when a qualified set is given): assigned / qualified, 0 if none. */
  readonly shareAssignedQualified?: number;
}

/**
 * Score by group: per label, candidates, assigned, share assigned and mean score of the pairs made. Candidates
 * without a label are counted under `unlabelled`. With `qualified` (ids deemed qualified, e.g. with at least one
 * pair above a threshold), also the share assigned among the qualified.
 */
export function scoreByGroup(
  outcome: AssignmentOutcome,
  groupOf: ReadonlyMap<string, string>,
  qualified?: ReadonlySet<string>,
): Map<string, GroupOutcome> {
  const scoreOf = new Map(outcome.pairs.map((p) => [p.candidateId, p.score]));
  const tally = new Map<string, { n: number; a: number; s: number; q: number; qa: number }>();
  for (const id of outcome.candidateIds) {
    const label = groupOf.get(id) ?? 'unlabelled';
    const t = tally.get(label) ?? { n: 0, a: 0, s: 0, q: 0, qa: 0 };
    const score = scoreOf.get(id);
    t.n++;
    if (score !== undefined) {
      t.a++;
      t.s += score;
    }
    if (qualified?.has(id)) {
      t.q++;
      if (score !== undefined) t.qa++;
    }
    tally.set(label, t);
  }
  const result = new Map<string, GroupOutcome>();
  for (const label of [...tally.keys()].sort()) {
    const t = tally.get(label)!;
    result.set(label, {
      candidates: t.n,
      assigned: t.a,
      shareAssigned: t.a / t.n,
      meanScore: t.a === 0 ? 0 : t.s / t.a,
      ...(qualified ? { qualified: t.q, shareAssignedQualified: t.q === 0 ? 0 : t.qa / t.q } : {}),
    });
  }
  return result;
}

function gap(values: number[]): number {
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}

/**
 * Statistical parity gap = max − min over groups of the share assigned. Range [0, 1], lower is fairer (0: every
 * group assigned at the same rate). Groups with no candidate are absent; 0 with fewer than two groups.
 */
export function statisticalParityGap(
  outcome: AssignmentOutcome,
  groupOf: ReadonlyMap<string, string>,
): number {
  return gap([...scoreByGroup(outcome, groupOf).values()].map((g) => g.shareAssigned));
}

/**
 * Equal opportunity gap = max − min over groups of the share assigned among qualified candidates (Hardt et al.
 * 2016, with "assigned" as the positive outcome). Range [0, 1], lower is fairer; groups without a qualified
 * candidate are left out.
 */
export function equalOpportunityGap(
  outcome: AssignmentOutcome,
  groupOf: ReadonlyMap<string, string>,
  qualified: ReadonlySet<string>,
): number {
  const groups = [...scoreByGroup(outcome, groupOf, qualified).values()];
  return gap(groups.filter((g) => (g.qualified ?? 0) > 0).map((g) => g.shareAssignedQualified ?? 0));
}
