import type { Coordinates } from '../model/common.js';

/** The sectors where the Mire's public is hired, each with its own schedules, contracts and employers. */
export const SYNTHETIC_SECTORS = [
  'logistics',
  'cleaning',
  'construction',
  'retail',
  'catering',
  'care',
  'production',
  'driving',
  'horticulture',
  'office',
] as const;
/** A sector of the synthetic labour market. */
export type SyntheticSector = (typeof SYNTHETIC_SECTORS)[number];

/** An occupation the generator can give to candidates and offers. */
export interface SyntheticOccupation {
  /** Taxonomy id of the occupation (an ESCO UUID in the starter taxonomy). */
  readonly id: string;
  /** French label, used for offer titles. */
  readonly label: string;
  /** The sector it belongs to (sets schedules, contract types, employers). */
  readonly sector: SyntheticSector;
  /** Skills the occupation needs (taxonomy ids); candidates and offers draw from them first. */
  readonly essentialSkillIds: readonly string[];
  /** Skills that help; drawn for nice-to-have requirements and extra candidate skills. */
  readonly optionalSkillIds: readonly string[];
  /** Relative demand: how often offers and candidates pick it within its sector (default 1). */
  readonly weight?: number;
}

/** A commune where candidates live and employers work. */
export interface SyntheticPlace {
  /** REFNIS code of the commune. */
  readonly nisCode: string;
  /** A postal code of the commune (its main locality's). */
  readonly postalCode: string;
  /** French name. */
  readonly name: string;
  /** Representative point. */
  readonly coordinates: Coordinates;
  /** Relative population: how often people and employers are placed there. */
  readonly weight: number;
  /** The Mire whose territory holds it; when absent the generator gives it to the nearest Mire. */
  readonly mireId?: string;
}

/** A Mire of the synthetic dataset. */
export interface SyntheticMire {
  /** Identifier, e.g. `mirena`. */
  readonly id: string;
  /** Name. */
  readonly name: string;
  /** Where its territory comes from (copied to the territory record). */
  readonly source?: string;
}

/**
 * What the generator needs to know about the world: occupations with their skills, places and Mire. Build
 * one from the starter taxonomy and gazetteer with `catalogueFromStarterData`, or write your own.
 */
export interface SyntheticCatalogue {
  /** At least one occupation; sectors without any are simply not generated. */
  readonly occupations: readonly SyntheticOccupation[];
  /** At least one place with a positive weight. */
  readonly places: readonly SyntheticPlace[];
  /** At least one Mire. */
  readonly mires: readonly SyntheticMire[];
}
