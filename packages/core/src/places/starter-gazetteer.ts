import { Gazetteer } from './gazetteer.js';
import type { CommuneInit, Locality } from './place-types.js';
import {
  STARTER_ARRONDISSEMENTS,
  STARTER_COMMUNES,
  STARTER_PROVINCES,
  type StarterCommuneRow,
} from './starter-communes.js';

function toCommune([nis, name, nameNl, , lat, lon, extras]: StarterCommuneRow): CommuneInit {
  const arrondissementNis = `${nis.slice(0, 2)}000`;
  const [arrondissement, provinceNis] = STARTER_ARRONDISSEMENTS[arrondissementNis] ?? [];
  if (arrondissement === undefined || provinceNis === undefined) {
    throw new RangeError(`Starter gazetteer: no arrondissement ${arrondissementNis} for ${name}.`);
  }
  return {
    nis,
    name,
    nameNl,
    nameDe: extras?.de ?? name,
    arrondissement: { nis: arrondissementNis, name: arrondissement },
    province: { nis: provinceNis, name: STARTER_PROVINCES[provinceNis] ?? provinceNis },
    region: 'wallonia',
    coordinates: { lat, lon },
    ...(extras?.former !== undefined ? { formerNisCodes: extras.former } : {}),
  };
}

function toLocality([nis, name, , postalCode, lat, lon]: StarterCommuneRow): Locality {
  return { name, postalCode, coordinates: { lat, lon }, communeNis: nis };
}

/**
 * A small built-in gazetteer of 60 main Walloon towns (Charleroi, Liège, Namur, Mons, La Louvière,
 * Tournai…), each with its main postal code, REFNIS 2025 code, arrondissement, province and point, for
 * demos, tests and a first run without data files. Each town has one locality, under its main postal
 * code only: load the be-postcodes data for every postal code and village. Builds a new gazetteer on
 * each call (about 60 entries; cheap).
 */
export function createStarterGazetteer(): Gazetteer {
  return new Gazetteer({
    communes: STARTER_COMMUNES.map(toCommune),
    localities: STARTER_COMMUNES.map(toLocality),
  });
}
