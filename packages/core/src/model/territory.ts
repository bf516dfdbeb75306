import { z } from 'zod';
import { IdSchema, NisCodeSchema, ShortTextSchema, distinctBy } from './common.js';

/** The territory (bassin) of a Mire: a set of communes by NIS code, with where that list comes from. */
export const MireTerritorySchema = z.object({
  /** Identifier of the Mire (e.g. `mirena`). */
  id: IdSchema,
  /** Name of the Mire. */
  name: ShortTextSchema,
  /** Communes covered, by REFNIS code. */
  communes: z
    .array(NisCodeSchema)
    .min(1)
    .superRefine(distinctBy((code: string) => code)),
  /** Provenance of the list (a decree, a source URL…). */
  source: z.string().max(500).optional(),
});
/** A Mire territory. */
export type MireTerritory = z.infer<typeof MireTerritorySchema>;
