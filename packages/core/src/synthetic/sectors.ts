import type { SyntheticSector } from './catalogue.js';
import type { SectorProfile } from './sector-profile.js';
import { GOODS_SECTOR_PROFILES } from './sectors-goods.js';
import { SERVICE_SECTOR_PROFILES } from './sectors-services.js';

/** The profile of every sector. */
export const SECTOR_PROFILES: Readonly<Record<SyntheticSector, SectorProfile>> = {
  ...GOODS_SECTOR_PROFILES,
  ...SERVICE_SECTOR_PROFILES,
};
