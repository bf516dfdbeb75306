import type { PlaceRef } from '../model/common.js';
import type { MireTerritory } from '../model/territory.js';
import type { SyntheticCatalogue, SyntheticMire, SyntheticOccupation, SyntheticPlace } from './catalogue.js';
import { SYNTHETIC_SECTORS, type SyntheticSector } from './catalogue.js';
import { assignMires } from './mire-assignment.js';
import type { SectorProfile } from './sector-profile.js';
import { SECTOR_PROFILES } from './sectors.js';
import { WeightedPicker } from './weighted.js';

/** A place with the reference that records point at (one frozen object shared by all) and its Mire. */
export interface PlaceSlot {
  readonly place: SyntheticPlace;
  readonly ref: PlaceRef;
  readonly mireIndex: number;
}

/** A Mire with the places of its territory. */
export interface MireSlot {
  readonly mire: SyntheticMire;
  readonly index: number;
  readonly places: readonly PlaceSlot[];
  readonly placePicker: WeightedPicker<PlaceSlot>;
  /** Share of the catalogue's population it covers (sums to 1 over the Mire). */
  readonly share: number;
}

/** A sector with its profile and occupations. */
export interface SectorSlot {
  readonly sector: SyntheticSector;
  readonly index: number;
  readonly profile: SectorProfile;
  readonly occupations: WeightedPicker<SyntheticOccupation>;
}

/** Who wants or offers work in which sector. */
export interface SectorPickers {
  /** Sector wishes of women. */
  readonly woman: WeightedPicker<SectorSlot>;
  /** Sector wishes of men (and of people of other or undisclosed gender). */
  readonly man: WeightedPicker<SectorSlot>;
  /** The sectors' share of offers and employers. */
  readonly offer: WeightedPicker<SectorSlot>;
}

/** The catalogue turned into the lookup structures the generators draw from. */
export interface World {
  readonly mires: readonly MireSlot[];
  readonly mirePicker: WeightedPicker<MireSlot>;
  readonly places: readonly PlaceSlot[];
  readonly anyPlace: WeightedPicker<PlaceSlot>;
  readonly sectors: readonly SectorSlot[];
  readonly sectorPickers: SectorPickers;
  readonly territories: readonly MireTerritory[];
}

/** Builds the world of a validated catalogue. A Mire left without any populated place is dropped. */
export function buildWorld(catalogue: SyntheticCatalogue): World {
  const assigned = assignMires(catalogue);
  const populated = (i: number) => (catalogue.places[i]?.weight ?? 0) > 0;
  const kept = catalogue.mires.filter((mire) => assigned.some((id, i) => id === mire.id && populated(i)));
  const indexOf = new Map(kept.map((mire, index) => [mire.id, index]));
  const places: PlaceSlot[] = [];
  catalogue.places.forEach((place, i) => {
    const mireIndex = indexOf.get(assigned[i] ?? '');
    if (mireIndex !== undefined && populated(i)) places.push(placeSlot(place, mireIndex));
  });
  const total = places.reduce((sum, slot) => sum + slot.place.weight, 0);
  const mires = kept.map((mire, index) => mireSlot(mire, index, places, total));
  const sectors = buildSectors(catalogue.occupations);
  return {
    mires,
    mirePicker: new WeightedPicker(mires.map((slot) => [slot, slot.share] as const)),
    places,
    anyPlace: new WeightedPicker(places.map((slot) => [slot, slot.place.weight] as const)),
    sectors,
    sectorPickers: sectorPickers(sectors),
    territories: mires.map(territoryOf),
  };
}

function placeSlot(place: SyntheticPlace, mireIndex: number): PlaceSlot {
  const ref: PlaceRef = Object.freeze({
    postalCode: place.postalCode,
    nisCode: place.nisCode,
    coordinates: Object.freeze({ lat: place.coordinates.lat, lon: place.coordinates.lon }),
    locality: place.name,
  });
  return { place, ref, mireIndex };
}

function mireSlot(mire: SyntheticMire, index: number, all: readonly PlaceSlot[], total: number): MireSlot {
  const places = all.filter((slot) => slot.mireIndex === index);
  const weight = places.reduce((sum, slot) => sum + slot.place.weight, 0);
  const placePicker = new WeightedPicker(places.map((slot) => [slot, slot.place.weight] as const));
  return { mire, index, places, placePicker, share: weight / total };
}

function buildSectors(occupations: readonly SyntheticOccupation[]): SectorSlot[] {
  const sectors: SectorSlot[] = [];
  for (const sector of SYNTHETIC_SECTORS) {
    const own = occupations.filter((occupation) => occupation.sector === sector);
    if (own.length === 0) continue;
    const picker = new WeightedPicker(own.map((occupation) => [occupation, occupation.weight ?? 1] as const));
    sectors.push({ sector, index: sectors.length, profile: SECTOR_PROFILES[sector], occupations: picker });
  }
  return sectors;
}

function sectorPickers(sectors: readonly SectorSlot[]): SectorPickers {
  const by = (weight: (profile: SectorProfile) => number) =>
    new WeightedPicker(sectors.map((slot) => [slot, weight(slot.profile)] as const));
  return {
    woman: by((profile) => profile.demand * profile.womenShare),
    man: by((profile) => profile.demand * (1 - profile.womenShare)),
    offer: by((profile) => profile.demand),
  };
}

function territoryOf(slot: MireSlot): MireTerritory {
  const communes = [...new Set(slot.places.map((place) => place.place.nisCode))];
  return {
    id: slot.mire.id,
    name: slot.mire.name,
    communes,
    ...(slot.mire.source !== undefined ? { source: slot.mire.source } : {}),
  };
}
