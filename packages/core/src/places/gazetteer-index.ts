import { checkCommunes, checkLocalities } from './gazetteer-checks.js';
import { normalizePlaceName } from './normalize.js';
import type { Commune, CommuneInit, GazetteerData, Locality, PostalCodeInfo } from './place-types.js';
import { regionOfNis } from './regions.js';
import { adminAreaKey, freezeCoordinates, representativePoint, sharedValue } from './representative-point.js';

/** The lookup structures of a gazetteer, all built once and frozen. */
export interface GazetteerIndex {
  /** Communes by current REFNIS code. */
  readonly communesByNis: ReadonlyMap<string, Commune>;
  /** Communes by earlier NIS code (never shadows a current code). */
  readonly communesByFormerNis: ReadonlyMap<string, Commune>;
  /** Communes sorted by NIS code. */
  readonly communes: readonly Commune[];
  /** Postal codes, in ascending order. */
  readonly postalCodes: ReadonlyMap<string, PostalCodeInfo>;
  /** Localities sorted by postal code, then name. */
  readonly localities: readonly Locality[];
  /** Localities by normalised name. */
  readonly localitiesByName: ReadonlyMap<string, readonly Locality[]>;
  /** Communes by normalised French, Dutch or German name. */
  readonly communesByName: ReadonlyMap<string, readonly Commune[]>;
}

type Normalize = (name: string) => string;

const collator = new Intl.Collator('fr');
const byPostalCodeThenName = (a: Locality, b: Locality) =>
  a.postalCode.localeCompare(b.postalCode) || collator.compare(a.name, b.name);

/** Copies the properties whose value is not `undefined`, then freezes. */
function frozen<T extends object>(value: T): Readonly<T> {
  const copy: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) copy[key] = value[key];
  return Object.freeze(copy) as Readonly<T>;
}

/** {@link normalizePlaceName} with a cache: a build meets each name several times. */
function cachedNormalizer(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let key = cache.get(name);
    if (key === undefined) cache.set(name, (key = normalizePlaceName(name)));
    return key;
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function freezeCommune(init: CommuneInit, localities: readonly Locality[], normalize: Normalize): Commune {
  const names = [init.name, init.nameNl, init.nameDe].filter((n): n is string => n !== undefined);
  if (init.coordinates === undefined && localities.length === 0) {
    throw new RangeError(
      `Gazetteer: commune ${init.nis} has neither coordinates nor localities to place it.`,
    );
  }
  const former = new Set((init.formerNisCodes ?? []).filter((code) => code !== init.nis));
  const region = init.region ?? regionOfNis(init.nis);
  return frozen({
    ...init,
    region,
    arrondissement: init.arrondissement && frozen({ ...init.arrondissement }),
    province: region === 'brussels' ? undefined : init.province && frozen({ ...init.province }),
    coordinates: init.coordinates
      ? freezeCoordinates(init.coordinates)
      : representativePoint(localities, names, normalize),
    postalCodes: Object.freeze([...new Set(localities.map((l) => l.postalCode))].sort()),
    formerNisCodes: Object.freeze([...former].sort()),
  });
}

function freezeLocality(locality: Locality, commune: Commune | undefined): Locality {
  const own = commune === undefined;
  return frozen({
    name: locality.name,
    postalCode: locality.postalCode,
    coordinates: freezeCoordinates(locality.coordinates),
    communeNis: commune?.nis,
    arrondissement: own
      ? locality.arrondissement && frozen({ ...locality.arrondissement })
      : commune.arrondissement,
    province: own ? locality.province && frozen({ ...locality.province }) : commune.province,
    region: own ? locality.region : commune.region,
  });
}

function buildPostalCode(
  code: string,
  localities: readonly Locality[],
  communes: ReadonlyMap<string, Commune>,
  normalize: Normalize,
) {
  const linked = [...new Set(localities.map((l) => l.communeNis))].filter((nis) => nis !== undefined).sort();
  const names = localities.flatMap((l) => {
    const commune = l.communeNis === undefined ? undefined : communes.get(l.communeNis);
    return commune ? [commune.name, commune.nameNl ?? '', commune.nameDe ?? ''].filter(Boolean) : [];
  });
  return frozen<PostalCodeInfo>({
    postalCode: code,
    coordinates: representativePoint(localities, names, normalize),
    localities: Object.freeze([...localities]),
    communes: Object.freeze(linked.map((nis) => communes.get(nis)).filter((c) => c !== undefined)),
    arrondissement: sharedValue(localities, (l) => l.arrondissement, adminAreaKey),
    province: sharedValue(localities, (l) => l.province, adminAreaKey),
    region: sharedValue(
      localities,
      (l) => l.region,
      (region) => region,
    ),
  });
}

/** Checks the data (throwing on programmer errors) and builds every lookup structure. */
export function buildGazetteerIndex(data: GazetteerData): GazetteerIndex {
  const inits = checkCommunes(data);
  const normalize = cachedNormalizer();
  checkLocalities(data.localities, inits);
  const sortedInput = [...data.localities].sort(byPostalCodeThenName);
  const localitiesOfCommune = new Map<string, Locality[]>();
  for (const l of sortedInput) if (l.communeNis !== undefined) pushTo(localitiesOfCommune, l.communeNis, l);

  const nisCodes = [...inits.keys()].sort();
  const communesByNis = new Map<string, Commune>();
  for (const nis of nisCodes) {
    communesByNis.set(
      nis,
      freezeCommune(inits.get(nis) as CommuneInit, localitiesOfCommune.get(nis) ?? [], normalize),
    );
  }
  const localities = sortedInput.map((l) =>
    freezeLocality(l, l.communeNis ? communesByNis.get(l.communeNis) : undefined),
  );

  const byCode = new Map<string, Locality[]>();
  for (const l of localities) pushTo(byCode, l.postalCode, l);
  const postalCodes = new Map<string, PostalCodeInfo>();
  for (const [code, list] of byCode)
    postalCodes.set(code, buildPostalCode(code, list, communesByNis, normalize));

  const communes = Object.freeze([...communesByNis.values()]);
  return {
    communesByNis,
    communesByFormerNis: indexFormerNis(communes, communesByNis),
    communes,
    postalCodes,
    localities: Object.freeze(localities),
    localitiesByName: indexByName(localities, (l) => [l.name], normalize),
    communesByName: indexByName(communes, (c) => [c.name, c.nameNl, c.nameDe], normalize),
  };
}

function indexFormerNis(communes: readonly Commune[], current: ReadonlyMap<string, Commune>) {
  const map = new Map<string, Commune>();
  for (const commune of communes) {
    for (const code of commune.formerNisCodes)
      if (!current.has(code) && !map.has(code)) map.set(code, commune);
  }
  return map;
}

function indexByName<T>(
  items: readonly T[],
  names: (item: T) => readonly (string | undefined)[],
  normalize: Normalize,
) {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const keys = new Set(
      names(item)
        .filter((n) => n !== undefined)
        .map(normalize),
    );
    for (const key of keys) pushTo(map, key, item);
  }
  for (const list of map.values()) Object.freeze(list);
  return map as ReadonlyMap<string, readonly T[]>;
}
