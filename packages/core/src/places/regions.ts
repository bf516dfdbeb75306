import type { CodeLabels } from '../vocab/localized-text.js';
import { normalizePlaceName } from './normalize.js';

/** The three Belgian regions. */
export const REGIONS = ['wallonia', 'flanders', 'brussels'] as const;
/** A Belgian region. */
export type Region = (typeof REGIONS)[number];

/** French and English names of the regions. */
export const REGION_LABELS: CodeLabels<Region> = {
  wallonia: { fr: 'Wallonie', en: 'Wallonia' },
  flanders: { fr: 'Flandre', en: 'Flanders' },
  brussels: { fr: 'Bruxelles-Capitale', en: 'Brussels-Capital' },
};

/** REFNIS codes of the regions (Statbel). */
export const REGION_NIS: Readonly<Record<Region, string>> = {
  flanders: '02000',
  wallonia: '03000',
  brussels: '04000',
};

// Spellings met in the sources (Statbel fr/nl/de, GeoNames names and codes), by normalised key.
const REGION_BY_LABEL: ReadonlyMap<string, Region> = new Map(
  Object.entries({
    wallonia: [
      'wallonia',
      'wallonie',
      'région wallonne',
      'waals gewest',
      'wallonische region',
      'wal',
      '03000',
    ],
    flanders: ['flanders', 'flandre', 'région flamande', 'vlaams gewest', 'vlaanderen', 'vlg', '02000'],
    brussels: [
      'brussels',
      'bruxelles-capitale',
      'région de bruxelles-capitale',
      'brussels hoofdstedelijk gewest',
      'brussels-capital region',
      'bru',
      '04000',
    ],
  }).flatMap(([region, labels]) => labels.map((label) => [normalizePlaceName(label), region as Region])),
);

/**
 * The region named by a label, in any of the spellings the sources use (`Région wallonne`, `Wallonie`,
 * `WAL`, `Vlaams Gewest`, `04000`…), case and accents ignored; `undefined` if it names none.
 */
export function parseRegion(label: string): Region | undefined {
  return REGION_BY_LABEL.get(normalizePlaceName(label));
}

/**
 * The region of a REFNIS 2019+ commune, arrondissement or province code, read from its first digits:
 * 21 Brussels; 23, 24 and 20001 (Flemish Brabant), 1, 3, 4, 7 Flanders; 25 and 20002 (Walloon Brabant), 5, 6,
 * 8, 9 Wallonia.
 * `undefined` for codes outside that scheme (country and region codes included).
 */
export function regionOfNis(nis: string): Region | undefined {
  if (!/^\d{5}$/.test(nis)) return undefined;
  const two = nis.slice(0, 2);
  if (two === '21') return 'brussels';
  if (two === '23' || two === '24' || nis === '20001') return 'flanders';
  if (two === '25' || nis === '20002') return 'wallonia';
  switch (nis[0]) {
    case '1':
    case '3':
    case '4':
    case '7':
      return 'flanders';
    case '5':
    case '6':
    case '8':
    case '9':
      return 'wallonia';
    default:
      return undefined;
  }
}
