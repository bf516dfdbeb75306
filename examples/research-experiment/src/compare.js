// @ts-check
// The reading of an experiment: for each metric, which configuration does better, and by how much.
import { METRICS, parseMetricSpec } from '@passerelle/matching/experiments';

/**
 * One sentence per metric comparing the first two engine configurations' own lists (not the congestion-aware ones),
 * in the direction the metric reads (higher is better, or lower for inequality).
 * @param {import('@passerelle/matching/experiments').ExperimentResult} result
 * @returns {string[]}
 */
export function compareEngines(result) {
  const rows = result.rows.filter((row) => row.variant === 'lists');
  const [a, b] = rows;
  if (a === undefined || b === undefined) return ['Une seule configuration : rien à comparer.'];
  return result.metrics.flatMap((text) => {
    const x = a.values[text];
    const y = b.values[text];
    if (typeof x !== 'number' || typeof y !== 'number') return [];
    const parsed = parseMetricSpec(text);
    const lowerIsBetter = parsed.ok && METRICS[parsed.spec.name]?.direction === 'lower';
    if (x === y) return [`${text} : égalité (${x.toFixed(3)}).`];
    const aWins = lowerIsBetter ? x < y : x > y;
    const better = aWins ? a.engine : b.engine;
    const [best, rest] = aWins ? [x, y] : [y, x];
    return [`${text} : « ${better} » fait mieux (${best.toFixed(3)} contre ${rest.toFixed(3)}).`];
  });
}
