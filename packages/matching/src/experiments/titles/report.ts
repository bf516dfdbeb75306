// The title-normalisation experiment's result as a Markdown report.
import type { MetricValue } from '../metrics/registry.js';
import type { TitleScores } from './evaluate.js';
import type { TitleExperimentResult } from './run.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function formatValue(value: MetricValue | undefined): string {
  return typeof value === 'number' ? value.toFixed(3) : '–';
}

function formatSpeed(titlesPerSecond: number): string {
  return titlesPerSecond >= 100 ? titlesPerSecond.toFixed(0) : titlesPerSecond.toFixed(2);
}

function scoreCells(scores: TitleScores, metrics: readonly string[]): string {
  return `${scores.titles} | ${metrics.map((m) => formatValue(scores.values[m])).join(' | ')} | ${formatSpeed(scores.titlesPerSecond)}`;
}

/**
 * The result as Markdown: what was run on what, a table of methods by set of titles, and the extra-synonyms
 * evaluation apart, with its folds, since it uses labelled titles as synonyms.
 */
export function titleNormalizationMarkdown(result: TitleExperimentResult): string {
  const d = result.data;
  const clock = result.clock === 'cpu' ? 'CPU time of the process' : 'wall time';
  const left = [
    d.unknownOccupation > 0 ? `${d.unknownOccupation} with an occupation the taxonomy lacks left out` : '',
    d.rejectedRows > 0 ? `${d.rejectedRows} rows rejected while reading` : '',
  ].filter(Boolean);
  const header = `| set | method | titles | ${result.metrics.join(' | ')} | titles/s |`;
  const rule = `|---|---|---:|${result.metrics.map(() => '---:').join('|')}|---:|`;
  const lines = [
    `# ${cell(result.name)}`,
    '',
    `Seed ${result.seed}; ${d.titles} labelled titles${left.length > 0 ? ` (${left.join('; ')})` : ''}; ` +
      `${d.evaluated} evaluated, labelled with ${d.labelledOccupations} distinct occupations; ` +
      `${d.occupations} occupations ranked; lists of ${result.config.listLength}` +
      `${result.config.locale ? `; titles read as ${result.config.locale}` : ''}.`,
    `Metrics count 0 for a title whose occupation is not in the list. Titles/s: one thread, building excluded, ${clock}.`,
    '"half 1" and "half 2" are the two halves of the titles drawn with the seed.',
    '',
    header,
    rule,
    ...result.rows.map(
      (row) => `| ${row.subset} | ${cell(row.method)} | ${scoreCells(row, result.metrics)} |`,
    ),
    '',
    `Build times: ${result.builds.map((b) => `${cell(b.method)} ${(b.milliseconds / 1000).toFixed(1)} s`).join('; ')}.`,
  ];
  const synonyms = result.extraSynonyms;
  if (synonyms !== undefined) {
    const grouping =
      synonyms.groupBy === 'normalized-title'
        ? `titles with the same normalised words kept in one fold (${synonyms.groups} groups), so that no evaluated title's words are among its synonyms`
        : `titles cut at random: an evaluated title may find its own words among the synonyms (${synonyms.all.titlesAmongSynonyms} did), so these figures leak`;
    lines.push(
      '',
      '## With labelled titles as extra synonyms',
      '',
      `These figures use labelled titles and are not comparable with those above: the titles are cut into ${synonyms.folds} folds, ` +
        `${grouping}; each fold is evaluated with the other folds' titles given to the normaliser as extra synonyms.`,
      '',
      `| fold | titles | ${result.metrics.join(' | ')} | titles/s | synonyms given | indexed | evaluated titles among the synonyms |`,
      `|---|---:|${result.metrics.map(() => '---:').join('|')}|---:|---:|---:|---:|`,
      ...synonyms.perFold.map(
        (fold) =>
          `| ${fold.fold} | ${scoreCells(fold, result.metrics)} | ${fold.synonymsGiven} | ${fold.synonymsIndexed} | ${fold.titlesAmongSynonyms} |`,
      ),
      `| all folds | ${scoreCells(synonyms.all, result.metrics)} | | | ${synonyms.all.titlesAmongSynonyms} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
