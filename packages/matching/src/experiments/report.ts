import { METRICS, parseMetricSpec } from './metrics/registry.js';
import type { MetricValue } from './metrics/registry.js';
import type { ExperimentResult } from './run.js';

function formatValue(value: MetricValue | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(4);
  return Object.entries(value)
    .map(([label, v]) => `${label}: ${v.toFixed(4)}`)
    .join('; ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * The result as a Markdown report: what was run on what, then one table row per engine configuration (and its
 * congestion-aware variant), one column per metric with the better direction marked (↑ higher, ↓ lower).
 */
export function experimentReportMarkdown(result: ExperimentResult): string {
  const d = result.data;
  const lines = [
    `# ${cell(result.name)}`,
    '',
    `Seed ${result.seed}; data: ${d.source} (${d.candidates} candidates, ${d.offers} offers, ${d.hires} hires` +
      `${d.rejectedRecords ? `, ${d.rejectedRecords} records rejected` : ''}); split: ${describeSplit(result)}; ` +
      `${d.testHires} test hires, ${d.queries} queries over a catalogue of ${d.catalogue} offers; lists of ${result.config.listLength}.`,
    '',
  ];
  const header = result.metrics.map((text) => {
    const parsed = parseMetricSpec(text);
    const direction = parsed.ok ? (METRICS[parsed.spec.name]?.direction === 'lower' ? ' ↓' : ' ↑') : '';
    return `${text}${direction}`;
  });
  lines.push(`| engine | lists | ${header.join(' | ')} |`);
  lines.push(`|---|---|${header.map(() => '---:').join('|')}|`);
  for (const row of result.rows) {
    lines.push(
      `| ${cell(row.engine)} | ${row.variant} | ${result.metrics.map((m) => cell(formatValue(row.values[m]))).join(' | ')} |`,
    );
  }
  const reports = Object.entries(result.congestion);
  if (reports.length > 0) {
    lines.push('', '## Congestion-aware lists: both sides of the trade', '');
    lines.push(
      '| engine | mean score before → after | relevance lost | exposure Gini before → after | max applicants per position before → after |',
    );
    lines.push('|---|---|---:|---|---|');
    for (const [engine, r] of reports) {
      lines.push(
        `| ${cell(engine)} | ${r.before.meanScore.toFixed(4)} → ${r.after.meanScore.toFixed(4)} | ${(100 * r.relativeRelevanceLost).toFixed(2)} % | ` +
          `${r.before.exposureGini.toFixed(4)} → ${r.after.exposureGini.toFixed(4)} | ${r.before.listingsPerPosition.max.toFixed(2)} → ${r.after.listingsPerPosition.max.toFixed(2)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeSplit(result: ExperimentResult): string {
  const split = result.config.split;
  return split.kind === 'date'
    ? `hires from ${split.testFrom}${split.testTo ? ` to ${split.testTo}` : ''}`
    : `${Math.round(split.testShare * 100)} % of hires at random`;
}
