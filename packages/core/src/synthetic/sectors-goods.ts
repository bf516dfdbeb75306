import type { ContractType } from '../vocab/contract-types.js';
import type { LicenceCategory } from '../vocab/licences.js';
import type { Schedule } from '../vocab/work-conditions.js';
import type { SectorProfile } from './sector-profile.js';
import { B, DAY, NONE, list, profile } from './sector-profile.js';
import { weighted } from './weighted.js';

/** Sectors that move, make, build or grow things. */
export const GOODS_SECTOR_PROFILES: Readonly<
  Record<'logistics' | 'construction' | 'production' | 'driving' | 'horticulture', SectorProfile>
> = {
  logistics: profile({
    demand: 16,
    womenShare: 0.2,
    naceCodes: ['52.10', '52.24', '47.91'],
    nameStems: ['Logistique', 'Entrepôts', 'Distri-Center', 'Stock Service'],
    contractTypes: weighted<ContractType>([
      ['temporary_agency', 45],
      ['cdd', 20],
      ['cdi', 22],
      ['pfi', 10],
      ['article_60', 3],
    ]),
    schedules: weighted([
      [list<Schedule>('shifts'), 35],
      [list<Schedule>('night', 'shifts'), 20],
      [DAY, 25],
      [list<Schedule>('day', 'weekend'), 10],
      [list<Schedule>('night'), 10],
    ]),
    vehicleRequired: 0.05,
    frenchLevel: 'A2',
    upperSecondaryRequired: 0.05,
  }),
  construction: profile({
    demand: 12,
    womenShare: 0.05,
    naceCodes: ['41.20', '43.31', '43.32', '43.91'],
    nameStems: ['Construction', 'Bâtiments', 'Rénovation', 'Toitures'],
    contractTypes: weighted<ContractType>([
      ['cdi', 30],
      ['temporary_agency', 25],
      ['cdd', 15],
      ['pfi', 15],
      ['apprenticeship', 10],
      ['replacement', 5],
    ]),
    schedules: weighted([[DAY, 1]]),
    licences: weighted([
      [NONE, 60],
      [B, 40],
    ]),
    vehicleRequired: 0.2,
    frenchLevel: 'A2',
    upperSecondaryRequired: 0.05,
  }),
  production: profile({
    demand: 10,
    womenShare: 0.3,
    naceCodes: ['10.71', '10.89', '22.29', '25.62'],
    nameStems: ['Industries', 'Ateliers', 'Boulangerie industrielle', 'Plasturgie'],
    contractTypes: weighted<ContractType>([
      ['temporary_agency', 40],
      ['cdi', 25],
      ['cdd', 20],
      ['pfi', 10],
      ['apprenticeship', 5],
    ]),
    schedules: weighted([
      [list<Schedule>('shifts'), 50],
      [DAY, 25],
      [list<Schedule>('night', 'shifts'), 25],
    ]),
    vehicleRequired: 0.05,
    frenchLevel: 'A2',
    upperSecondaryRequired: 0.05,
  }),
  driving: profile({
    demand: 6,
    womenShare: 0.08,
    naceCodes: ['49.41', '49.31', '53.20'],
    nameStems: ['Transports', 'Express', 'Livraisons', 'Autocars'],
    contractTypes: weighted<ContractType>([
      ['cdi', 35],
      ['temporary_agency', 30],
      ['cdd', 20],
      ['pfi', 10],
      ['self_employed', 5],
    ]),
    schedules: weighted([
      [DAY, 50],
      [list<Schedule>('shifts'), 20],
      [list<Schedule>('day', 'weekend'), 15],
      [list<Schedule>('night'), 15],
    ]),
    licences: weighted([
      [list<LicenceCategory>('CE'), 35],
      [list<LicenceCategory>('C'), 30],
      [B, 25],
      [list<LicenceCategory>('D'), 10],
    ]),
    vehicleRequired: 0,
    frenchLevel: 'A2',
    upperSecondaryRequired: 0,
  }),
  horticulture: profile({
    demand: 4,
    womenShare: 0.3,
    naceCodes: ['81.30', '01.19', '01.30'],
    nameStems: ['Jardins', 'Parcs et Jardins', 'Pépinières', 'Espaces Verts'],
    contractTypes: weighted<ContractType>([
      ['cdd', 35],
      ['cdi', 20],
      ['article_60', 15],
      ['temporary_agency', 15],
      ['pfi', 10],
      ['self_employed', 5],
    ]),
    schedules: weighted([
      [DAY, 80],
      [list<Schedule>('day', 'weekend'), 20],
    ]),
    licences: weighted([
      [NONE, 50],
      [B, 35],
      [list<LicenceCategory>('G'), 15],
    ]),
    vehicleRequired: 0.3,
    frenchLevel: 'A2',
    upperSecondaryRequired: 0,
  }),
};
