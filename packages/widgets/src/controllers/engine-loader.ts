import type * as Engine from '../lazy/engine.js';

/** Loads the matching engine on first use (its own chunk in the one-script-tag bundle). */
export function loadEngine(): Promise<typeof Engine> {
  return import('../lazy/engine.js');
}
