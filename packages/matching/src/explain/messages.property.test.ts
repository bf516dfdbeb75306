import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbConfig, arbMatchCandidate, arbMatchOffer } from '../../test/arbitraries.js';
import { createMatcher } from '../matcher.js';
import { REASON_CODES, type ReasonCode } from './reason.js';

describe('reason messages', () => {
  it('are whole sentences in French and English: nothing undefined, NaN or empty, whatever the pair', () => {
    const seen = new Set<ReasonCode>();
    fc.assert(
      fc.property(arbMatchCandidate(), arbMatchOffer(), arbConfig(), (candidate, offer, config) => {
        for (const reason of createMatcher({ config }).explain(candidate, offer).reasons) {
          seen.add(reason.code);
          for (const text of [reason.message.fr, reason.message.en]) {
            expect(text).toMatch(/\S.*[.)]$/);
            expect(text).not.toMatch(/undefined|NaN|null|\[object|« »|""/);
          }
          expect(REASON_CODES).toContain(reason.code);
        }
      }),
      { numRuns: 400 },
    );
    // Every code but those the pools above cannot produce was met.
    expect(REASON_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });
});
