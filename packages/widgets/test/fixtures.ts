// Small hand-made records for the browser tests, typed with core's types.
import type { Candidate, CandidateRecord, JobOffer } from '@passerelle/core';

export const CANDIDATE: Candidate = {
  id: 'cand-001',
  home: { postalCode: '4000', locality: 'Liège' },
  education: { isced: 3 },
  skills: [
    { id: 'skill-forklift', level: 3 },
    { id: 'skill-stock', level: 2 },
  ],
  wantedOccupations: ['occ-warehouse'],
  languages: [
    { code: 'fr', level: 'native' },
    { code: 'nl', level: 'A2' },
  ],
  licences: ['B'],
  hasVehicle: true,
  commute: [{ mode: 'car', maxMinutes: 40 }],
  availableFrom: '2026-01-05',
  hoursPerWeek: { min: 30, max: 38 },
  schedules: ['day', 'evening'],
  contractTypes: [],
  workPermit: 'not_required',
  mireId: 'mire-liege',
  programmes: ['newcomers'],
};

/** The same person with protected attributes that no widget may show. */
export const CANDIDATE_RECORD = {
  candidate: CANDIDATE,
  protected: {
    gender: 'female',
    birthDate: '1999-04-12',
    nationality: 'SY',
    refugee: true,
    disability: 'declared',
  },
} as unknown as CandidateRecord;

export const TAXONOMY = {
  skills: [
    {
      id: 'skill-forklift',
      labels: {
        fr: { preferred: 'conduire un chariot élévateur', alt: ['cariste'] },
        en: { preferred: 'operate forklift', alt: [] },
      },
    },
    {
      id: 'skill-stock',
      labels: { fr: { preferred: 'gérer les stocks', alt: [] }, en: { preferred: 'manage stock', alt: [] } },
    },
    {
      id: 'skill-weld',
      labels: { fr: { preferred: 'souder', alt: ['soudure'] }, en: { preferred: 'weld', alt: ['welding'] } },
    },
  ],
  occupations: [
    {
      id: 'occ-warehouse',
      labels: { fr: { preferred: 'magasinier', alt: [] }, en: { preferred: 'warehouse worker', alt: [] } },
    },
  ],
};

export const OFFER: JobOffer = {
  id: 'offer-01',
  employerId: 'emp-01',
  title: 'Cariste (H/F)',
  occupation: 'occ-warehouse',
  requiredSkills: [{ id: 'skill-forklift', minLevel: 2 }],
  wantedSkills: [{ id: 'skill-stock', minLevel: 1 }],
  languages: [{ code: 'fr', minLevel: 'B1', required: true }],
  licences: [],
  vehicleRequired: false,
  place: { postalCode: '4040', locality: 'Herstal' },
  schedules: ['day'],
  hoursPerWeek: { min: 38, max: 38 },
  contractType: 'cdi',
  positions: 2,
  status: 'open',
  publishedOn: '2025-11-02',
  closesOn: '2025-12-31',
};
