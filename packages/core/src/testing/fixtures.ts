import type { Candidate } from '../model/candidate.js';
import type { Employer } from '../model/employer.js';
import type { JobOffer } from '../model/job-offer.js';
import type { CandidateRecord, ProtectedAttributes } from '../model/protected-attributes.js';

/**
 * Tiny hand-written records for unit tests of other packages. Each call returns a fresh object, so a
 * test may change it; `overrides` replace top-level fields. The fixture candidate meets every requirement
 * of the fixture offer (skills, French, licence, schedule, hours, contract type, distance: Marcinelle to
 * Gosselies, both in Charleroi, about 10 km), so a test can break one requirement at a time.
 */

/** A forklift driver from Charleroi: CE1D, French native, licence B without a car, 19–38 h, day or shifts. */
export function fixtureCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: 'cand-001',
    home: {
      postalCode: '6001',
      nisCode: '52011',
      coordinates: { lat: 50.3906, lon: 4.4279 },
      locality: 'Marcinelle',
    },
    education: { isced: 2, diploma: 'ce1d' },
    unemployedSince: '2024-03-01',
    skills: [
      { id: 'sk-forklift', level: 3, years: 2 },
      { id: 'sk-order-picking', level: 2 },
      { id: 'sk-teamwork', level: 2 },
    ],
    wantedOccupations: ['oc-warehouse-worker'],
    languages: [{ code: 'fr', level: 'native' }],
    licences: ['B'],
    hasVehicle: false,
    commute: [{ mode: 'public_transport', maxMinutes: 60 }],
    availableFrom: '2026-01-05',
    hoursPerWeek: { min: 19, max: 38 },
    schedules: ['day', 'shifts'],
    contractTypes: [],
    workPermit: 'not_required',
    mireId: 'mirec',
    counsellorId: 'mirec-c1',
    programmes: ['mire'],
    ...overrides,
  };
}

/** The fixture candidate's protected attributes: a man born in 1988, Belgian, no disclosure refused. */
export function fixtureProtectedAttributes(
  overrides: Partial<ProtectedAttributes> = {},
): ProtectedAttributes {
  return {
    candidateId: 'cand-001',
    gender: 'man',
    birthDate: '1988-06-15',
    nationality: 'BE',
    foreignBackground: 'no',
    newcomer: 'no',
    refugee: 'no',
    disability: 'no',
    ...overrides,
  };
}

/** The fixture candidate with their protected attributes kept apart. */
export function fixtureCandidateRecord(): CandidateRecord {
  return { candidate: fixtureCandidate(), protectedAttributes: fixtureProtectedAttributes() };
}

/** A logistics employer in Gosselies (Charleroi), with a valid enterprise number. */
export function fixtureEmployer(overrides: Partial<Employer> = {}): Employer {
  return {
    id: 'emp-001',
    name: 'Logistique Dupont SRL',
    enterpriseNumber: '0403170701',
    naceCode: '52.10',
    size: 'medium',
    place: {
      postalCode: '6041',
      nisCode: '52011',
      coordinates: { lat: 50.4667, lon: 4.4333 },
      locality: 'Gosselies',
    },
    mireId: 'mirec',
    ...overrides,
  };
}

/** A forklift driver's job at the fixture employer: interim, shifts, 38 h, French B1, forklift level 2. */
export function fixtureJobOffer(overrides: Partial<JobOffer> = {}): JobOffer {
  return {
    id: 'off-001',
    employerId: 'emp-001',
    title: 'Cariste (H/F/X)',
    occupation: 'oc-warehouse-worker',
    requiredSkills: [{ id: 'sk-forklift', minLevel: 2 }],
    wantedSkills: [{ id: 'sk-order-picking', minLevel: 1 }],
    languages: [{ code: 'fr', minLevel: 'B1', required: true }],
    licences: [],
    vehicleRequired: false,
    place: {
      postalCode: '6041',
      nisCode: '52011',
      coordinates: { lat: 50.4667, lon: 4.4333 },
      locality: 'Gosselies',
    },
    schedules: ['shifts'],
    hoursPerWeek: { min: 38, max: 38 },
    contractType: 'temporary_agency',
    durationMonths: 3,
    startDate: '2026-02-02',
    positions: 2,
    status: 'open',
    publishedOn: '2026-01-05',
    closesOn: '2026-01-31',
    mireId: 'mirec',
    ...overrides,
  };
}
