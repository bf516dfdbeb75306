import { describe, it, expect } from 'vitest';
import type { PlaceRef } from '../model/common.js';
import { Gazetteer } from './gazetteer.js';
import { createStarterGazetteer } from './starter-gazetteer.js';

const gazetteer = createStarterGazetteer();
const charleroiPoint = { lat: 50.4114, lon: 4.4445 };

function resolved(ref: PlaceRef) {
  const result = gazetteer.resolve(ref);
  if (!result.ok) throw new Error(`expected success, got ${result.issues.map((i) => i.code).join(', ')}`);
  return result;
}

function failed(ref: PlaceRef) {
  const result = gazetteer.resolve(ref);
  if (result.ok) throw new Error('expected failure');
  return result.issues.map((i) => ({
    code: i.code,
    field: i.field,
    severity: i.severity,
    kind: i.params?.kind,
  }));
}

describe('Gazetteer.resolve', () => {
  it('resolves a postal code to its point, commune and units', () => {
    const { value, warnings } = resolved({ postalCode: '6000' });
    expect(value).toMatchObject({
      coordinates: charleroiPoint,
      precision: 'postal_code',
      postalCode: '6000',
      commune: { nis: '52011', name: 'Charleroi' },
      arrondissement: { nis: '52000', name: 'Charleroi' },
      province: { nis: '50000', name: 'Hainaut' },
      region: 'wallonia',
    });
    expect(warnings).toEqual([]);
  });

  it('accepts postal codes written loosely', () => {
    expect(resolved({ postalCode: 'B-6000' }).value.postalCode).toBe('6000');
  });

  it('resolves a NIS code, current or earlier, to the commune point', () => {
    const { value } = resolved({ nisCode: '57096' });
    expect(value.precision).toBe('commune');
    expect(value.commune?.name).toBe('Mouscron');
    expect(value.postalCode).toBeUndefined();
    expect(resolved({ nisCode: '54007' }).value.commune?.nis).toBe('57096');
  });

  it('lets coordinates win, and keeps the units the codes give', () => {
    const point = { lat: 50.3, lon: 4.3 };
    const { value, warnings } = resolved({ coordinates: point, postalCode: '6000' });
    expect(value.coordinates).toEqual(point);
    expect(value.precision).toBe('coordinates');
    expect(value.commune?.nis).toBe('52011');
    expect(warnings).toEqual([]);
  });

  it('resolves bare coordinates without guessing a commune', () => {
    const { value } = resolved({ coordinates: charleroiPoint });
    expect(value).toEqual({ coordinates: charleroiPoint, precision: 'coordinates' });
  });

  it('fails on an unknown postal code with unknown_reference on its field', () => {
    expect(failed({ postalCode: '6999' })).toEqual([
      { code: 'unknown_reference', field: 'postalCode', severity: 'error', kind: 'postal_code' },
    ]);
  });

  it('fails on an unknown NIS code with unknown_reference on its field', () => {
    expect(failed({ nisCode: '11002' })).toEqual([
      { code: 'unknown_reference', field: 'nisCode', severity: 'error', kind: 'nis_code' },
    ]);
  });

  it('fails on malformed codes with their own codes, and on an empty reference', () => {
    expect(failed({ postalCode: '600' }).map((i) => i.code)).toEqual(['invalid_postal_code']);
    expect(failed({ nisCode: '5201' }).map((i) => i.code)).toEqual(['invalid_nis_code']);
    expect(failed({ coordinates: { lat: 95, lon: 4 } }).map((i) => i.code)).toEqual(['invalid_coordinates']);
    expect(failed({} as PlaceRef).map((i) => i.code)).toEqual(['place_missing']);
  });

  it('uses what it can and turns the rest into warnings', () => {
    const { value, warnings } = resolved({ postalCode: '6999', nisCode: '52011' });
    expect(value.precision).toBe('commune');
    expect(warnings.map((w) => [w.code, w.field, w.severity])).toEqual([
      ['unknown_reference', 'postalCode', 'warning'],
    ]);
    const fromCode = resolved({ postalCode: '6000', coordinates: { lat: 200, lon: 4 } });
    expect(fromCode.value.precision).toBe('postal_code');
    expect(fromCode.warnings.map((w) => w.code)).toEqual(['invalid_coordinates']);
  });

  it('warns when the NIS code names another commune than the postal code, and keeps the NIS commune', () => {
    const { value, warnings } = resolved({ postalCode: '6000', nisCode: '62063' });
    expect(value.coordinates).toEqual(charleroiPoint);
    expect(value.commune?.name).toBe('Liège');
    expect(warnings.map((w) => [w.code, w.field, w.params?.allowed])).toEqual([
      ['invalid_value', 'nisCode', ['52011']],
    ]);
  });

  it('leaves the commune empty when a postal code spans several', () => {
    const at = { lat: 50.5, lon: 4.5 };
    const split = new Gazetteer({
      communes: [
        { nis: '25084', name: 'Perwez', province: { nis: '20002', name: 'Brabant wallon' } },
        { nis: '25043', name: 'Incourt', province: { nis: '20002', name: 'Brabant wallon' } },
      ],
      localities: [
        { name: 'Perwez', postalCode: '1360', coordinates: at, communeNis: '25084' },
        { name: 'Glimes', postalCode: '1360', coordinates: at, communeNis: '25043' },
      ],
    });
    const result = split.resolve({ postalCode: '1360' });
    expect(result.ok && result.value.commune).toBe(undefined);
    expect(result.ok && result.value.province).toEqual({ nis: '20002', name: 'Brabant wallon' });
  });

  it('throws only on a programmer error (no object at all)', () => {
    expect(() => gazetteer.resolve(null as unknown as PlaceRef)).toThrow(TypeError);
  });
});
