import type { LocalizedText } from '@passerelle/core';
import {
  equalOpportunityGap,
  scoreByGroup,
  shareAssigned,
  statisticalParityGap,
  totalScore,
  type AssignmentOutcome,
} from './assignment.js';
import {
  applicantsPerPosition,
  catalogueCoverage,
  exposureGini,
  type RecommendationLists,
} from './catalogue.js';
import {
  averagePrecisionAtK,
  hitAtK,
  meanOverQueries,
  ndcgAtK,
  precisionAtK,
  recallAtK,
  reciprocalRankAtK,
  type RankedQuery,
} from './ranking.js';

/** What a metric may read; each descriptor says which parts it needs. */
export interface MetricInput {
  /** Ranked queries with their right answers (ranking metrics). */
  readonly queries?: readonly RankedQuery[];
  /** Recommended lists (catalogue metrics); default: the queries' recommendations. */
  readonly lists?: RecommendationLists;
  /** Every recommendable id, e.g. the open offers. */
  readonly catalogue?: readonly string[];
  /** Positions per offer id. */
  readonly positions?: ReadonlyMap<string, number>;
  /** An assignment's pairs and candidates. */
  readonly assignment?: AssignmentOutcome;
  /** Group label per candidate id, given by the caller (never read from profiles). */
  readonly groups?: ReadonlyMap<string, string>;
  /** Candidates deemed qualified, for equal opportunity. */
  readonly qualified?: ReadonlySet<string>;
}

/** A metric's value: a number, a number per group, or null when the input lacks what it needs. */
export type MetricValue = number | Readonly<Record<string, number>> | null;

/** The parts of {@link MetricInput} a metric reads. */
export type MetricNeed =
  'queries' | 'lists' | 'catalogue' | 'positions' | 'assignment' | 'groups' | 'qualified';

/** A metric with what an experiment needs to know about it. */
export interface MetricDescriptor {
  readonly name: string;
  readonly label: LocalizedText;
  /** The formula, in one line. */
  readonly definition: string;
  /** Whether the metric takes a cut-off k (written `name@k`). */
  readonly usesK: boolean;
  /** Which way is better. */
  readonly direction: 'higher' | 'lower';
  readonly needs: readonly MetricNeed[];
  readonly compute: (input: MetricInput, k: number) => MetricValue;
}

const listsOf = (input: MetricInput): RecommendationLists | undefined =>
  input.lists ?? input.queries?.map((q) => q.recommended);

function rankingMetric(
  name: string,
  fr: string,
  en: string,
  definition: string,
  metric: (query: RankedQuery, k: number) => number,
): MetricDescriptor {
  return {
    name,
    label: { fr, en },
    definition,
    usesK: true,
    direction: 'higher',
    needs: ['queries'],
    compute: (input, k) => (input.queries ? meanOverQueries(input.queries, metric, k) : null),
  };
}

const byGroup = (input: MetricInput): MetricValue => {
  if (!input.assignment || !input.groups) return null;
  const table: Record<string, number> = {};
  for (const [label, g] of scoreByGroup(input.assignment, input.groups)) table[label] = g.meanScore;
  return table;
};

/** The metrics an experiment can name, by name (`name` or `name@k`). */
export const METRICS: Readonly<Record<string, MetricDescriptor>> = Object.freeze({
  precision: rankingMetric('precision', 'précision@k', 'precision@k', '|top k ∩ relevant| / k', precisionAtK),
  recall: rankingMetric('recall', 'rappel@k', 'recall@k', '|top k ∩ relevant| / |relevant|', recallAtK),
  map: rankingMetric(
    'map',
    'MAP@k',
    'MAP@k',
    'mean of Σ precision@i over relevant i ≤ k / min(|relevant|, k)',
    averagePrecisionAtK,
  ),
  ndcg: rankingMetric('ndcg', 'NDCG@k', 'NDCG@k', 'DCG@k / ideal DCG@k, gain / log2(rank + 1)', ndcgAtK),
  mrr: rankingMetric(
    'mrr',
    'MRR@k',
    'MRR@k',
    'mean of 1 / rank of the first relevant within k',
    reciprocalRankAtK,
  ),
  hitRate: rankingMetric(
    'hitRate',
    'taux de succès@k',
    'hit rate@k',
    'share of queries with a relevant id in the top k',
    hitAtK,
  ),
  coverage: {
    name: 'coverage',
    label: { fr: 'couverture du catalogue@k', en: 'catalogue coverage@k' },
    definition: 'share of catalogue items in at least one top-k list',
    usesK: true,
    direction: 'higher',
    needs: ['lists', 'catalogue'],
    compute: (input, k) => {
      const lists = listsOf(input);
      return lists && input.catalogue ? catalogueCoverage(lists, input.catalogue, k) : null;
    },
  },
  exposureGini: {
    name: 'exposureGini',
    label: { fr: "Gini de l'exposition par poste@k", en: 'exposure Gini per position@k' },
    definition: 'Gini of Σ 1/log2(1 + rank) per item, per position when positions are given',
    usesK: true,
    direction: 'lower',
    needs: ['lists', 'catalogue'],
    compute: (input, k) => {
      const lists = listsOf(input);
      return lists && input.catalogue ? exposureGini(lists, input.catalogue, k, input.positions) : null;
    },
  },
  applicantsPerPosition: {
    name: 'applicantsPerPosition',
    label: { fr: 'candidats par poste@k (moyenne)', en: 'applicants per position@k (mean)' },
    definition: 'mean over offers of top-k lists naming the offer / its positions',
    usesK: true,
    direction: 'lower',
    needs: ['lists', 'positions'],
    compute: (input, k) => {
      const lists = listsOf(input);
      return lists && input.positions ? applicantsPerPosition(lists, input.positions, k).mean : null;
    },
  },
  maxApplicantsPerPosition: {
    name: 'maxApplicantsPerPosition',
    label: { fr: 'candidats par poste@k (maximum)', en: 'applicants per position@k (maximum)' },
    definition: 'largest over offers of top-k lists naming the offer / its positions',
    usesK: true,
    direction: 'lower',
    needs: ['lists', 'positions'],
    compute: (input, k) => {
      const lists = listsOf(input);
      return lists && input.positions ? applicantsPerPosition(lists, input.positions, k).max : null;
    },
  },
  totalScore: {
    name: 'totalScore',
    label: { fr: 'score total', en: 'total score' },
    definition: 'Σ score of the pairs assigned',
    usesK: false,
    direction: 'higher',
    needs: ['assignment'],
    compute: (input) => (input.assignment ? totalScore(input.assignment) : null),
  },
  shareAssigned: {
    name: 'shareAssigned',
    label: { fr: 'part de candidats placés', en: 'share assigned' },
    definition: 'candidates with a pair / candidates',
    usesK: false,
    direction: 'higher',
    needs: ['assignment'],
    compute: (input) => (input.assignment ? shareAssigned(input.assignment) : null),
  },
  scoreByGroup: {
    name: 'scoreByGroup',
    label: { fr: 'score moyen par groupe', en: 'mean score by group' },
    definition: 'mean score of the pairs made, per caller-given group label',
    usesK: false,
    direction: 'higher',
    needs: ['assignment', 'groups'],
    compute: byGroup,
  },
  statisticalParityGap: {
    name: 'statisticalParityGap',
    label: { fr: 'écart de parité statistique', en: 'statistical parity gap' },
    definition: 'max − min over groups of the share assigned',
    usesK: false,
    direction: 'lower',
    needs: ['assignment', 'groups'],
    compute: (input) =>
      input.assignment && input.groups ? statisticalParityGap(input.assignment, input.groups) : null,
  },
  equalOpportunityGap: {
    name: 'equalOpportunityGap',
    label: { fr: "écart d'égalité des chances", en: 'equal opportunity gap' },
    definition: 'max − min over groups of the share assigned among qualified candidates',
    usesK: false,
    direction: 'lower',
    needs: ['assignment', 'groups', 'qualified'],
    compute: (input) =>
      input.assignment && input.groups && input.qualified
        ? equalOpportunityGap(input.assignment, input.groups, input.qualified)
        : null,
  },
} satisfies Record<string, MetricDescriptor>);

/** The names of {@link METRICS}. */
export const METRIC_NAMES: readonly string[] = Object.freeze(Object.keys(METRICS));

/** A metric named in an experiment: `ndcg@10` is `{ name: 'ndcg', k: 10 }`. */
export interface MetricSpec {
  readonly name: string;
  readonly k?: number;
}

/** Reads `name` or `name@k`; an error message (English) says what is wrong and what would be valid. */
export function parseMetricSpec(
  text: string,
): { ok: true; spec: MetricSpec } | { ok: false; message: string } {
  const match = /^([A-Za-z]+)(?:@(-?\d+(?:\.\d+)?))?$/.exec(text.trim());
  const valid = `valid: ${METRIC_NAMES.map((n) => (METRICS[n]!.usesK ? `${n}@k` : n)).join(', ')}`;
  if (!match) return { ok: false, message: `"${text}" is not a metric name (${valid})` };
  const name = match[1] as string;
  const descriptor = METRICS[name];
  if (!descriptor) return { ok: false, message: `unknown metric "${name}" (${valid})` };
  if (match[2] === undefined) {
    return descriptor.usesK
      ? { ok: false, message: `${name} needs a cut-off: write ${name}@k with k a positive integer` }
      : { ok: true, spec: { name } };
  }
  if (!descriptor.usesK) return { ok: false, message: `${name} takes no cut-off: write ${name}` };
  const k = Number(match[2]);
  if (!Number.isInteger(k) || k <= 0)
    return { ok: false, message: `k must be a positive integer in ${name}@k, got ${match[2]}` };
  return { ok: true, spec: { name, k } };
}

/** Computes a metric by spec. @throws RangeError on an unknown name. */
export function computeMetric(spec: MetricSpec, input: MetricInput): MetricValue {
  const descriptor = METRICS[spec.name];
  if (!descriptor)
    throw new RangeError(`Unknown metric "${spec.name}": use one of ${METRIC_NAMES.join(', ')}.`);
  return descriptor.compute(input, spec.k ?? 1);
}
