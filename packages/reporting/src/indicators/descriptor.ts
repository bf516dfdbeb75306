import type { LocalizedText } from '@passerelle/core';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import type { Period } from '../periods/period.js';
import type { ColumnUnit, ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';

/** Which way is good: more is better (placements), less is better (days to a contract), or neither. */
export type IndicatorDirection = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** The records an indicator reads. */
export type IndicatorInput =
  'candidates' | 'protected_attributes' | 'accompaniments' | 'contracts' | 'presentations';

/** What a funder needs to audit an indicator: what it counts, from which records, and where the rule comes from. */
export interface IndicatorDescriptor {
  /** Stable id, the table's id too. */
  readonly id: string;
  /** Name in French and English. */
  readonly label: LocalizedText;
  /** The definition applied, in French and English. */
  readonly definition: LocalizedText;
  /** Where the definition comes from (texts, or the Passerelle default that fills a gap). */
  readonly source: readonly string[];
  /** Unit of the headline figure. */
  readonly unit: ColumnUnit;
  /** Which way is good. */
  readonly direction: IndicatorDirection;
  /** Records read. */
  readonly inputs: readonly IndicatorInput[];
}

/** An indicator: its descriptor and the pure function that computes its table. */
export interface Indicator<Options extends IndicatorOptions = IndicatorOptions> {
  readonly descriptor: IndicatorDescriptor;
  /** Computes the table for a period; never changes its input. */
  readonly compute: (data: ReportingData, period: Period, options?: Options) => ReportTable;
}
