import type { Employer } from '../model/employer.js';
import type { EmployerSize } from '../vocab/accompaniment-codes.js';
import type { SeededRandom } from './random.js';
import { weighted } from './weighted.js';
import type { PlaceSlot, SectorSlot, World } from './world.js';

const SURNAMES = [
  'Dupont',
  'Lambert',
  'Dubois',
  'Martin',
  'Leclercq',
  'Lejeune',
  'Renard',
  'Simon',
  'Laurent',
  'Mathieu',
  'Collard',
  'Gilson',
  'Hubert',
  'Lemaire',
  'Denis',
  'Pirard',
  'Marchal',
  'Jacquet',
  'François',
  'Henrard',
];
const LEGAL_FORMS = weighted([
  [' SRL', 55],
  [' SA', 20],
  [' SC', 5],
  [' ASBL', 10],
  ['', 10],
]);
const SIZE = weighted<EmployerSize>([
  ['micro', 35],
  ['small', 35],
  ['medium', 22],
  ['large', 8],
]);

/** The employers of a dataset and the lookups that contracts and offers draw them from. */
export interface EmployerPool {
  readonly employers: Employer[];
  /** Regular employers (not CPAS), in order; index i is `employers[cpasCount + i]`. */
  readonly regular: readonly Employer[];
  /** Regular employers' places, Mire and sector, by regular index. */
  readonly regularPlace: readonly PlaceSlot[];
  readonly regularSector: Uint8Array;
  /** A regular employer of a sector in a Mire (falling back to the sector anywhere, then to a CPAS). */
  pick(random: SeededRandom, mireIndex: number, sectorIndex: number, home: PlaceSlot): Employer;
  /** The CPAS of the commune of a place (employer of article 60 contracts). */
  cpasOf(place: PlaceSlot): Employer;
}

/** A valid Belgian enterprise number: 10 digits, the last two the modulo-97 check of the first eight. */
export function drawEnterpriseNumber(random: SeededRandom): string {
  const body = 2_000_000 + random.int(18_000_000);
  const check = 97 - (body % 97);
  return String(body).padStart(8, '0') + String(check).padStart(2, '0');
}

/** Generates one CPAS per commune, then `count` regular employers spread over Mire and sectors. */
export function generateEmployers(random: SeededRandom, world: World, count: number): EmployerPool {
  const cpasByNis = generateCpas(random, world);
  const regular: Employer[] = [];
  const regularPlace: PlaceSlot[] = [];
  const regularSector = new Uint8Array(count);
  const sectors = world.sectors.length;
  const buckets: number[][] = Array.from({ length: world.mires.length * sectors }, () => []);
  const bySector: number[][] = world.sectors.map(() => []);
  const width = Math.max(5, String(count).length);
  for (let i = 0; i < count; i++) {
    const mire = world.mirePicker.pick(random);
    const place = mire.placePicker.pick(random);
    const sector = world.sectorPickers.offer.pick(random);
    regular.push(
      drawEmployer(random, `emp-${String(i + 1).padStart(width, '0')}`, place, sector, mire.mire.id),
    );
    regularPlace.push(place);
    regularSector[i] = sector.index;
    buckets[mire.index * sectors + sector.index]?.push(i);
    bySector[sector.index]?.push(i);
  }
  const cpasOf = (place: PlaceSlot) => cpasByNis.get(place.place.nisCode) as Employer;
  return {
    employers: [...cpasByNis.values(), ...regular],
    regular,
    regularPlace,
    regularSector,
    cpasOf,
    pick(random, mireIndex, sectorIndex, home) {
      const local = buckets[mireIndex * sectors + sectorIndex] ?? [];
      const list = local.length > 0 && random.chance(0.9) ? local : (bySector[sectorIndex] ?? []);
      return list.length > 0 ? (regular[random.pick(list)] as Employer) : cpasOf(home);
    },
  };
}

function drawEmployer(
  random: SeededRandom,
  id: string,
  place: PlaceSlot,
  sector: SectorSlot,
  mireId: string,
) {
  const stem = random.pick(sector.profile.nameStems);
  const owner = random.chance(0.7) ? random.pick(SURNAMES) : place.place.name;
  const employer: Employer = {
    id,
    name: `${stem} ${owner}${LEGAL_FORMS.pick(random)}`,
    naceCode: random.pick(sector.profile.naceCodes),
    size: SIZE.pick(random),
    place: place.ref,
    mireId,
  };
  if (random.chance(0.9)) employer.enterpriseNumber = drawEnterpriseNumber(random);
  return employer;
}

// Article 60 §7 contracts are signed with the CPAS of the person's commune.
function generateCpas(random: SeededRandom, world: World): Map<string, Employer> {
  const cpasByNis = new Map<string, Employer>();
  for (const slot of world.places) {
    if (cpasByNis.has(slot.place.nisCode)) continue;
    cpasByNis.set(slot.place.nisCode, {
      id: `cpas-${slot.place.nisCode}`,
      name: `CPAS de ${slot.place.name}`,
      enterpriseNumber: drawEnterpriseNumber(random),
      naceCode: '88.99',
      size: slot.place.weight >= 50 ? 'large' : 'medium',
      place: slot.ref,
      mireId: world.mires[slot.mireIndex]?.mire.id ?? '',
    });
  }
  return cpasByNis;
}
