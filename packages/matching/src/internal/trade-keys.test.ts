import { describe, expect, it } from 'vitest';
import { creditBelow, TRADE_UNKNOWN, tradeDepth, tradeKey, tradeKeys } from './trade-keys.js';

describe('trade keys', () => {
  it('name each numeric prefix of an ISCO code by its length and number', () => {
    expect([1, 2, 3, 4].map((digits) => tradeKey('8344', digits))).toEqual([10_008, 20_083, 30_834, 48_344]);
    expect(tradeKey('0110', 2)).toBe(20_001);
    expect(tradeKey('83', 3)).toBe(-1);
    expect(tradeKey('8X44', 2)).toBe(-1);
  });

  it('list a profile under every prefix of its codes, once', () => {
    expect(tradeKeys(['forklift', 'driver'], ['8344', '8332'])).toEqual([
      10_008, 20_083, 30_833, 30_834, 48_332, 48_344,
    ]);
    expect(tradeKeys(['short'], ['8'])).toEqual([10_008]);
  });

  it('put on the unknown list the profiles no prefix can bound', () => {
    expect(tradeKeys([], [])).toEqual([TRADE_UNKNOWN]);
    expect(tradeKeys(['known', 'unknown'], ['8344'])[0]).toBe(TRADE_UNKNOWN);
    expect(tradeKeys(['odd'], ['X1'])).toEqual([TRADE_UNKNOWN]);
    expect(tradeKeys(['forklift'], ['8344'])).not.toContain(TRADE_UNKNOWN);
  });

  it('bound the occupation score of a profile sharing fewer digits, whatever the order of the credits', () => {
    const credits = [0.7, 0.45, 0.2, 0.05];
    expect([1, 2, 3, 4].map((digits) => creditBelow(digits, credits))).toEqual([0, 0.05, 0.2, 0.45]);
    expect([1, 2, 3, 4].map((digits) => creditBelow(digits, [0.2, 0.1, 0.3, 0.5]))).toEqual([
      0, 0.5, 0.5, 0.5,
    ]);
  });
});

describe('tradeDepth', () => {
  it('stops before a character other than a digit, not at the end of a short code', () => {
    expect(tradeDepth(['8344', '83'])).toBe(4);
    expect(tradeDepth(['8344', '8X44'])).toBe(1);
    expect(tradeDepth(['X344'])).toBe(0);
    expect(tradeDepth([])).toBe(4);
  });
});
