import { describe, expect, it } from 'vitest';
import { majorGroupBit, subMajorGroupBit, TRADE_UNKNOWN, tradeMask } from './bits.js';

describe('trade masks', () => {
  it('set the major and sub-major group bits of each wanted occupation’s ISCO code', () => {
    expect(majorGroupBit('8344')).toBe(1 << 8);
    expect(subMajorGroupBit('8344')).toBe(1 << (10 + (83 % 21)));
    expect(tradeMask(['forklift', 'cleaner'], ['8344', '9112'])).toBe(
      (1 << 8) | (1 << 9) | subMajorGroupBit('8344') | subMajorGroupBit('9112'),
    );
    // Two sub-major groups may share a bit (83 and 41 modulo 21): lists per bit then hold both.
    expect(subMajorGroupBit('4110')).toBe(subMajorGroupBit('8344'));
  });

  it('mark the profiles no ISCO prefix can bound: none wanted, one without a code, a code not made of digits', () => {
    expect(tradeMask([], [])).toBe(TRADE_UNKNOWN);
    expect(tradeMask(['known', 'unknown'], ['8344']) & TRADE_UNKNOWN).toBe(TRADE_UNKNOWN);
    expect(tradeMask(['odd'], ['X1'])).toBe(TRADE_UNKNOWN);
    // A one-digit code has a major group only.
    expect(tradeMask(['short'], ['8'])).toBe(1 << 8);
    expect(tradeMask(['forklift'], ['8344']) & TRADE_UNKNOWN).toBe(0);
  });
});
