import fc from 'fast-check';
import type { CandidateRecord, ProtectedAttributes } from '../model/protected-attributes.js';
import { DISCLOSURES, GENDERS } from '../vocab/protected-codes.js';
import { arbCandidate, type ArbCandidateOptions } from './candidate.js';
import { DEFAULT_COUNTRY_CODES } from './pools.js';
import { arbId, arbIsoDate, plainRecord } from './primitives.js';

/** Protected attributes without the candidate id (set by the caller). */
function arbAttributesBody(): fc.Arbitrary<Omit<ProtectedAttributes, 'candidateId'>> {
  const disclosure = fc.constantFrom(...DISCLOSURES);
  return plainRecord(
    {
      gender: fc.constantFrom(...GENDERS),
      birthDate: arbIsoDate({ min: '1950-01-01', max: '2010-12-31' }),
      nationality: fc.constantFrom(...DEFAULT_COUNTRY_CODES),
      foreignBackground: disclosure,
      newcomer: disclosure,
      refugee: disclosure,
      disability: disclosure,
    },
    { requiredKeys: [] },
  );
}

/** Options of {@link arbProtectedAttributes}. */
export interface ArbProtectedAttributesOptions {
  /** The candidate they belong to (default: `arbId('cand')`). */
  readonly candidateId?: string | fc.Arbitrary<string>;
}

/**
 * Valid protected attributes: every field optional, sensitive answers including an explicit refusal.
 * For tests that must show these never move a matching score.
 */
export function arbProtectedAttributes(
  options: ArbProtectedAttributesOptions = {},
): fc.Arbitrary<ProtectedAttributes> {
  const { candidateId } = options;
  const id = typeof candidateId === 'string' ? fc.constant(candidateId) : (candidateId ?? arbId('cand'));
  return fc.tuple(id, arbAttributesBody()).map(([value, body]) => ({ candidateId: value, ...body }));
}

/** Options of {@link arbCandidateRecord}. */
export interface ArbCandidateRecordOptions extends ArbCandidateOptions {
  /** Whether protected attributes are present: always, never, or either (default `sometimes`). */
  readonly protectedAttributes?: 'always' | 'never' | 'sometimes';
}

/** Valid candidate records: a profile and, apart, protected attributes naming the same candidate. */
export function arbCandidateRecord(options: ArbCandidateRecordOptions = {}): fc.Arbitrary<CandidateRecord> {
  const presence = options.protectedAttributes ?? 'sometimes';
  const body =
    presence === 'never'
      ? fc.constant(undefined)
      : presence === 'always'
        ? arbAttributesBody()
        : fc.option(arbAttributesBody(), { nil: undefined });
  return fc
    .tuple(arbCandidate(options), body)
    .map(([candidate, attributes]) =>
      attributes === undefined
        ? { candidate }
        : { candidate, protectedAttributes: { candidateId: candidate.id, ...attributes } },
    );
}
