import type { Coordinates, PlaceRef } from '../model/common.js';
import { haversineKm, equirectangularKm } from './distance.js';
import { isValidCoordinates } from './gazetteer-checks.js';
import { buildGazetteerIndex, type GazetteerIndex } from './gazetteer-index.js';
import { normalizeNisCode, normalizePlaceName, normalizePostalCode } from './normalize.js';
import type {
  Commune,
  CommuneFilter,
  GazetteerData,
  Locality,
  NearestCommune,
  PlaceResolution,
  PostalCodeInfo,
} from './place-types.js';
import { resolvePlace } from './resolve-place.js';

const NONE: readonly never[] = Object.freeze([]);

/**
 * Belgian places: postal codes and their localities, communes (REFNIS 2025) with their arrondissement,
 * province and region, each with a point. Immutable once built; every object it returns is frozen.
 *
 * Build one with a loader (`loadBePostcodesCsv`, `loadGeoNamesPostalCodes`), with
 * `createStarterGazetteer()`, or from data a program assembled (`new Gazetteer({ communes, localities })`,
 * which throws a TypeError or RangeError on malformed data). Lookups accept user input as typed
 * (`'B-6000'`, `6000`, `'braine-l’alleud'`) and return `undefined` or an empty list when nothing matches.
 */
export class Gazetteer {
  readonly #index: GazetteerIndex;

  /** Builds the lookup structures; throws on malformed data (see {@link GazetteerData}). */
  constructor(data: GazetteerData) {
    this.#index = buildGazetteerIndex(data);
    Object.freeze(this);
  }

  /** Number of communes. */
  get communeCount(): number {
    return this.#index.communes.length;
  }

  /** Number of distinct postal codes. */
  get postalCodeCount(): number {
    return this.#index.postalCodes.size;
  }

  /** Number of localities (postal code × locality pairs). */
  get localityCount(): number {
    return this.#index.localities.length;
  }

  /** Every postal code, in ascending order. */
  postalCodes(): readonly string[] {
    return Object.freeze([...this.#index.postalCodes.keys()]);
  }

  /** Every locality, by postal code then name. */
  localities(): readonly Locality[] {
    return this.#index.localities;
  }

  /** A postal code's localities, communes and representative point; accepts `6000`, `'B-6000'`, `' 6000 '`. */
  lookupPostalCode(code: string | number): PostalCodeInfo | undefined {
    const canonical = normalizePostalCode(code);
    return canonical === undefined ? undefined : this.#index.postalCodes.get(canonical);
  }

  /** The commune of a REFNIS 2025 code, or of an earlier code it replaced (e.g. Mouscron's 54007). */
  lookupNis(nis: string | number): Commune | undefined {
    const code = normalizeNisCode(nis);
    if (code === undefined) return undefined;
    return this.#index.communesByNis.get(code) ?? this.#index.communesByFormerNis.get(code);
  }

  /**
   * Turns a place reference into a point with its commune, arrondissement, province and region.
   * Coordinates win when given and valid; unusable parts come back as issues. Never throws on user data.
   */
  resolve(ref: PlaceRef): PlaceResolution {
    return resolvePlace(this, ref);
  }

  /** Communes by NIS code, optionally only those of a region, province or arrondissement. */
  listCommunes(filter: CommuneFilter = {}): readonly Commune[] {
    const { region, provinceNis, arrondissementNis } = filter;
    if (region === undefined && provinceNis === undefined && arrondissementNis === undefined) {
      return this.#index.communes;
    }
    return Object.freeze(
      this.#index.communes.filter(
        (c) =>
          (region === undefined || c.region === region) &&
          (provinceNis === undefined || c.province?.nis === provinceNis) &&
          (arrondissementNis === undefined || c.arrondissement?.nis === arrondissementNis),
      ),
    );
  }

  /** The postal codes of a commune (by current or earlier NIS code), sorted; empty if unknown. */
  postalCodesOfCommune(nis: string | number): readonly string[] {
    return this.lookupNis(nis)?.postalCodes ?? NONE;
  }

  /** Localities with this name, case, accents and punctuation ignored (`'braine-l’alleud'`). */
  findLocality(name: string): readonly Locality[] {
    return this.#index.localitiesByName.get(normalizePlaceName(String(name))) ?? NONE;
  }

  /** Communes with this French, Dutch or German name, case, accents and punctuation ignored. */
  findCommunes(name: string): readonly Commune[] {
    return this.#index.communesByName.get(normalizePlaceName(String(name))) ?? NONE;
  }

  /**
   * The commune whose representative point is closest to `point` (a linear scan with the
   * equirectangular distance; the reported distance is the haversine one). `undefined` when the
   * gazetteer has no communes or the point is not valid WGS84.
   */
  nearestCommune(point: Coordinates): NearestCommune | undefined {
    if (!isValidCoordinates(point)) return undefined;
    let best: Commune | undefined;
    let bestKm = Infinity;
    for (const commune of this.#index.communes) {
      const km = equirectangularKm(point, commune.coordinates);
      if (km < bestKm) {
        best = commune;
        bestKm = km;
      }
    }
    return best === undefined
      ? undefined
      : Object.freeze({ commune: best, distanceKm: haversineKm(point, best.coordinates) });
  }
}
