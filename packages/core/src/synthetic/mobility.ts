import type { CommuteLimit } from '../model/candidate.js';
import type { LicenceCategory } from '../vocab/licences.js';
import type { TransportMode } from '../vocab/work-conditions.js';
import type { SyntheticSector } from './catalogue.js';
import type { SyntheticRates } from './options.js';
import type { SeededRandom } from './random.js';
import { sharedList } from './shared-values.js';
import { weighted } from './weighted.js';

/** Licences, vehicle and accepted commutes of a person. */
export interface Mobility {
  readonly licences: readonly LicenceCategory[];
  readonly hasVehicle: boolean;
  readonly commute: readonly CommuteLimit[];
}

/** Who the licence share is adjusted for: the young and newcomers hold fewer licences. */
export type MobilityGroup = 'adult' | 'young' | 'newcomer';
// Multipliers of the licence-B rate; with the default population mix they average about 1.
const LICENCE_FACTOR: Readonly<Record<MobilityGroup, number>> = { adult: 1.17, young: 0.62, newcomer: 0.45 };

const limit = (mode: TransportMode, maxMinutes?: number, maxKm?: number): CommuteLimit =>
  Object.freeze({
    mode,
    ...(maxMinutes !== undefined ? { maxMinutes } : {}),
    ...(maxKm !== undefined ? { maxKm } : {}),
  });
const PUBLIC_TRANSPORT = weighted([
  [limit('public_transport', 45), 25],
  [limit('public_transport', 60), 40],
  [limit('public_transport', 75), 10],
  [limit('public_transport', 90), 15],
  [limit('public_transport', 60, 30), 10],
]);
const CAR = weighted([
  [limit('car', 30), 25],
  [limit('car', 45), 30],
  [limit('car', 60), 15],
  [limit('car', undefined, 25), 15],
  [limit('car', undefined, 40), 10],
  [limit('car', 45, 50), 5],
]);
const BIKE = weighted([
  [limit('bike', undefined, 5), 40],
  [limit('bike', undefined, 10), 40],
  [limit('bike', 30, 15), 20],
]);
const WALK = weighted([
  [limit('walk', 15), 30],
  [limit('walk', 20), 40],
  [limit('walk', 30, 2.5), 30],
]);
const HEAVY = weighted<LicenceCategory[]>([
  [['C'], 35],
  [['C', 'CE'], 35],
  [['D'], 15],
  [[], 15],
]);

// A few hundred distinct commute lists serve every candidate (the limits themselves are shared): each
// list is found by the limits' positions in LIMIT_IDS, without building a key string.
const commutes = new Map<number, readonly CommuteLimit[]>();
let LIMIT_IDS: Map<CommuteLimit, number> | undefined;
function sharedCommute(limits: CommuteLimit[]): readonly CommuteLimit[] {
  LIMIT_IDS ??= new Map(
    [PUBLIC_TRANSPORT, CAR, BIKE, WALK].flatMap((picker) => picker.items).map((item, i) => [item, i + 1]),
  );
  let key = 0;
  for (const item of limits) key = key * 64 + (LIMIT_IDS.get(item) ?? 0);
  let value = commutes.get(key);
  if (value === undefined) {
    value = Object.freeze(limits);
    commutes.set(key, value);
  }
  return value;
}

/** Draws licences, vehicle and commute limits; drivers-to-be hold licence B and often C or D. */
export function drawMobility(
  random: SeededRandom,
  rates: SyntheticRates,
  group: MobilityGroup,
  sector: SyntheticSector,
): Mobility {
  const wantsToDrive = sector === 'driving';
  const hasB = wantsToDrive
    ? random.chance(0.95)
    : random.chance(Math.min(0.97, rates.licenceB * LICENCE_FACTOR[group]));
  const licences: LicenceCategory[] = [];
  if (hasB) {
    licences.push('B');
    if (random.chance(0.06)) licences.push('BE');
    if (wantsToDrive) licences.push(...HEAVY.pick(random));
  } else if (random.chance(0.04)) {
    licences.push('AM');
  }
  if (sector === 'horticulture' && random.chance(0.15)) licences.push('G');
  const hasVehicle = hasB && random.chance(rates.vehicleAmongLicensed);
  const commute: CommuteLimit[] = [PUBLIC_TRANSPORT.pick(random)];
  if (hasVehicle) commute.push(CAR.pick(random));
  if (random.chance(0.12)) commute.push(BIKE.pick(random));
  if (random.chance(0.1)) commute.push(WALK.pick(random));
  return { licences: sharedList(licences), hasVehicle, commute: sharedCommute(commute) };
}
