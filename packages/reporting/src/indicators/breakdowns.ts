import { DEFAULT_MIN_CELL_COUNT } from '../breakdowns/suppress.js';
import type { LocalizedText } from '@passerelle/core';
import { BREAKDOWN_DIMENSIONS, TARGET_GROUPS_FROM_CRITERIA, classifierOf } from '../breakdowns/dimensions.js';
import type { BreakdownDimensionId, DimensionClassifier, TerritoryGroup } from '../breakdowns/dimensions.js';
import {
  DEFAULT_TARGET_GROUP_CRITERIA,
  TARGET_GROUP_CODES,
  checkTargetGroupCriteria,
  criteriaBits,
} from '../breakdowns/target-groups.js';
import type { TargetGroupCriteria } from '../breakdowns/target-groups.js';
import { ACTIVITY as BIT, firstSpellIn } from '../cohorts/activity.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { evaluatePerson, newOutcome, resolveScope } from '../cohorts/outcomes.js';
import { SUSTAINED } from '../cohorts/sustained.js';
import { assessEntry, factsById } from '../eligibility/assess.js';
import type { EligibilityAssessment } from '../eligibility/assess.js';
import type { EligibilityFacts } from '../eligibility/criteria.js';
import { checkRuleSets, DEFAULT_ELIGIBILITY_RULE_SETS } from '../eligibility/rule-sets.js';
import type { EligibilityRuleSet } from '../eligibility/rule-sets.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote, sustainedRuleNote } from '../tables/notes.js';
import type { ReportTable, TableRow } from '../tables/table.js';
import type { AccompanimentSpell, ReportingData } from '../validate/reporting-data.js';
import { personRecords, storeOf } from '../validate/store.js';
import type { ReportingStore } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';
import {
  DIMENSION_COLUMN,
  GROUP_COLUMN,
  GROUP_CODE_COLUMN,
  ACCOMPANIED_COLUMN,
} from '../tables/group-columns.js';

/** Options of {@link computeBreakdowns}. */
export interface BreakdownOptions extends IndicatorOptions {
  /** Dimensions, in order (default: all of {@link BREAKDOWN_DIMENSIONS}). */
  readonly dimensions?: readonly BreakdownDimensionId[];
  /** Smallest count exports show (default 5); the table keeps exact figures. */
  readonly minCount?: number;
  /**
   * Territories to group people by their home commune (a core `MireTerritory` list fits). Default: the
   * arrondissement of the home commune's REFNIS code.
   */
  readonly territories?: readonly TerritoryGroup[];
  /**
   * When given, the target groups come from the eligibility criteria met at the entry of the accompaniment
   * that counts, through `criteria` (default {@link DEFAULT_TARGET_GROUP_CRITERIA}), instead of the records.
   */
  readonly eligibility?: TargetGroupEligibility;
}

/** How the target groups are read from eligibility (see {@link BreakdownOptions.eligibility}). */
export interface TargetGroupEligibility {
  /** Which criteria feed which group (default {@link DEFAULT_TARGET_GROUP_CRITERIA}). */
  readonly criteria?: TargetGroupCriteria;
  /** Assessments already made (`assessEligibility`); entries not among them are assessed here. */
  readonly assessments?: readonly EligibilityAssessment[];
  /** Rule sets for the entries assessed here (default `DEFAULT_ELIGIBILITY_RULE_SETS`). */
  readonly ruleSets?: readonly EligibilityRuleSet[];
  /** Facts the records do not hold, per accompaniment. */
  readonly facts?: readonly EligibilityFacts[];
}

/** Descriptor of {@link computeBreakdowns}. */
export const BREAKDOWNS: IndicatorDescriptor = {
  id: 'breakdowns',
  label: { fr: 'Résultats ventilés', en: 'Results by group' },
  definition: {
    fr: 'Personnes accompagnées, premiers contrats et emplois durables de la période, par Mire, programme, territoire de résidence, public cible, genre, âge et niveau d’études à l’entrée (l’accompagnement qui compte est le premier de la période). Une personne peut relever de plusieurs publics cibles ; les autres ventilations s’additionnent au total. Les petits effectifs sont masqués à l’export.',
    en: 'People accompanied, first contracts and sustained jobs of the period, by Mire, programme, territory of residence, target group, gender, age and education at entry (the accompaniment that counts is the first of the period). A person may belong to several target groups; the other breakdowns add up to the total. Small counts are hidden in exports.',
  },
  source: [
    'ESF+ Regulation (EU) 2021/1057, Annex I: breakdown by gender (women, men, non-binary persons)',
    'Mire target public (DOMAIN.md §1.2); small-cell suppression: Passerelle default, fewer than 5',
  ],
  unit: 'count',
  direction: 'neutral',
  inputs: ['candidates', 'protected_attributes', 'accompaniments', 'contracts'],
};

/**
 * The target-group classifier fed by eligibility: the groups of the criteria met at the entry of the
 * accompaniment that counts (from the assessments given, else assessed here).
 */
function eligibilityClassifier(
  base: DimensionClassifier,
  store: ReportingStore,
  options: TargetGroupEligibility,
): DimensionClassifier {
  const mapping = options.criteria ?? DEFAULT_TARGET_GROUP_CRITERIA;
  checkTargetGroupCriteria(mapping);
  const bits = criteriaBits(mapping);
  const ruleSets = options.ruleSets ?? DEFAULT_ELIGIBILITY_RULE_SETS;
  checkRuleSets(ruleSets);
  const facts = factsById(options.facts);
  const given = new Map((options.assessments ?? []).map((a) => [a.accompanimentId, a]));
  return {
    dimension: base.dimension,
    groups: [...TARGET_GROUPS_FROM_CRITERIA],
    isOpen: false,
    isMask: true,
    classify: (p, k) => {
      const acc = store.accompaniments;
      const id = (acc.records[acc.source[k] as number] as { id: string }).id;
      let assessment = given.get(id);
      if (assessment === undefined) {
        const person = personRecords(store, p);
        const spell = person.accompaniments[k - (acc.offsets[p] as number)] as AccompanimentSpell;
        assessment = assessEntry(person, spell, ruleSets, facts);
      }
      let mask = 0;
      for (const criterion of assessment.criteria) {
        if (criterion.status === 'met') mask |= bits.get(criterion.id) ?? 0;
      }
      return mask;
    },
  };
}

const MAPPING_NOTE = (mapping: TargetGroupCriteria): LocalizedText => {
  const list = TARGET_GROUP_CODES.map((code) => `${code} ← ${mapping[code].join(' | ') || '—'}`).join('; ');
  return {
    fr: `Publics cibles issus des critères d’éligibilité remplis à l’entrée (${list}) ; un critère inconnu ne classe personne.`,
    en: `Target groups from the eligibility criteria met at entry (${list}); a criterion that is unknown puts nobody in a group.`,
  };
};

const RECORDS_NOTE: LocalizedText = {
  fr: 'Publics cibles lus dans les dossiers : infra-qualifiés = CITE 0–2 ; chômage de longue durée = sans emploi depuis 12 mois ou plus à l’entrée ; NEET = 15 à 29 ans, demandeur d’emploi ou inactif à l’entrée ; primo-arrivants = primo-arrivant ou réfugié déclaré.',
  en: 'Target groups read from the records: low-qualified = ISCED 0–2; long-term unemployed = out of work for 12 months or more at entry; NEET = 15 to 29, unemployed or inactive at entry; newcomers = declared newcomer or refugee.',
};

/** The headline figures broken down by each dimension, with a total row first. */
export function computeBreakdowns(
  data: ReportingData,
  period: Period,
  options: BreakdownOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const store = storeOf(data);
  const ids = options.dimensions ?? BREAKDOWN_DIMENSIONS;
  const classifiers = ids.map((id) => {
    const base = classifierOf(id, store, options.territories);
    return id === 'target_group' && options.eligibility !== undefined
      ? eligibilityClassifier(base, store, options.eligibility)
      : base;
  });
  // Per dimension, three counts per group: accompanied, placed, sustained (groups may be added as met).
  const tallies = classifiers.map(() => [] as number[]);
  const total = [0, 0, 0];
  const add = (counts: number[], at: number, placed: number, sustained: number): void => {
    counts[at] = (counts[at] ?? 0) + 1;
    counts[at + 1] = (counts[at + 1] ?? 0) + placed;
    counts[at + 2] = (counts[at + 2] ?? 0) + sustained;
  };
  const outcome = newOutcome();
  for (let p = 0; p < store.size; p += 1) {
    evaluatePerson(store, p, scope, outcome);
    if ((outcome.activity & BIT.accompanied) === 0) continue;
    const k = firstSpellIn(store, p, scope.start, scope.end);
    const placed = outcome.firstContract >= 0 ? 1 : 0;
    const sustained = outcome.sustained === SUSTAINED ? 1 : 0;
    add(total, 0, placed, sustained);
    for (let d = 0; d < classifiers.length; d += 1) {
      const classifier = classifiers[d] as DimensionClassifier;
      const value = classifier.classify(p, k);
      const counts = tallies[d] as number[];
      if (!classifier.isMask) add(counts, value * 3, placed, sustained);
      else if (value === 0) add(counts, TARGET_GROUP_CODES.length * 3, placed, sustained);
      else {
        for (let g = 0; g < TARGET_GROUP_CODES.length; g += 1) {
          if ((value >> g) & 1) add(counts, g * 3, placed, sustained);
        }
      }
    }
  }
  const row = (
    dimension: LocalizedText,
    label: LocalizedText,
    code: string,
    counts: readonly number[],
    at: number,
  ): TableRow => {
    const accompanied = counts[at] ?? 0;
    const placed = counts[at + 1] ?? 0;
    const sustained = counts[at + 2] ?? 0;
    return {
      dimension,
      group: label,
      groupCode: code,
      accompanied,
      placed,
      placementRate: rate(placed, accompanied),
      sustained,
      sustainedRate: rate(sustained, placed),
    };
  };
  const totalLabel: LocalizedText = { fr: 'Total', en: 'Total' };
  const rows: TableRow[] = [row(totalLabel, totalLabel, 'total', total, 0)];
  classifiers.forEach((classifier, d) => {
    const counts = tallies[d] as number[];
    const { dimension } = classifier;
    const isOpen = classifier.isOpen;
    const order = classifier.groups.map((_, index) => index);
    // Groups that come from the data, sorted by code; "unknown" and "outside" only when someone is in them.
    if (isOpen)
      order.sort((a, b) =>
        (classifier.groups[a] as { code: string }).code.localeCompare(
          (classifier.groups[b] as { code: string }).code,
        ),
      );
    for (const index of order) {
      const g = classifier.groups[index] as { code: string; label: LocalizedText };
      const isOptional =
        isOpen ||
        ((g.code === 'unknown' || g.code === 'outside') &&
          (dimension.id === 'programme' || dimension.id === 'territory'));
      if (isOptional && (counts[index * 3] ?? 0) === 0) continue;
      rows.push(row(dimension.label, g.label, g.code, counts, index * 3));
    }
  });
  const targetNote = !ids.includes('target_group')
    ? []
    : [
        options.eligibility === undefined
          ? RECORDS_NOTE
          : MAPPING_NOTE(options.eligibility.criteria ?? DEFAULT_TARGET_GROUP_CRITERIA),
      ];
  const territoryNote: LocalizedText[] = !ids.includes('territory')
    ? []
    : [
        options.territories === undefined
          ? {
              fr: 'Territoire : arrondissement de la commune de résidence (code REFNIS).',
              en: 'Territory: arrondissement of the home commune (REFNIS code).',
            }
          : {
              fr: 'Territoire : territoire donné qui contient la commune de résidence.',
              en: 'Territory: the territory given that holds the home commune.',
            },
      ];
  return {
    id: BREAKDOWNS.id,
    title: BREAKDOWNS.label,
    period,
    columns: [
      DIMENSION_COLUMN,
      GROUP_COLUMN,
      GROUP_CODE_COLUMN,
      ACCOMPANIED_COLUMN,
      { key: 'placed', label: { fr: 'Premier contrat', en: 'First contract' }, unit: 'count' },
      {
        key: 'placementRate',
        label: { fr: 'Taux de mise à l’emploi', en: 'Placement rate' },
        unit: 'rate',
        derivedFrom: ['accompanied', 'placed'],
      },
      { key: 'sustained', label: { fr: 'En emploi durable', en: 'Sustained' }, unit: 'count' },
      {
        key: 'sustainedRate',
        label: { fr: 'Taux d’emploi durable', en: 'Sustained rate' },
        unit: 'rate',
        derivedFrom: ['placed', 'sustained'],
      },
    ],
    rows,
    notes: [
      BREAKDOWNS.definition,
      ...targetNote,
      ...territoryNote,
      sustainedRuleNote(scope.sustained),
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
    disclosure: { minCount: options.minCount ?? DEFAULT_MIN_CELL_COUNT, groupBy: 'dimension' },
  };
}

/** The breakdowns indicator. */
export const breakdownsIndicator: Indicator<BreakdownOptions> = {
  descriptor: BREAKDOWNS,
  compute: computeBreakdowns,
};
