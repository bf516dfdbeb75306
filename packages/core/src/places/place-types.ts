import type { Issue } from '../issues/issue.js';
import type { Coordinates } from '../model/common.js';
import type { Gazetteer } from './gazetteer.js';
import type { Region } from './regions.js';

/**
 * The shapes a {@link Gazetteer} holds and returns. Every object a gazetteer hands out is frozen: callers
 * may keep and share them.
 */

/** An arrondissement or a province: its REFNIS code when the source gives one, and its French name. */
export interface AdminArea {
  /** REFNIS code (e.g. `52000`, `50000`); absent when the source has names only (GeoNames). */
  readonly nis?: string;
  /** French short name as the source writes it (`Charleroi`, `Hainaut`, `Brabant wallon`). */
  readonly name: string;
}

/** A commune (municipality) as of REFNIS 2025. */
export interface Commune {
  /** REFNIS 2025 code, five digits. */
  readonly nis: string;
  /** French name (Statbel; French exonyms for Flemish communes, e.g. `Anvers`). */
  readonly name: string;
  /** Dutch name, when known. */
  readonly nameNl?: string;
  /** German name, when known. */
  readonly nameDe?: string;
  /** Administrative arrondissement, when known. */
  readonly arrondissement?: AdminArea;
  /** Province; always absent for the 19 Brussels communes, which belong to none. */
  readonly province?: AdminArea;
  /** Region, when known. */
  readonly region?: Region;
  /** Representative point: the locality named like the commune, else the mean of its localities. */
  readonly coordinates: Coordinates;
  /** Postal codes of its localities, sorted. */
  readonly postalCodes: readonly string[];
  /** Earlier NIS codes that now mean this commune (2019 Hainaut reform, 2025 mergers), sorted. */
  readonly formerNisCodes: readonly string[];
}

/** A locality (a village, a section, a town) under one postal code. */
export interface Locality {
  /** Name as the source spells it (e.g. `Braine-L'Alleud`). */
  readonly name: string;
  /** Four-digit postal code. */
  readonly postalCode: string;
  /** Where the source places it. */
  readonly coordinates: Coordinates;
  /** REFNIS code of its commune, when the source links localities to communes. */
  readonly communeNis?: string;
  /** Arrondissement (the commune's when linked). */
  readonly arrondissement?: AdminArea;
  /** Province (the commune's when linked; absent in Brussels). */
  readonly province?: AdminArea;
  /** Region (the commune's when linked). */
  readonly region?: Region;
}

/** Everything a gazetteer knows about one postal code. */
export interface PostalCodeInfo {
  /** The postal code. */
  readonly postalCode: string;
  /**
   * Representative point: the first locality named like its commune (e.g. `Liège` for 4000, not the
   * mean of Glain, Liège and Rocourt); otherwise the mean of the code's localities.
   */
  readonly coordinates: Coordinates;
  /** Its localities, by name. */
  readonly localities: readonly Locality[];
  /** The distinct communes of its localities, by NIS code (empty when the source has no communes). */
  readonly communes: readonly Commune[];
  /** Arrondissement shared by all its localities, if they share one. */
  readonly arrondissement?: AdminArea;
  /** Province shared by all its localities, if they share one. */
  readonly province?: AdminArea;
  /** Region shared by all its localities, if they share one. */
  readonly region?: Region;
}

/** How precise a resolved point is: the coordinates given, a postal code's point, or a commune's point. */
export type PlacePrecision = 'coordinates' | 'postal_code' | 'commune';

/** A place reference turned into a point and, when known, its administrative units. */
export interface ResolvedPlace {
  /** The point to measure distances from. */
  readonly coordinates: Coordinates;
  /** Where the point comes from. */
  readonly precision: PlacePrecision;
  /** The postal code, when given and known. */
  readonly postalCode?: string;
  /** The commune: from the NIS code, or the single commune of the postal code. */
  readonly commune?: Commune;
  /** Arrondissement of the commune, or shared by the postal code's localities. */
  readonly arrondissement?: AdminArea;
  /** Province of the commune, or shared by the postal code's localities. */
  readonly province?: AdminArea;
  /** Region of the commune, or shared by the postal code's localities. */
  readonly region?: Region;
}

/**
 * The outcome of {@link Gazetteer.resolve}: the place with warnings about parts of the reference that
 * could not be used, or the errors that leave no usable part. Never thrown.
 */
export type PlaceResolution =
  | { readonly ok: true; readonly value: ResolvedPlace; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The commune closest to a point, and how far its representative point is. */
export interface NearestCommune {
  /** The closest commune by representative point. */
  readonly commune: Commune;
  /** Great-circle distance in kilometres from the point to the commune's representative point. */
  readonly distanceKm: number;
}

/** Narrows {@link Gazetteer.listCommunes}; all given conditions must hold. */
export interface CommuneFilter {
  /** Only communes of this region. */
  readonly region?: Region;
  /** Province REFNIS code, e.g. `50000` for Hainaut. */
  readonly provinceNis?: string;
  /** Arrondissement REFNIS code, e.g. `52000` for Charleroi. */
  readonly arrondissementNis?: string;
}

/** A commune as given to the {@link Gazetteer} constructor: coordinates and postal codes are derived if absent. */
export type CommuneInit = Omit<Commune, 'coordinates' | 'postalCodes' | 'formerNisCodes'> & {
  readonly coordinates?: Coordinates;
  readonly formerNisCodes?: readonly string[];
};

/** What a {@link Gazetteer} is built from. */
export interface GazetteerData {
  /** Communes, each NIS code once. */
  readonly communes: readonly CommuneInit[];
  /** Localities; those with `communeNis` take their administrative units from that commune. */
  readonly localities: readonly Locality[];
}

/** What the loaders return: the gazetteer of every good row, and an issue for every bad one. */
export interface GazetteerLoadResult {
  /** Everything that could be read. */
  readonly gazetteer: Gazetteer;
  /** One issue per problem, with file, line and field; warnings for rows kept or safely skipped. */
  readonly issues: readonly Issue[];
}

/** A CSV text and the file name to quote in its issues. */
export interface CsvInput {
  /** The file's text (already decoded). */
  readonly text: string;
  /** File name quoted in issues; each loader has a default. */
  readonly source?: string;
}
