import type { Gazetteer } from '../places/gazetteer.js';
import type { Commune } from '../places/place-types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { Concept } from '../taxonomy/types.js';
import type {
  SyntheticCatalogue,
  SyntheticOccupation,
  SyntheticPlace,
  SyntheticSector,
} from './catalogue.js';
import { sectorOfIscoGroup } from './isco-sectors.js';
import { syntheticMireOfCommune } from './mire-rules.js';
import { SYNTHETIC_MIRES } from './mires.js';
import { DEFAULT_TOWN_WEIGHT, TOWN_WEIGHTS } from './town-weights.js';

/** Options of {@link catalogueFromStarterData}. */
export interface StarterCatalogueOptions {
  /** The sector of an occupation (default: from its ISCO group by `sectorOfIscoGroup`); undefined skips it. */
  readonly sectorOf?: (occupation: Concept) => SyntheticSector | undefined;
  /** How often people live in a commune (default: its population in thousands from `TOWN_WEIGHTS`). */
  readonly weightOf?: (commune: Commune) => number;
  /** The Mire of a commune (default: `syntheticMireOfCommune`); undefined gives it to the nearest Mire. */
  readonly mireOf?: (commune: Commune) => string | undefined;
}

/**
 * A synthetic catalogue from a taxonomy and a gazetteer, typically `createStarterTaxonomy()` and
 * `createStarterGazetteer()`: the occupations of the Mire's sectors with their essential and optional
 * skills, and the Walloon communes with a postal code, each given to a Mire of `SYNTHETIC_MIRES`. Works
 * as well with a full ESCO taxonomy and the complete gazetteer (only occupations whose ISCO group maps to
 * a sector are kept).
 */
export function catalogueFromStarterData(
  taxonomy: Taxonomy,
  gazetteer: Gazetteer,
  options: StarterCatalogueOptions = {},
): SyntheticCatalogue {
  const sectorOf = options.sectorOf ?? ((occupation: Concept) => sectorOfIscoGroup(occupation.iscoGroup));
  const occupations: SyntheticOccupation[] = [];
  for (const concept of taxonomy.occupations) {
    const sector = sectorOf(concept);
    if (sector === undefined) continue;
    occupations.push(
      Object.freeze({
        id: concept.id,
        label: titleLabel(concept.labels.fr.preferred ?? concept.labels.en.preferred ?? concept.id),
        sector,
        essentialSkillIds: Object.freeze(taxonomy.essentialSkills(concept.id)),
        optionalSkillIds: Object.freeze(taxonomy.optionalSkills(concept.id)),
      }),
    );
  }
  const places = gazetteer
    .listCommunes({ region: 'wallonia' })
    .map((commune) => placeOf(commune, options))
    .filter((place): place is SyntheticPlace => place !== undefined);
  return Object.freeze({
    occupations: Object.freeze(occupations),
    places: Object.freeze(places),
    mires: SYNTHETIC_MIRES,
  });
}

/** Longest label the generator accepts: it becomes an offer's title. */
const MAX_LABEL = 180;

/**
 * An occupation's label fit for an offer title. ESCO's French labels name both genders
 * (`opérateur …/opératrice …`); a few are then longer than a title may be, and keep their first form only.
 */
function titleLabel(preferred: string): string {
  const label = preferred.trim();
  if (label.length <= MAX_LABEL) return label;
  const first = (label.split('/')[0] as string).trim();
  if (first.length > 0 && first.length <= MAX_LABEL) return first;
  const cut = label.slice(0, MAX_LABEL - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trim()}…`;
}

function placeOf(commune: Commune, options: StarterCatalogueOptions): SyntheticPlace | undefined {
  const postalCode = commune.postalCodes[0];
  if (postalCode === undefined) return undefined;
  const mireId = options.mireOf ? options.mireOf(commune) : syntheticMireOfCommune(commune.nis);
  return Object.freeze({
    nisCode: commune.nis,
    postalCode,
    name: commune.name.trim(),
    coordinates: commune.coordinates,
    weight: options.weightOf ? options.weightOf(commune) : (TOWN_WEIGHTS[commune.nis] ?? DEFAULT_TOWN_WEIGHT),
    ...(mireId !== undefined ? { mireId } : {}),
  });
}
