/** The languages the widgets speak. French is the source and the fallback. */
export type WidgetLocale = 'fr' | 'nl' | 'de' | 'en';

/** Criteria the matching engine scores, by id. */
export type CriterionKey = 'skills' | 'occupation' | 'geography' | 'languages';

/** Status of a target against its actual figure (as `@passerelle/reporting` names them). */
export type TargetStatusKey = 'met' | 'on_track' | 'at_risk' | 'missed';

/**
 * Every text the widgets show. `fr.ts` is the source; `nl.ts`, `de.ts` and `en.ts` are typed against this
 * interface, so a missing key is a compile error. Plurals and texts with values are functions.
 */
export interface Translation {
  readonly locale: WidgetLocale;
  /** The `Intl` locale used for numbers and dates (Belgian variants). */
  readonly intlLocale: string;
  readonly loading: string;
  readonly errorTitle: string;
  readonly errors: {
    readonly http: (status: number, url: string) => string;
    readonly network: (url: string) => string;
    readonly json: (where: string) => string;
    readonly invalid: (field: string, where: string) => string;
    readonly engine: (detail: string) => string;
  };
  readonly matchList: {
    readonly label: string;
    readonly results: (shown: number, total: number) => string;
    readonly noResults: string;
    readonly score: string;
    readonly rank: string;
    readonly reasons: string;
    readonly missingSkills: (count: number) => string;
    readonly filters: string;
    readonly minScore: string;
    readonly maxDistance: string;
    readonly anyDistance: string;
    readonly hardConstraints: string;
    readonly sort: string;
    readonly sortByScore: string;
    readonly sortByDistance: string;
    readonly sortById: string;
    readonly page: (page: number, pages: number) => string;
    readonly previous: string;
    readonly next: string;
    readonly select: (name: string) => string;
    readonly selected: (count: number) => string;
    readonly open: (name: string) => string;
    readonly ranking: string;
  };
  readonly breakdown: {
    readonly label: string;
    readonly criterion: string;
    readonly criteria: Readonly<Record<CriterionKey, string>>;
    readonly share: string;
    readonly value: string;
    readonly weight: string;
    readonly notApplicable: string;
    readonly reasons: string;
    readonly missing: string;
    readonly whatIf: string;
    readonly criterionGain: (criterion: string, points: string) => string;
    readonly penaltyGain: (points: string) => string;
    readonly excludedBy: string;
    readonly nothingToGain: string;
    readonly score: string;
  };
  readonly cards: {
    readonly candidate: (id: string) => string;
    readonly home: string;
    readonly education: string;
    readonly isced: (level: number) => string;
    readonly skills: string;
    readonly wantedOccupations: string;
    readonly languages: string;
    readonly licences: string;
    readonly vehicle: string;
    readonly yes: string;
    readonly no: string;
    readonly availableFrom: string;
    readonly hours: string;
    readonly hoursRange: (min: string, max: string) => string;
    readonly schedules: string;
    readonly contractTypes: string;
    readonly anyContract: string;
    readonly place: string;
    readonly contractType: string;
    readonly positions: string;
    readonly startDate: string;
    readonly closesOn: string;
    readonly requiredSkills: string;
    readonly wantedSkills: string;
    readonly minEducation: string;
    readonly durationMonths: (months: number) => string;
    readonly none: string;
  };
  readonly skillPicker: {
    readonly label: string;
    readonly placeholder: string;
    readonly noMatch: string;
    readonly suggestions: (count: number) => string;
    readonly selected: string;
    readonly remove: (skill: string) => string;
    readonly level: (skill: string) => string;
    readonly added: (skill: string) => string;
    readonly removed: (skill: string) => string;
  };
  readonly dashboard: {
    readonly label: string;
    readonly tiles: string;
    readonly trend: string;
    readonly funnel: string;
    readonly breakdowns: string;
    readonly targets: string;
    readonly showTable: string;
    readonly showChart: string;
    readonly downloadCsv: string;
    readonly target: string;
    readonly actual: string;
    readonly projection: string;
    readonly status: Readonly<Record<TargetStatusKey, string>>;
    readonly suppressed: string;
    readonly noData: string;
    readonly ofPrevious: string;
    readonly days: (days: number) => string;
    readonly dimension: string;
    readonly chartSummary: (title: string, count: number) => string;
  };
  readonly vocab: {
    readonly skillLevels: readonly [string, string, string, string];
    readonly schedules: Readonly<Record<string, string>>;
    readonly contractTypes: Readonly<Record<string, string>>;
    readonly languages: Readonly<Record<string, string>>;
    readonly native: string;
  };
}
