import fc from 'fast-check';
import type { MireTerritory } from '../model/territory.js';
import { DEFAULT_MIRE_IDS } from './pools.js';
import { arbNisCode, arbShortText, fromPool, plainRecord } from './primitives.js';

/** Options of {@link arbMireTerritory}. */
export interface ArbMireTerritoryOptions {
  /** Mire ids (default {@link DEFAULT_MIRE_IDS}). */
  readonly mireIds?: readonly string[];
  /** NIS codes to draw communes from (default: any five digits). */
  readonly nisCodes?: readonly string[];
}

/** Valid Mire territories: one or more distinct communes, and sometimes the source of the list. */
export function arbMireTerritory(options: ArbMireTerritoryOptions = {}): fc.Arbitrary<MireTerritory> {
  const commune =
    options.nisCodes === undefined ? arbNisCode() : fromPool(options.nisCodes, 'arbMireTerritory nisCodes');
  return plainRecord(
    {
      id: fromPool(options.mireIds ?? DEFAULT_MIRE_IDS, 'arbMireTerritory mireIds'),
      name: arbShortText(['Mirena', 'MIREC', 'Mirelux', 'MIRESEM', 'MIREV']),
      communes: fc.uniqueArray(commune, { minLength: 1, maxLength: 20 }),
      source: fc.webUrl().map((url) => url.slice(0, 500)),
    },
    { requiredKeys: ['id', 'name', 'communes'] },
  );
}
