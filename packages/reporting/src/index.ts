/**
 * `@passerelle/reporting`: the calculators behind the Mire's result obligations. Pure functions over the
 * records of `@passerelle/core` (candidates, accompaniments, contracts) that return typed tables carrying
 * their definitions, with CSV export that Excel in Belgium opens and JSON export. Invalid records are left
 * out with an issue each, and every table counts them. Protected attributes are read for breakdowns only,
 * and small cells are suppressed in exports.
 *
 * ```ts
 * const data = prepareReportingData({ candidates, accompaniments, contracts });
 * const table = computePlacement(data, calendarYear(2025));
 * const csv = tableToCsv(table, { locale: 'fr' });
 * ```
 *
 * @packageDocumentation
 */

// Periods: calendar years, quarters, months and date ranges of Europe/Brussels days.
export { calendarYear, quarter, month, dateRange, periodDays, brusselsDate } from './periods/period.js';
export type { Period } from './periods/period.js';

// Tables: what every indicator returns.
export { isLocalizedText } from './tables/table.js';
export type {
  ReportTable,
  TableColumn,
  TableRow,
  CellValue,
  ColumnUnit,
  ExcludedRecords,
  DisclosureRule,
} from './tables/table.js';

export { compareTables, computeGrowth } from './tables/growth.js';

// Input: checking the records and grouping them by person.
export { prepareReportingData } from './validate/prepare.js';
export type { ReportingInput } from './validate/prepare.js';
export type {
  ReportingData,
  PersonRecords,
  AccompanimentSpell,
  ContractSpell,
  FollowUpContact,
  EmployerPresentation,
  PresentationContact,
} from './validate/reporting-data.js';
export { EXCLUSION_REASONS, EXCLUSION_REASON_LABELS } from './validate/exclusion-reasons.js';
export type { ExclusionReason } from './validate/exclusion-reasons.js';

// Rules: who counts, and when.
export { resolveScope } from './cohorts/outcomes.js';
export type { IndicatorOptions, ResolvedScope } from './cohorts/outcomes.js';
export type { FirstContractRule } from './cohorts/first-contract.js';
export { DEFAULT_SUSTAINED_RULE, resolveSustainedRule, sustainedOutcome } from './cohorts/sustained.js';
export type { SustainedEmploymentRule, SustainedOutcome, SustainedStatus } from './cohorts/sustained.js';
export { kaplanMeier, kaplanMeierMedian, median } from './cohorts/kaplan-meier.js';
export type { SurvivalObservation, SurvivalStep } from './cohorts/kaplan-meier.js';

// Indicators: one per file, each a pure function with its descriptor, and the registry.
export type {
  Indicator,
  IndicatorDescriptor,
  IndicatorDirection,
  IndicatorInput,
} from './indicators/descriptor.js';
export { ACTIVITY, computeActivity } from './indicators/activity.js';
export type { ActivityOptions } from './indicators/activity.js';
export { PLACEMENT, computePlacement } from './indicators/placement.js';
export { TIME_TO_FIRST_CONTRACT, computeTimeToFirstContract } from './indicators/time-to-first-contract.js';
export { SUSTAINED_EMPLOYMENT, computeSustainedEmployment } from './indicators/sustained-employment.js';
export { FUNNEL, computeFunnel } from './indicators/funnel.js';
export { BREAKDOWNS, computeBreakdowns } from './indicators/breakdowns.js';
export type { BreakdownOptions, TargetGroupEligibility } from './indicators/breakdowns.js';
export { ESF_OUTPUTS, computeEsfOutputs } from './indicators/esf-outputs.js';
export { ESF_RESULTS, computeEsfResults } from './indicators/esf-results.js';
export { EU_MEMBER_STATES } from './indicators/esf-participants.js';
export { ELIGIBILITY, computeEligibility, quotaStatus } from './indicators/eligibility.js';
export type { QuotaStatus } from './indicators/eligibility.js';
export { YOUTH_GUARANTEE, DEFAULT_OFFER_TYPES, computeYouthGuarantee } from './indicators/youth-guarantee.js';
export type { YouthGuaranteeOptions } from './indicators/youth-guarantee.js';
export { INDICATORS, getIndicator, listIndicators } from './indicators/registry.js';
export { TARGETS, TARGET_FIGURES, TARGET_STATUS_LABELS, computeTargets } from './indicators/targets.js';
export type { MireTarget, TargetFigure, TargetOptions, TargetStatus } from './indicators/targets.js';
export {
  FOLLOW_UPS_DUE,
  DEFAULT_FOLLOW_UP_SCHEDULE,
  computeFollowUpsDue,
} from './indicators/follow-ups-due.js';
export type { FollowUpMilestone, FollowUpsDueOptions, FollowUpStatus } from './indicators/follow-ups-due.js';
export type { IndicatorId } from './indicators/registry.js';

// Eligibility: dated, versioned rule sets of criteria, assessed at each entry.
export {
  MIRE_CRITERIA,
  NO_CESS,
  REGISTERED_24_OF_36,
  NO_WORK_OR_BENEFIT_36,
  SOCIAL_ASSISTANCE,
  LEGALLY_STAYING_FOREIGNER,
  UNDER_25_UNEMPLOYED_12,
  AGED_55_OR_OVER,
  AVIQ_ORIENTATION,
  FOREM_REFERRAL,
  allOf,
} from './eligibility/criteria.js';
export type {
  CriterionStatus,
  CriterionResult,
  EvidenceItem,
  EligibilityFacts,
  EligibilityContext,
  EligibilityCriterion,
} from './eligibility/criteria.js';
export {
  MIRE_2024_RULE_SET,
  DEFAULT_ELIGIBILITY_RULE_SETS,
  checkRuleSets,
  ruleSetOn,
} from './eligibility/rule-sets.js';
export type { EligibilityRuleSet } from './eligibility/rule-sets.js';
export { assessEligibility, eligibilityStatus } from './eligibility/assess.js';
export type {
  EligibilityOptions,
  EligibilityStatus,
  EligibilityAssessment,
  CriterionAssessment,
} from './eligibility/assess.js';

// Breakdowns and disclosure control.
export { BREAKDOWN_DIMENSIONS, DIMENSIONS } from './breakdowns/dimensions.js';
export type {
  BreakdownDimension,
  BreakdownDimensionId,
  BreakdownGroup,
  TerritoryGroup,
} from './breakdowns/dimensions.js';
export { TARGET_GROUP_CODES, DEFAULT_TARGET_GROUP_CRITERIA } from './breakdowns/target-groups.js';
export type { TargetGroupCode, TargetGroupCriteria } from './breakdowns/target-groups.js';
export { suppressSmallCells, DEFAULT_MIN_CELL_COUNT } from './breakdowns/suppress.js';
export type { DisclosedTable, SuppressedCell } from './breakdowns/suppress.js';

// Export.
export { tableToCsv, SUPPRESSED_MARK } from './export/csv.js';
export type { TableCsvOptions } from './export/csv.js';
export { tableToJson } from './export/json.js';
export type { TableJsonOptions } from './export/json.js';
