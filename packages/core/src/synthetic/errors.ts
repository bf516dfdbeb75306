/**
 * Every message the synthetic generator throws, in one place. These are programmer errors (bad options or
 * catalogue), thrown early with the remedy; user data never reaches the generator.
 */
export const SYNTHETIC_ERRORS = {
  count: (name: string, value: unknown, max: number) =>
    `generateDataset: "${name}" must be a whole number from 0 to ${max.toLocaleString('en')} (got ${String(value)}).`,
  seed: (value: unknown) =>
    `generateDataset: "seed" must be a finite number or a string (got ${String(value)}). Pass e.g. { seed: 42 }.`,
  referenceDate: (value: unknown) =>
    `generateDataset: "referenceDate" must be a date written YYYY-MM-DD between 1950 and 2100 (got ${String(value)}).`,
  years: (value: unknown) =>
    `generateDataset: "years" must be a whole number from 1 to 30 (got ${String(value)}).`,
  rate: (name: string, value: unknown) =>
    `generateDataset: rates.${name} must be a number from 0 to 1 (got ${String(value)}).`,
  emptyCatalogue: (part: string) =>
    `Synthetic catalogue: "${part}" is empty. Give at least one, or use catalogueFromStarterData().`,
  noPopulatedPlace: () =>
    'Synthetic catalogue: every place has weight 0. Give at least one place a positive weight.',
  badCatalogueValue: (what: string, value: unknown, rule: string) =>
    `Synthetic catalogue: ${what} ${JSON.stringify(value)} is not valid: ${rule}.`,
} as const;
