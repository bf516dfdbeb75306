import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createStarterGazetteer } from './starter-gazetteer.js';

const gazetteer = createStarterGazetteer();
const postalCodes = gazetteer.postalCodes();
const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});
// Known codes, unknown codes and garbage alike.
const postalCode = fc.oneof(fc.constantFrom(...postalCodes), fc.stringMatching(/^[1-9]\d{3}$/), fc.string());
const nisCode = fc.oneof(fc.constantFrom('52011', '62063', '54007'), fc.string());

describe('Gazetteer.resolve properties', () => {
  it('prefers valid coordinates over any codes', () => {
    fc.assert(
      fc.property(
        point,
        fc.option(postalCode, { nil: undefined }),
        fc.option(nisCode, { nil: undefined }),
        (coordinates, code, nis) => {
          const result = gazetteer.resolve({ coordinates, postalCode: code, nisCode: nis });
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.value.precision).toBe('coordinates');
            expect(result.value.coordinates).toEqual(coordinates);
          }
        },
      ),
    );
  });

  it('never throws on user data and every failure carries at least one error', () => {
    fc.assert(
      fc.property(
        fc.option(postalCode, { nil: undefined }),
        fc.option(nisCode, { nil: undefined }),
        (code, nis) => {
          const result = gazetteer.resolve({ postalCode: code, nisCode: nis });
          if (!result.ok) expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
          else expect(result.warnings.every((w) => w.severity === 'warning')).toBe(true);
        },
      ),
    );
  });

  it('resolves every known postal code to a Walloon commune holding that code', () => {
    for (const code of postalCodes) {
      const result = gazetteer.resolve({ postalCode: code });
      expect(result.ok && result.value.commune?.postalCodes.includes(code)).toBe(true);
    }
  });
});
