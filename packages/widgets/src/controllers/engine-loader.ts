import type * as Engine from '../lazy/engine.js';
import type * as Reporting from '../lazy/reporting.js';
import type * as SkillSearch from '../lazy/skill-search.js';

/** Loads the matching engine on first use (its own chunk in the one-script-tag bundle). */
export function loadEngine(): Promise<typeof Engine> {
  return import('../lazy/engine.js');
}

/** Loads the typo-tolerant skill search on first use (shares the engine's chunks). */
export function loadSkillSearch(): Promise<typeof SkillSearch> {
  return import('../lazy/skill-search.js');
}

/** Loads the reporting helpers (small-cell suppression) on first use. */
export function loadReporting(): Promise<typeof Reporting> {
  return import('../lazy/reporting.js');
}
