import { describe, expect, it } from 'vitest';
import { isIsoDate } from './common.js';

describe('isIsoDate', () => {
  it('accepts real calendar days only, including leap days and years below 100', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('0050-01-01')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
  });
});
