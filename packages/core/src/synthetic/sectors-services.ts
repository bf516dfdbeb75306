import type { ContractType } from '../vocab/contract-types.js';
import type { Schedule } from '../vocab/work-conditions.js';
import type { SectorProfile } from './sector-profile.js';
import { B, DAY, FULL_TIME, NONE, hours, list, profile } from './sector-profile.js';
import { weighted } from './weighted.js';

/** Sectors that serve people: cleaning, shops, catering, care and offices. */
export const SERVICE_SECTOR_PROFILES: Readonly<
  Record<'cleaning' | 'retail' | 'catering' | 'care' | 'office', SectorProfile>
> = {
  cleaning: profile({
    demand: 14,
    womenShare: 0.8,
    naceCodes: ['81.21', '81.22', '88.10'],
    nameStems: ['Net Service', 'Clean', 'Titres-Services', 'Aide Ménagère'],
    contractTypes: weighted<ContractType>([
      ['service_vouchers', 40],
      ['cdi', 20],
      ['cdd', 15],
      ['temporary_agency', 10],
      ['article_60', 10],
      ['pfi', 5],
    ]),
    schedules: weighted([
      [DAY, 40],
      [list<Schedule>('evening'), 25],
      [list<Schedule>('day', 'evening'), 20],
      [list<Schedule>('day', 'weekend'), 15],
    ]),
    hours: weighted([
      [hours(19, 25), 30],
      [hours(25, 30), 30],
      [hours(10, 19), 20],
      [FULL_TIME, 20],
    ]),
    licences: weighted([
      [NONE, 70],
      [B, 30],
    ]),
    vehicleRequired: 0.25,
    frenchLevel: 'A2',
    upperSecondaryRequired: 0,
  }),
  retail: profile({
    demand: 12,
    womenShare: 0.6,
    naceCodes: ['47.11', '47.19', '47.71'],
    nameStems: ['Supermarché', 'Magasin', 'Boutique', 'Marché'],
    contractTypes: weighted<ContractType>([
      ['cdd', 35],
      ['cdi', 25],
      ['temporary_agency', 10],
      ['replacement', 10],
      ['pfi', 10],
      ['flexi_job', 5],
      ['apprenticeship', 5],
    ]),
    schedules: weighted([
      [list<Schedule>('day', 'weekend'), 55],
      [DAY, 30],
      [list<Schedule>('day', 'evening', 'weekend'), 15],
    ]),
    hours: weighted([
      [FULL_TIME, 35],
      [hours(19, 30), 40],
      [hours(25, 30), 25],
    ]),
    vehicleRequired: 0.02,
    frenchLevel: 'B1',
    upperSecondaryRequired: 0.1,
  }),
  catering: profile({
    demand: 11,
    womenShare: 0.5,
    naceCodes: ['56.10', '56.21', '56.30', '55.10'],
    nameStems: ['Brasserie', 'Restaurant', 'Traiteur', 'Hôtel'],
    contractTypes: weighted<ContractType>([
      ['cdd', 30],
      ['cdi', 20],
      ['flexi_job', 15],
      ['temporary_agency', 10],
      ['pfi', 10],
      ['apprenticeship', 10],
      ['article_60', 5],
    ]),
    schedules: weighted([
      [list<Schedule>('evening', 'weekend'), 40],
      [list<Schedule>('day', 'evening', 'weekend'), 35],
      [DAY, 25],
    ]),
    hours: weighted([
      [FULL_TIME, 40],
      [hours(19, 30), 30],
      [hours(10, 19), 30],
    ]),
    vehicleRequired: 0.05,
    frenchLevel: 'B1',
    upperSecondaryRequired: 0.02,
  }),
  care: profile({
    demand: 10,
    womenShare: 0.8,
    naceCodes: ['87.10', '87.30', '88.10', '86.10'],
    nameStems: ['Maison de repos', 'Résidence', 'Aide à domicile', 'Crèche'],
    contractTypes: weighted<ContractType>([
      ['cdd', 30],
      ['cdi', 25],
      ['article_60', 20],
      ['replacement', 15],
      ['pfi', 5],
      ['temporary_agency', 5],
    ]),
    schedules: weighted([
      [list<Schedule>('shifts', 'weekend'), 40],
      [DAY, 20],
      [list<Schedule>('night', 'shifts', 'weekend'), 20],
      [list<Schedule>('day', 'weekend'), 20],
    ]),
    licences: weighted([
      [NONE, 75],
      [B, 25],
    ]),
    vehicleRequired: 0.2,
    frenchLevel: 'B1',
    upperSecondaryRequired: 0.3,
  }),
  office: profile({
    demand: 5,
    womenShare: 0.65,
    naceCodes: ['82.11', '82.20', '69.20'],
    nameStems: ['Bureau', 'Secrétariat', 'Call Center', 'Fiduciaire'],
    contractTypes: weighted<ContractType>([
      ['cdd', 30],
      ['cdi', 30],
      ['replacement', 15],
      ['pfi', 10],
      ['temporary_agency', 10],
      ['article_60', 5],
    ]),
    schedules: weighted([[DAY, 1]]),
    vehicleRequired: 0.02,
    frenchLevel: 'B2',
    upperSecondaryRequired: 0.6,
  }),
};
