import {
  generateDataset,
  type Candidate,
  type Contract,
  type Gazetteer,
  type Issue,
  type JobOffer,
  type Taxonomy,
} from '@passerelle/core';
import type { ExperimentConfig } from './config.js';

/** What an experiment runs on: profiles, offers and the hires that serve as right answers. */
export interface ExperimentData {
  readonly candidates: readonly Candidate[];
  readonly offers: readonly JobOffer[];
  /** Contracts; those with an `offerId` are the hires. */
  readonly contracts: readonly Contract[];
  /** Skills and occupations (default: the built-in starter taxonomy). */
  readonly taxonomy?: Taxonomy;
  /** Places (default: the built-in starter gazetteer). */
  readonly gazetteer?: Gazetteer;
  /** Problems met while loading (with file, line and field); the good records went on. */
  readonly issues?: readonly Issue[];
  /** Records rejected while loading. */
  readonly rejectedRecords?: number;
}

/**
 * The synthetic data a configuration names, from the core generator: deterministic for a seed. Only the candidates'
 * profiles are kept; their protected attributes never reach the engine.
 */
export function syntheticExperimentData(config: ExperimentConfig): ExperimentData {
  if (config.data.kind !== 'synthetic')
    throw new TypeError('syntheticExperimentData needs data.kind "synthetic".');
  const data = generateDataset({
    seed: config.data.seed ?? config.seed,
    candidates: config.data.candidates,
    ...(config.data.offers !== undefined ? { offers: config.data.offers } : {}),
    ...(config.data.referenceDate !== undefined ? { referenceDate: config.data.referenceDate } : {}),
  });
  return {
    candidates: data.candidates.map((record) => record.candidate),
    offers: data.offers,
    contracts: data.contracts,
  };
}
