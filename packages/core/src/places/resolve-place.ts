import { createIssue, type Issue } from '../issues/issue.js';
import type { Coordinates, PlaceRef } from '../model/common.js';
import { isValidCoordinates } from './gazetteer-checks.js';
import { normalizeNisCode, normalizePostalCode } from './normalize.js';
import type {
  Commune,
  PlacePrecision,
  PlaceResolution,
  PostalCodeInfo,
  ResolvedPlace,
} from './place-types.js';
import { freezeCoordinates } from './representative-point.js';

/** The two lookups that resolution needs (a {@link Gazetteer} provides them). */
export interface PlaceLookup {
  /** A postal code's information, or `undefined` if unknown. */
  lookupPostalCode(code: string | number): PostalCodeInfo | undefined;
  /** A commune by current or earlier NIS code, or `undefined` if unknown. */
  lookupNis(nis: string | number): Commune | undefined;
}

/** One part of a reference: usable, or the issue that says why not. */
type Part<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue };

function readPostalCode(lookup: PlaceLookup, raw: string | number): Part<PostalCodeInfo> {
  const code = normalizePostalCode(raw);
  const path = ['postalCode'];
  if (code === undefined)
    return { ok: false, issue: createIssue('invalid_postal_code', { path, value: raw }) };
  const info = lookup.lookupPostalCode(code);
  if (info !== undefined) return { ok: true, value: info };
  return {
    ok: false,
    issue: createIssue('unknown_reference', { path, value: raw, params: { kind: 'postal_code' } }),
  };
}

function readNisCode(lookup: PlaceLookup, raw: string | number): Part<Commune> {
  const code = normalizeNisCode(raw);
  const path = ['nisCode'];
  if (code === undefined) return { ok: false, issue: createIssue('invalid_nis_code', { path, value: raw }) };
  const commune = lookup.lookupNis(code);
  if (commune !== undefined) return { ok: true, value: commune };
  return {
    ok: false,
    issue: createIssue('unknown_reference', { path, value: raw, params: { kind: 'nis_code' } }),
  };
}

function readCoordinates(raw: unknown): Part<Coordinates> {
  if (isValidCoordinates(raw)) return { ok: true, value: freezeCoordinates(raw) };
  const shown = raw !== null && typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  return { ok: false, issue: createIssue('invalid_coordinates', { path: ['coordinates'], value: shown }) };
}

/** A warning when the commune of the NIS code does not hold the postal code. */
function mismatch(postal: PostalCodeInfo, commune: Commune): Issue | undefined {
  if (postal.communes.length === 0 || postal.communes.includes(commune)) return undefined;
  return createIssue('invalid_value', {
    severity: 'warning',
    path: ['nisCode'],
    value: commune.nis,
    params: { allowed: postal.communes.map((c) => c.nis) },
  });
}

/**
 * Resolves a place reference against a gazetteer. The point comes from the best usable part:
 * coordinates, else the postal code's point, else the commune's point. The commune comes from the NIS
 * code, else from the postal code when it has exactly one. Parts that cannot be used (malformed or
 * unknown codes, invalid coordinates) become warnings when another part succeeds, errors when none
 * does (`unknown_reference` with the field, `invalid_postal_code`, `place_missing`…). Never throws on
 * user data.
 */
export function resolvePlace(lookup: PlaceLookup, ref: PlaceRef): PlaceResolution {
  if (ref === null || typeof ref !== 'object') {
    throw new TypeError('resolve expects a place reference object: { postalCode?, nisCode?, coordinates? }.');
  }
  const postal = ref.postalCode !== undefined ? readPostalCode(lookup, ref.postalCode) : undefined;
  const nis = ref.nisCode !== undefined ? readNisCode(lookup, ref.nisCode) : undefined;
  const coords = ref.coordinates !== undefined ? readCoordinates(ref.coordinates) : undefined;
  const problems = [postal, nis, coords].flatMap((part) =>
    part !== undefined && !part.ok ? [part.issue] : [],
  );
  if (postal === undefined && nis === undefined && coords === undefined) {
    return { ok: false, issues: [createIssue('place_missing')] };
  }
  const info = postal?.ok ? postal.value : undefined;
  const commune = nis?.ok ? nis.value : info?.communes.length === 1 ? info.communes[0] : undefined;
  const point: [Coordinates, PlacePrecision] | undefined = coords?.ok
    ? [coords.value, 'coordinates']
    : info !== undefined
      ? [info.coordinates, 'postal_code']
      : commune !== undefined
        ? [commune.coordinates, 'commune']
        : undefined;
  if (point === undefined) return { ok: false, issues: problems };

  const warnings = problems.map((issue): Issue => ({ ...issue, severity: 'warning' }));
  const conflict = info !== undefined && nis?.ok ? mismatch(info, nis.value) : undefined;
  if (conflict !== undefined) warnings.push(conflict);
  return { ok: true, value: describePlace(point, info, commune), warnings };
}

function describePlace(
  [coordinates, precision]: [Coordinates, PlacePrecision],
  info: PostalCodeInfo | undefined,
  commune: Commune | undefined,
): ResolvedPlace {
  const units = commune ?? info;
  const place: ResolvedPlace = {
    coordinates,
    precision,
    ...(info !== undefined ? { postalCode: info.postalCode } : {}),
    ...(commune !== undefined ? { commune } : {}),
    ...(units?.arrondissement !== undefined ? { arrondissement: units.arrondissement } : {}),
    ...(units?.province !== undefined ? { province: units.province } : {}),
    ...(units?.region !== undefined ? { region: units.region } : {}),
  };
  return Object.freeze(place);
}
