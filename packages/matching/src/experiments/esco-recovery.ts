import { SeededRandom, type Candidate, type JobOffer, type Taxonomy } from '@passerelle/core';
import type { MatchingConfigInput } from '../config/config.js';
import { createMatcher } from '../matcher.js';
import { hitAtK, ndcgAtK, reciprocalRankAtK, type RankedQuery } from './metrics/ranking.js';

/** How much of an occupation's skill profile a synthetic candidate keeps, loses and gets wrong. */
export interface RecoveryScenario {
  /** Share of the occupation's essential and optional skills removed, in [0, 1). */
  readonly removeShare: number;
  /** Share of the kept skills replaced by random skills of the taxonomy, in [0, 1]. */
  readonly perturbShare: number;
}

/** Options of {@link runEscoRecoveryExperiment}. */
export interface EscoRecoveryOptions {
  /** Seed of the sample and of the perturbations (default 2026). */
  readonly seed?: number;
  /** Occupations sampled as queries (default 400; at most those with skills). */
  readonly occupations?: number;
  /** Default: intact, a third removed, half removed with a fifth perturbed, 70 % removed with 30 % perturbed. */
  readonly scenarios?: readonly RecoveryScenario[];
  /** Engine configurations compared (default: the default configuration, and one where optional skills weigh as much as essential ones). */
  readonly engines?: readonly { readonly name: string; readonly config?: MatchingConfigInput }[];
  /** Length of the lists (default 10). */
  readonly k?: number;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

/** One method's figures in one scenario (means over the sampled occupations). */
export interface RecoveryRow {
  readonly method: string;
  /** The right occupation first. */
  readonly hitAt1: number;
  readonly hitAt10: number;
  readonly mrrAt10: number;
  readonly ndcgAt10: number;
  /** The first result in the right occupation's ISCO unit group (4 digits): a near miss counts. */
  readonly sameIscoGroupAt1: number;
}

export interface EscoRecoveryResult {
  readonly seed: number;
  readonly occupations: number;
  readonly catalogue: number;
  readonly k: number;
  readonly scenarios: readonly (RecoveryScenario & {
    readonly meanSkillsHeld: number;
    readonly rows: readonly RecoveryRow[];
  })[];
}

export const DEFAULT_RECOVERY_SCENARIOS: readonly RecoveryScenario[] = Object.freeze([
  { removeShare: 0, perturbShare: 0 },
  { removeShare: 0.33, perturbShare: 0 },
  { removeShare: 0.5, perturbShare: 0.2 },
  { removeShare: 0.7, perturbShare: 0.3 },
]);

const PLACE = { postalCode: '5000', coordinates: { lat: 50.4669, lon: 4.8675 } };
// Essential and optional skills weighing the same (the default gives essential ones 75 %).
const WANTED_COUNT_MORE: MatchingConfigInput = { skills: { requiredShare: 0.5 } };

/**
 * How well the engine recovers an occupation from a damaged skill profile, on a real taxonomy (ESCO): every
 * occupation with skills becomes an offer asking for its essential skills (required) and optional ones (wanted);
 * sampled occupations become candidates holding those skills, some removed and some replaced at random; the
 * engine ranks all the offers for each candidate and the right occupation's rank is scored (hit@1, hit@10, MRR@10,
 * NDCG@10, same ISCO group@1). A Jaccard overlap of skill sets is the baseline. Everything else (place, languages,
 * conditions) is the same for all, so only skills decide. Deterministic for a seed.
 */
export function runEscoRecoveryExperiment(
  taxonomy: Taxonomy,
  options: EscoRecoveryOptions = {},
): EscoRecoveryResult {
  const seed = options.seed ?? 2026;
  const k = options.k ?? 10;
  const scenarios = options.scenarios ?? DEFAULT_RECOVERY_SCENARIOS;
  for (const s of scenarios) {
    if (!(s.removeShare >= 0 && s.removeShare < 1) || !(s.perturbShare >= 0 && s.perturbShare <= 1)) {
      throw new RangeError('removeShare must be in [0, 1) and perturbShare in [0, 1].');
    }
  }
  const engines = options.engines ?? [
    { name: 'engine (default)' },
    { name: 'engine (optional skills count as much as essential ones)', config: WANTED_COUNT_MORE },
  ];
  const occupationIds: string[] = [];
  for (let i = 0; i < taxonomy.occupationCount; i++) {
    const id = taxonomy.occupationIdAt(i);
    if (taxonomy.essentialSkills(id).length > 0) occupationIds.push(id);
  }
  const offers = occupationIds.map((id) => occupationOffer(taxonomy, id));
  const queries = sampleOccupations(occupationIds, options.occupations ?? 400, seed);
  const matchers = engines.map((engine) => {
    const matcher = createMatcher({ taxonomy, ...(engine.config ? { config: engine.config } : {}) });
    return { name: engine.name, matcher, index: matcher.indexOffers(offers) };
  });
  const total = scenarios.length * queries.length;
  let done = 0;
  const results = scenarios.map((scenario, s) => {
    const random = SeededRandom.derive(seed, `scenario-${s}`);
    const perMethod = new Map<string, { lists: string[][] }>();
    const add = (method: string, list: string[]) => {
      const entry = perMethod.get(method) ?? { lists: [] };
      entry.lists.push(list);
      perMethod.set(method, entry);
    };
    let held = 0;
    for (const occupationId of queries) {
      const skills = damagedProfile(taxonomy, occupationId, scenario, random);
      held += skills.length;
      const candidate = profileCandidate(skills, `q-${s}-${occupationId}`);
      for (const { name, matcher, index } of matchers) {
        add(
          name,
          matcher.rankOffers(candidate, index, { k, explain: false }).results.map((r) => r.id),
        );
      }
      add('baseline (Jaccard of skill sets)', jaccardTop(taxonomy, skills, k));
      options.onProgress?.({ done: ++done, total });
    }
    const rows = [...perMethod].map(([method, { lists }]) => summarize(method, lists, queries, taxonomy, k));
    return { ...scenario, meanSkillsHeld: queries.length === 0 ? 0 : held / queries.length, rows };
  });
  return { seed, occupations: queries.length, catalogue: offers.length, k, scenarios: results };
}

function sampleOccupations(ids: readonly string[], n: number, seed: number): string[] {
  const random = SeededRandom.derive(seed, 'occupations');
  const pool = [...ids];
  const size = Math.min(n, pool.length);
  for (let i = 0; i < size; i++) {
    const j = i + random.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, size);
}

function occupationOffer(taxonomy: Taxonomy, id: string): JobOffer {
  const essential = taxonomy.essentialSkills(id).slice(0, 100);
  const optional = taxonomy.optionalSkills(id).slice(0, 100);
  return {
    id,
    employerId: 'esco',
    title: taxonomy.label(id, 'en') ?? id,
    occupation: id,
    requiredSkills: essential.map((skill) => ({ id: skill, minLevel: 1 })),
    wantedSkills: optional.map((skill) => ({ id: skill, minLevel: 1 })),
    languages: [],
    licences: [],
    vehicleRequired: false,
    place: PLACE,
    schedules: ['day'],
    hoursPerWeek: { min: 38, max: 38 },
    contractType: 'cdi',
    positions: 1,
    status: 'open',
    publishedOn: '2026-01-05',
  };
}

// The occupation's skills, a share removed, a share of the rest replaced by random skills of the taxonomy.
function damagedProfile(
  taxonomy: Taxonomy,
  id: string,
  scenario: RecoveryScenario,
  random: SeededRandom,
): string[] {
  const all = [...taxonomy.essentialSkills(id), ...taxonomy.optionalSkills(id)];
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  const kept = all.slice(0, Math.max(1, Math.round(all.length * (1 - scenario.removeShare))));
  const perturbed = Math.round(kept.length * scenario.perturbShare);
  const skills = new Set(kept.slice(perturbed));
  while (skills.size < kept.length) skills.add(taxonomy.skillIdAt(random.int(taxonomy.skillCount)));
  return [...skills].slice(0, 300);
}

function profileCandidate(skills: readonly string[], id: string): Candidate {
  return {
    id,
    home: PLACE,
    education: { isced: 3 },
    skills: skills.map((skill) => ({ id: skill, level: 2 })),
    wantedOccupations: [],
    languages: [{ code: 'fr', level: 'native' }],
    licences: ['B'],
    hasVehicle: true,
    commute: [{ mode: 'car', maxMinutes: 60 }],
    hoursPerWeek: { min: 19, max: 40 },
    schedules: ['day'],
    contractTypes: [],
    workPermit: 'not_required',
    mireId: 'esco',
    programmes: [],
  };
}

// The baseline: occupations by |held ∩ occupation skills| / |held ∪ occupation skills|, ties by id.
function jaccardTop(taxonomy: Taxonomy, skills: readonly string[], k: number): string[] {
  const overlap = new Map<string, number>();
  for (const skill of skills) {
    for (const occupation of taxonomy.occupationsWithSkill(skill))
      overlap.set(occupation, (overlap.get(occupation) ?? 0) + 1);
  }
  const scored = [...overlap].map(([occupation, inter]) => {
    const size = taxonomy.essentialSkills(occupation).length + taxonomy.optionalSkills(occupation).length;
    return { occupation, value: inter / (skills.length + size - inter) };
  });
  scored.sort((a, b) => b.value - a.value || (a.occupation < b.occupation ? -1 : 1));
  return scored.slice(0, k).map((x) => x.occupation);
}

function summarize(
  method: string,
  lists: string[][],
  truth: readonly string[],
  taxonomy: Taxonomy,
  k: number,
): RecoveryRow {
  const queries: RankedQuery[] = lists.map((recommended, i) => ({
    recommended,
    relevant: [truth[i] as string],
  }));
  const mean = (f: (q: RankedQuery, k: number) => number, cut: number) =>
    queries.length === 0 ? 0 : queries.reduce((sum, q) => sum + f(q, cut), 0) / queries.length;
  const group = (id: string | undefined) =>
    id === undefined ? undefined : taxonomy.occupation(id)?.iscoGroup;
  const sameGroup = queries.filter((q, i) => {
    const expected = group(truth[i]);
    return expected !== undefined && group(q.recommended[0]) === expected;
  }).length;
  return {
    method,
    hitAt1: mean(hitAtK, 1),
    hitAt10: mean(hitAtK, Math.min(10, k)),
    mrrAt10: mean(reciprocalRankAtK, Math.min(10, k)),
    ndcgAt10: mean(ndcgAtK, Math.min(10, k)),
    sameIscoGroupAt1: queries.length === 0 ? 0 : sameGroup / queries.length,
  };
}

/** The result as a Markdown report: one table per scenario, one row per method. */
export function escoRecoveryMarkdown(result: EscoRecoveryResult): string {
  const lines = [
    '# ESCO: recovering an occupation from a damaged skill profile',
    '',
    `Seed ${result.seed}; ${result.occupations} occupations sampled as candidates; ${result.catalogue} occupations with skills as offers; lists of ${result.k}.`,
  ];
  for (const s of result.scenarios) {
    lines.push(
      '',
      `## ${Math.round(s.removeShare * 100)} % of skills removed, ${Math.round(s.perturbShare * 100)} % of the rest replaced at random (${s.meanSkillsHeld.toFixed(1)} skills held on average)`,
      '',
      '| method | hit@1 | hit@10 | MRR@10 | NDCG@10 | same ISCO group@1 |',
      '|---|---:|---:|---:|---:|---:|',
      ...s.rows.map(
        (r) =>
          `| ${r.method} | ${r.hitAt1.toFixed(3)} | ${r.hitAt10.toFixed(3)} | ${r.mrrAt10.toFixed(3)} | ${r.ndcgAt10.toFixed(3)} | ${r.sameIscoGroupAt1.toFixed(3)} |`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
