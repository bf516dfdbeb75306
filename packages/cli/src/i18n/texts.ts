/** Counts shown after reading a file. */
export interface FileCounts {
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly warnings: number;
}

/**
 * Every sentence the command line prints, typed so that a missing translation is a compile error. French is
 * the source; English follows it. Issue and reason messages come from core and matching, in both languages.
 */
/** A problem with a labelled-titles file, as the experiments report it (`names`: the column names that would do). */
export interface TitleIssueText {
  readonly code: 'missing_column' | 'unclosed_quote' | 'empty_title' | 'empty_occupation' | 'missing_cell';
  readonly source: string;
  readonly line: number;
  readonly field: string;
  readonly names: readonly string[];
}

export interface Texts {
  readonly help: {
    readonly program: string;
    readonly headings: Readonly<Record<'Usage:' | 'Options:' | 'Commands:' | 'Arguments:', string>>;
    readonly helpOption: string;
    readonly helpCommand: string;
    readonly version: string;
    readonly lang: string;
    readonly json: string;
    readonly mapping: string;
    readonly format: string;
    readonly out: string;
    readonly validate: { readonly summary: string; readonly files: string; readonly kind: string };
    readonly match: {
      readonly summary: string;
      readonly offers: string;
      readonly candidates: string;
      readonly direction: string;
      readonly top: string;
      readonly config: string;
      readonly ids: string;
      readonly allOffers: string;
      readonly minScore: string;
    };
    readonly report: {
      readonly summary: string;
      readonly candidates: string;
      readonly accompaniments: string;
      readonly contracts: string;
      readonly year: string;
      readonly quarter: string;
      readonly from: string;
      readonly to: string;
      readonly indicator: string;
      readonly observedUntil: string;
      readonly list: string;
    };
    readonly assign: {
      readonly summary: string;
      readonly method: string;
      readonly top: string;
      readonly congestion: string;
    };
    readonly experiment: {
      readonly summary: string;
      readonly config: string;
      readonly results: string;
      readonly groups: string;
    };
    readonly demo: {
      readonly summary: string;
      readonly out: string;
      readonly seed: string;
      readonly size: string;
      readonly format: string;
    };
    readonly examples: Readonly<
      Record<'validate' | 'match' | 'assign' | 'report' | 'experiment' | 'demo', string>
    >;
  };
  readonly usage: {
    readonly prefix: string;
    readonly unknownOption: (flag: string) => string;
    readonly unknownCommand: (name: string) => string;
    readonly missingArgument: (name: string) => string;
    readonly optionMissingArgument: (flag: string) => string;
    readonly missingOption: (flag: string) => string;
    readonly excessArguments: string;
    readonly other: (detail: string) => string;
    readonly seeHelp: (command: string) => string;
    readonly choice: (flag: string, value: string, allowed: readonly string[]) => string;
    readonly positiveInteger: (flag: string, value: string) => string;
    readonly atMost: (flag: string, value: string, max: number) => string;
    readonly scoreRange: (flag: string, value: string) => string;
    readonly date: (flag: string, value: string) => string;
    readonly year: (value: string) => string;
    readonly quarterNeedsYear: string;
    readonly periodMissing: string;
    readonly periodTwice: string;
    readonly periodOrder: (from: string, to: string) => string;
    readonly observedUntil: (value: string, end: string) => string;
    readonly kindUnknown: (file: string) => string;
  };
  readonly files: {
    readonly unreadable: (file: string, reason: string) => string;
    readonly reasons: Readonly<Record<'ENOENT' | 'EACCES' | 'EISDIR' | 'other', string>>;
    readonly notWritable: (file: string, reason: string) => string;
    readonly invalidJson: (file: string, detail: string) => string;
    readonly mapping: (file: string, detail: string) => string;
    readonly config: (file: string, detail: string) => string;
  };
  readonly validate: {
    readonly file: (name: string, kind: string, counts: FileCounts) => string;
    readonly noRejected: string;
    readonly total: (files: number, rejected: number) => string;
  };
  readonly match: {
    readonly inputs: (name: string, counts: FileCounts) => string;
    readonly queries: (queries: number, direction: 'candidates' | 'offers', pool: number) => string;
    readonly written: (file: string, rows: number) => string;
    readonly noResult: string;
    readonly noQuery: string;
    readonly unknownIds: (ids: readonly string[]) => string;
    readonly progress: string;
  };
  readonly assign: {
    readonly summary: (pairs: number, candidates: number, positions: number) => string;
    readonly shares: (assigned: number, filled: number, total: number) => string;
    readonly congestion: (before: number, after: number, lost: number) => string;
    readonly noPair: string;
    readonly progress: string;
  };
  readonly report: {
    readonly inputs: (name: string, counts: FileCounts) => string;
    readonly excluded: (count: number) => string;
    readonly written: (file: string, tables: number) => string;
    readonly listHeading: string;
    readonly progress: string;
  };
  readonly experiment: {
    readonly invalid: (file: string, issues: string) => string;
    readonly groups: (file: string, id: string | undefined) => string;
    readonly data: (queries: number, catalogue: number, rejected: number) => string;
    readonly written: (json: string, markdown: string) => string;
    readonly noQuery: string;
    readonly progress: string;
    /** The title-normalisation experiment: titles evaluated, labelled with how many occupations, rows rejected. */
    readonly titles: (evaluated: number, occupations: number, rejected: number) => string;
    /** A bad row (or header) of the labelled-titles file, by its stable code. */
    readonly titleIssue: (issue: TitleIssueText) => string;
    readonly noTitle: string;
    readonly groupsUnused: string;
  };
  readonly demo: {
    readonly generated: (
      seed: number | string,
      candidates: number,
      offers: number,
      employers: number,
    ) => string;
    readonly file: (name: string, records: number) => string;
    readonly next: (offers: string, candidates: string) => string;
  };
}
