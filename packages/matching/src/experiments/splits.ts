import { SeededRandom, type Candidate, type JobOffer } from '@passerelle/core';
import type { ExperimentConfig } from './config.js';
import type { ExperimentData } from './data.js';

/** One test query: a candidate and the offers they were hired on in the test set. */
export interface TestQuery {
  readonly candidate: Candidate;
  /** Offer ids hired on (the right answers). */
  readonly relevant: readonly string[];
  /** The earliest test hire's start. */
  readonly date: string;
}

/** The test set and the offers to rank. */
export interface ExperimentSplit {
  /** Hires (contracts with a known offer and candidate) in the data. */
  readonly hires: number;
  /** Hires in the test set. */
  readonly testHires: number;
  /** One query per candidate with a test hire, by candidate id (sampled down to `maxQueries`). */
  readonly queries: readonly TestQuery[];
  /** Offers published from 180 days before the first test hire to the last one, plus the hired offers. */
  readonly catalogue: readonly JobOffer[];
}

/** How far back the catalogue reaches before the first test hire. */
export const CATALOGUE_LOOKBACK_DAYS = 180;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function daysBefore(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Splits the hires into a test set, by date (hires starting in the window) or at random (a share, drawn with the
 * seed), and builds one query per test candidate. Deterministic: the same data, configuration and seed give the same
 * split whatever the input order.
 */
export function splitHires(data: ExperimentData, config: ExperimentConfig): ExperimentSplit {
  const candidates = new Map(data.candidates.map((c) => [c.id, c]));
  const offers = new Map(data.offers.map((o) => [o.id, o]));
  const hires = data.contracts
    .filter((c) => c.offerId !== undefined && candidates.has(c.candidateId) && offers.has(c.offerId))
    .map((c) => ({ candidateId: c.candidateId, offerId: c.offerId as string, start: c.start }))
    .sort(
      (a, b) =>
        byText(a.start, b.start) || byText(a.candidateId, b.candidateId) || byText(a.offerId, b.offerId),
    );
  const split = config.split;
  const random = SeededRandom.derive(config.seed, 'split');
  const test =
    split.kind === 'date'
      ? hires.filter(
          (h) => h.start >= split.testFrom && (split.testTo === undefined || h.start <= split.testTo),
        )
      : hires.filter(() => random.chance(split.testShare));
  const byCandidate = new Map<string, { relevant: Set<string>; date: string }>();
  for (const hire of test) {
    const entry = byCandidate.get(hire.candidateId) ?? { relevant: new Set<string>(), date: hire.start };
    entry.relevant.add(hire.offerId);
    byCandidate.set(hire.candidateId, entry);
  }
  let ids = [...byCandidate.keys()].sort(byText);
  if (config.maxQueries !== undefined && ids.length > config.maxQueries)
    ids = sample(ids, config.maxQueries, config.seed);
  const queries = ids.map((id) => {
    const entry = byCandidate.get(id)!;
    return { candidate: candidates.get(id)!, relevant: [...entry.relevant].sort(byText), date: entry.date };
  });
  return {
    hires: hires.length,
    testHires: test.length,
    queries,
    catalogue: catalogueFor(data.offers, queries),
  };
}

// A seeded sample of n ids, back in id order.
function sample(ids: string[], n: number, seed: number): string[] {
  const random = SeededRandom.derive(seed, 'sample');
  const pool = [...ids];
  for (let i = 0; i < n; i++) {
    const j = i + random.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, n).sort(byText);
}

function catalogueFor(offers: readonly JobOffer[], queries: readonly TestQuery[]): JobOffer[] {
  if (queries.length === 0) return [];
  const dates = queries.map((q) => q.date).sort(byText);
  const from = daysBefore(dates[0] as string, CATALOGUE_LOOKBACK_DAYS);
  const to = dates[dates.length - 1] as string;
  const hired = new Set(queries.flatMap((q) => q.relevant));
  return offers
    .filter((o) => hired.has(o.id) || (o.publishedOn >= from && o.publishedOn <= to))
    .sort((a, b) => byText(a.id, b.id));
}
