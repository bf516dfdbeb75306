import type { SyntheticSector } from './catalogue.js';

// ISCO-08 prefixes, longest first wins: unit groups that sit in another sector than their parent.
const BY_PREFIX: readonly (readonly [string, SyntheticSector])[] = [
  ['4321', 'logistics'], // stock clerks
  ['5244', 'office'], // contact-centre salespersons
  ['5151', 'cleaning'], // cleaning and housekeeping supervisors
  ['8344', 'logistics'], // lifting-truck operators
  ['9321', 'logistics'], // hand packers
  ['9333', 'logistics'], // freight handlers
  ['9334', 'retail'], // shelf fillers
  ['931', 'construction'], // mining and construction labourers
  ['932', 'production'], // manufacturing labourers
  ['941', 'catering'], // food preparation assistants
  ['51', 'catering'], // cooks, waiters, bartenders
  ['52', 'retail'], // sales workers
  ['53', 'care'], // personal care workers
  ['61', 'horticulture'], // market gardeners and crop growers
  ['71', 'construction'], // building trades
  ['72', 'production'], // metal and machinery trades
  ['75', 'production'], // food processing and other crafts
  ['81', 'production'], // stationary plant and machine operators
  ['82', 'production'], // assemblers
  ['83', 'driving'], // drivers and mobile plant operators
  ['91', 'cleaning'], // cleaners and helpers
  ['92', 'horticulture'], // agricultural labourers
  ['4', 'office'], // clerical support workers
];

/**
 * The synthetic sector of an ISCO-08 group (1 to 4 digits), or undefined for occupations outside the
 * Mire's usual sectors (managers, professionals, technicians…).
 */
export function sectorOfIscoGroup(code: string | undefined): SyntheticSector | undefined {
  if (code === undefined) return undefined;
  for (const [prefix, sector] of BY_PREFIX) if (code.startsWith(prefix)) return sector;
  return undefined;
}
