import type { CodeLabels } from './localized-text.js';

/** EU driving licence categories (Directive 2006/126/EC) and Belgium's national category G (tractors). */
export const LICENCE_CATEGORIES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
  'G',
] as const;

/** A driving licence category. */
export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];

/** Labels of the licence categories. */
export const LICENCE_LABELS: CodeLabels<LicenceCategory> = {
  AM: { fr: 'AM (cyclomoteur)', en: 'AM (moped)' },
  A1: { fr: 'A1 (moto légère)', en: 'A1 (light motorcycle)' },
  A2: { fr: 'A2 (moto moyenne)', en: 'A2 (medium motorcycle)' },
  A: { fr: 'A (moto)', en: 'A (motorcycle)' },
  B: { fr: 'B (voiture)', en: 'B (car)' },
  BE: { fr: 'BE (voiture avec remorque)', en: 'BE (car with trailer)' },
  C1: { fr: 'C1 (camion léger)', en: 'C1 (light truck)' },
  C1E: { fr: 'C1E (camion léger avec remorque)', en: 'C1E (light truck with trailer)' },
  C: { fr: 'C (camion)', en: 'C (truck)' },
  CE: { fr: 'CE (camion avec remorque)', en: 'CE (truck with trailer)' },
  D1: { fr: 'D1 (minibus)', en: 'D1 (minibus)' },
  D1E: { fr: 'D1E (minibus avec remorque)', en: 'D1E (minibus with trailer)' },
  D: { fr: 'D (autobus)', en: 'D (bus)' },
  DE: { fr: 'DE (autobus avec remorque)', en: 'DE (bus with trailer)' },
  G: { fr: 'G (tracteur agricole)', en: 'G (agricultural tractor)' },
};

/** Categories each category also entitles its holder to drive (Directive 2006/126/EC art. 6 equivalences). */
const DIRECTLY_IMPLIED: Readonly<Record<LicenceCategory, readonly LicenceCategory[]>> = {
  AM: [],
  A1: ['AM'],
  A2: ['A1'],
  A: ['A2'],
  B: ['AM'],
  BE: ['B'],
  C1: ['B'],
  C1E: ['C1', 'BE'],
  C: ['C1'],
  CE: ['C', 'C1E'],
  D1: ['B'],
  D1E: ['D1', 'BE'],
  D: ['D1'],
  DE: ['D', 'D1E'],
  G: [],
};

/** All categories a set of held categories entitles its holder to drive, the held ones included. */
export function expandLicences(held: Iterable<LicenceCategory>): Set<LicenceCategory> {
  const result = new Set<LicenceCategory>();
  const stack = [...held];
  while (stack.length > 0) {
    const category = stack.pop() as LicenceCategory;
    if (result.has(category)) continue;
    result.add(category);
    stack.push(...DIRECTLY_IMPLIED[category]);
  }
  return result;
}
