import type { LocalizedText } from '@passerelle/core';
import { DEFAULT_MIN_CELL_COUNT } from '../breakdowns/suppress.js';
import { forEachAssessment } from '../eligibility/assess.js';
import type { EligibilityAssessment, EligibilityOptions } from '../eligibility/assess.js';
import { DEFAULT_ELIGIBILITY_RULE_SETS } from '../eligibility/rule-sets.js';
import type { EligibilityRuleSet } from '../eligibility/rule-sets.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable, TableColumn, TableRow } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Descriptor of {@link computeEligibility}. */
export const ELIGIBILITY: IndicatorDescriptor = {
  id: 'eligibility',
  label: { fr: 'Éligibilité au public Mire et dérogations', en: 'Mire eligibility and derogations' },
  definition: {
    fr: 'Entrées en accompagnement de la période, jugées à la date d’entrée selon le jeu de règles en vigueur ce jour-là : éligible si un critère est rempli, dérogation si aucun ne l’est, inconnu si les dossiers ne permettent pas de trancher (ou si aucun jeu de règles n’est en vigueur). Par Mire : entrées remplissant chaque critère, part de dérogations (et part maximale, inconnus compris) face au quota.',
    en: 'Entries into accompaniment in the period, assessed at the entry date under the rule set in force that day: eligible when one criterion is met, derogation when none is, unknown when the records cannot tell (or no rule set is in force). Per Mire: entries meeting each criterion, the derogation share (and the largest possible share, unknowns included) against the quota.',
  },
  source: [
    'Mire public: emploi.wallonie.be FAQ, nine criteria assessed when the accompaniment starts (DOMAIN.md §1.2)',
    'Derogation: 20 % of trainees outside the target public (Walloon Parliament Q 466, 2011-2012)',
    'Passerelle default: a criterion the records cannot decide is unknown, never met',
  ],
  unit: 'count',
  direction: 'neutral',
  inputs: ['candidates', 'protected_attributes', 'accompaniments', 'contracts'],
};

/** Quota status: `within` even with every unknown counted as a derogation, `over` without them, else undetermined. */
export type QuotaStatus = 'within' | 'over' | 'undetermined';

const QUOTA_STATUS_LABELS: Readonly<Record<QuotaStatus, LocalizedText>> = {
  within: { fr: 'Dans le quota', en: 'Within quota' },
  over: { fr: 'Au-delà du quota', en: 'Over quota' },
  undetermined: { fr: 'Indéterminé', en: 'Undetermined' },
};

const NO_RULE_SET: LocalizedText = { fr: 'Aucun jeu de règles en vigueur', en: 'No rule set in force' };
const ALL_MIRE: LocalizedText = { fr: 'Toutes les Mire', en: 'All Mire' };

/** The quota status of counts against a quota. */
export function quotaStatus(
  entries: number,
  derogation: number,
  unknown: number,
  quota: number,
): QuotaStatus {
  if (entries === 0 || (derogation + unknown) / entries <= quota) return 'within';
  return derogation / entries > quota ? 'over' : 'undetermined';
}

/** Counts of one group of entries: by status, and per criterion met. */
interface Tally {
  entries: number;
  eligible: number;
  derogation: number;
  unknown: number;
  readonly met: Map<string, number>;
}

const newTally = (): Tally => ({ entries: 0, eligible: 0, derogation: 0, unknown: 0, met: new Map() });

function add(tally: Tally, entry: EligibilityAssessment): void {
  tally.entries += 1;
  tally[entry.status] += 1;
  for (const criterion of entry.criteria) {
    if (criterion.status === 'met') tally.met.set(criterion.id, (tally.met.get(criterion.id) ?? 0) + 1);
  }
}

function rowOf(
  ruleSet: EligibilityRuleSet | undefined,
  mire: string | LocalizedText,
  tally: Tally,
  criterionIds: readonly string[],
): TableRow {
  const { entries, eligible, derogation, unknown } = tally;
  const ownCriteria = new Set(ruleSet?.criteria.map((criterion) => criterion.id) ?? []);
  const row: Record<string, TableRow[string]> = {
    rule_set: ruleSet?.id ?? NO_RULE_SET,
    mire,
    entries,
    eligible,
    derogation,
    unknown,
  };
  for (const id of criterionIds) row[`met_${id}`] = ownCriteria.has(id) ? (tally.met.get(id) ?? 0) : null;
  row.derogation_share = rate(derogation, entries);
  row.derogation_share_max = rate(derogation + unknown, entries);
  row.quota = ruleSet?.derogationQuota ?? null;
  row.quota_status =
    ruleSet === undefined
      ? QUOTA_STATUS_LABELS.undetermined
      : QUOTA_STATUS_LABELS[quotaStatus(entries, derogation, unknown, ruleSet.derogationQuota)];
  return row;
}

/**
 * Eligibility of the period's entries per rule set and Mire: entries, eligible, derogation, unknown, entries
 * meeting each criterion, the derogation share against the quota. The per-entry detail, with evidence, is
 * {@link assessEligibility}.
 */
export function computeEligibility(
  data: ReportingData,
  period: Period,
  options: EligibilityOptions = {},
): ReportTable {
  const ruleSets = options.ruleSets ?? DEFAULT_ELIGIBILITY_RULE_SETS;
  // One pass: a tally per rule set (key '' when none is in force) and per Mire within it.
  const tallies = new Map<string, { total: Tally; byMire: Map<string, Tally> }>();
  forEachAssessment(data, period, options, (entry) => {
    const key = entry.ruleSetId ?? '';
    let group = tallies.get(key);
    if (group === undefined) {
      group = { total: newTally(), byMire: new Map() };
      tallies.set(key, group);
    }
    let mire = group.byMire.get(entry.mireId);
    if (mire === undefined) {
      mire = newTally();
      group.byMire.set(entry.mireId, mire);
    }
    add(mire, entry);
    add(group.total, entry);
  });
  const used = ruleSets
    .filter((set) => tallies.has(set.id))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const ordered: (EligibilityRuleSet | undefined)[] = [...used];
  if (tallies.has('')) ordered.push(undefined);
  const criteria = new Map<string, LocalizedText>();
  for (const set of used) for (const criterion of set.criteria) criteria.set(criterion.id, criterion.label);
  const criterionIds = [...criteria.keys()];
  const rows: TableRow[] = [];
  for (const set of ordered) {
    const group = tallies.get(set?.id ?? '') as { total: Tally; byMire: Map<string, Tally> };
    for (const mire of [...group.byMire.keys()].sort()) {
      rows.push(rowOf(set, mire, group.byMire.get(mire) as Tally, criterionIds));
    }
    rows.push(rowOf(set, ALL_MIRE, group.total, criterionIds));
  }
  const columns: TableColumn[] = [
    { key: 'rule_set', label: { fr: 'Jeu de règles', en: 'Rule set' }, unit: 'text' },
    { key: 'mire', label: { fr: 'Mire', en: 'Mire' }, unit: 'text' },
    { key: 'entries', label: { fr: 'Entrées', en: 'Entries' }, unit: 'count' },
    { key: 'eligible', label: { fr: 'Éligibles', en: 'Eligible' }, unit: 'count' },
    { key: 'derogation', label: { fr: 'Dérogations', en: 'Derogations' }, unit: 'count' },
    { key: 'unknown', label: { fr: 'Indéterminées', en: 'Unknown' }, unit: 'count' },
    ...criterionIds.map((id) => {
      const label = criteria.get(id) as LocalizedText;
      return {
        key: `met_${id}`,
        label: { fr: `Critère : ${label.fr}`, en: `Criterion: ${label.en}` },
        unit: 'count' as const,
      };
    }),
    {
      key: 'derogation_share',
      label: { fr: 'Part de dérogations', en: 'Derogation share' },
      unit: 'rate',
      derivedFrom: ['derogation', 'entries'],
    },
    {
      key: 'derogation_share_max',
      label: { fr: 'Part maximale (inconnus compris)', en: 'Largest share (unknowns included)' },
      unit: 'rate',
      derivedFrom: ['derogation', 'unknown', 'entries'],
    },
    { key: 'quota', label: { fr: 'Quota de dérogation', en: 'Derogation quota' }, unit: 'rate' },
    { key: 'quota_status', label: { fr: 'Statut du quota', en: 'Quota status' }, unit: 'text' },
  ];
  const ruleSetNotes = used.map((set) => ({
    fr: `${set.id} (${set.label.fr}) : du ${set.validFrom} au ${set.validTo ?? '—'}, quota ${set.derogationQuota * 100} %, ${set.criteria.length} critère(s).`,
    en: `${set.id} (${set.label.en}): from ${set.validFrom} to ${set.validTo ?? '—'}, quota ${set.derogationQuota * 100} %, ${set.criteria.length} criterion/criteria.`,
  }));
  return {
    id: ELIGIBILITY.id,
    title: ELIGIBILITY.label,
    period,
    columns,
    rows,
    notes: [
      ELIGIBILITY.definition,
      ...ruleSetNotes,
      {
        fr: 'Les dossiers ne contiennent ni historique d’inscription, ni allocations, ni revenu d’intégration, ni décision AViQ : ces critères restent inconnus sauf faits déclarés par entrée. Le diplôme, le permis de travail et la date « sans emploi depuis » sont ceux du profil actuel.',
        en: 'The records hold no registration history, benefits, social-assistance income or AViQ decision: those criteria stay unknown unless facts are declared per entry. Diploma, work permit and “out of work since” are the current profile’s.',
      },
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
    disclosure: { minCount: DEFAULT_MIN_CELL_COUNT, groupBy: 'rule_set' },
  };
}

/** The eligibility indicator. */
export const eligibilityIndicator: Indicator<EligibilityOptions> = {
  descriptor: ELIGIBILITY,
  compute: computeEligibility,
};
