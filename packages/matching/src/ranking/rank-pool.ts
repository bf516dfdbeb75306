import type { Issue } from '@passerelle/core';
import type { ProfilePool } from '../indexes/profile-pool.js';
import { TopK } from './top-k.js';

/** How a ranking visits a pool. */
export interface PoolQuery<F> {
  readonly pool: ProfilePool<F & { readonly id: string; readonly issues: readonly Issue[] }>;
  /** The query's skills and groups: profiles holding none of them get a skills score of 0. */
  readonly skills: ArrayLike<number>;
  readonly groups: ArrayLike<number>;
  /**
   * The highest score a profile found by none of the query's skills or groups can reach, or undefined when the
   * skills criterion does not apply (then every profile is scored).
   */
  readonly boundWithoutSkills: number | undefined;
  /** Scores one profile: [0, 1], or −1 when excluded. */
  readonly score: (features: F) => number;
  readonly k: number;
  readonly minScore: number;
  /** Score every profile (the exact oracle; also needed to list every excluded pair). */
  readonly exhaustive: boolean;
  /**
   * When the commute constraint is hard: the point and radius of the query. Profiles the spatial grid places out
   * of reach are excluded anyway, so only the others are scored.
   */
  readonly near?: { readonly lat: number; readonly lon: number; readonly radiusKm: number };
  /** Called for each excluded profile, when listing them. */
  readonly onExcluded?: (features: F) => void;
}

/**
 * The top k of a pool for one query, exactly as a full scan would rank them: first the profiles the inverted
 * indexes find through the query's skills and skill groups, then — only if the k-th score does not beat the bound
 * the others can reach — the others too.
 */
export function rankPool<F extends { readonly id: string; readonly issues: readonly Issue[] }>(
  query: PoolQuery<F>,
): { top: Array<{ score: number; features: F }>; scored: number } {
  const { pool } = query;
  // No more room than the pool needs: k may be any positive integer.
  const top = new TopK(Math.max(1, Math.min(query.k, pool.size)), (slot) => (pool.at(slot) as F).id);
  const seen = new Uint8Array(pool.slotCount);
  let scored = 0;
  const visit = (slot: number): void => {
    if (seen[slot] === 1) return;
    seen[slot] = 1;
    const features = pool.at(slot);
    if (features === undefined) return;
    scored++;
    const score = query.score(features);
    if (score < 0) query.onExcluded?.(features);
    else if (score >= query.minScore) top.push(score, slot);
  };
  if (query.near !== undefined && !query.exhaustive) {
    query.pool.forEachNear(query.near.lat, query.near.lon, query.near.radiusKm, visit);
    return { top: sortedTop(top, pool), scored };
  }
  const pruned = !query.exhaustive && query.boundWithoutSkills !== undefined;
  if (pruned) {
    for (let i = 0; i < query.skills.length; i++)
      for (const slot of pool.withSkill(query.skills[i] as number)) visit(slot);
    for (let i = 0; i < query.groups.length; i++)
      for (const slot of pool.withGroup(query.groups[i] as number)) visit(slot);
    for (const slot of pool.withoutSkills()) visit(slot);
  }
  // Profiles not found above score at most the bound: skip them when none could enter the list.
  const bound = query.boundWithoutSkills ?? Number.POSITIVE_INFINITY;
  const canSkip = pruned && (bound < query.minScore || top.threshold > bound);
  if (!canSkip) for (let slot = 0; slot < pool.slotCount; slot++) visit(slot);
  return { top: sortedTop(top, pool), scored };
}

function sortedTop<F>(
  top: TopK,
  pool: { at(slot: number): F | undefined },
): Array<{ score: number; features: F }> {
  return top.sorted().map(({ score, slot }) => ({ score, features: pool.at(slot) as F }));
}
