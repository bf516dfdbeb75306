import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parsePort } from './port.js';

describe('PORT', () => {
  it('defaults to 8080, takes 0 (any free port) to 65535', () => {
    expect(parsePort(undefined)).toBe(DEFAULT_PORT);
    expect(parsePort(' ')).toBe(DEFAULT_PORT);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('3000')).toBe(3000);
    expect(parsePort('65535')).toBe(65535);
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['-1', '65536', '80.5', 'http', '3000x']) {
      expect(() => parsePort(bad)).toThrow(/PORT must be a whole number from 0 to 65535/);
    }
  });
});
