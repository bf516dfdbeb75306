import fc from 'fast-check';
import {
  SKILL_LEVELS,
  type Candidate,
  type JobOffer,
  type PlaceRef,
  type SpokenLanguage,
} from '@passerelle/core';
import type { MatchingConfigInput } from '../src/config/config.js';
import { candidate, offer } from './pairs.js';
import { OCCUPATIONS, OTHER_TRADE_SKILLS, SKILLS, skillId } from './starter.js';

/**
 * Pools built to sit on the edge of the indexes' pruning: profiles that hold the skills asked, related ones
 * (same group) or only skills of other trades, most of them at the same place, wanting the same occupation and
 * speaking the language, so that many score exactly the bound a profile without a common skill can reach,
 * and ties at that bound are common. Constraints are off: nothing hides a profile.
 */

/** One skill per group: material handling, warehouse, packaging. */
const ASKED = [SKILLS.forklift, SKILLS.pickOrders, SKILLS.packGoods];
const RELATED = [
  SKILLS.reachTruck,
  SKILLS.palletTruck,
  SKILLS.stackGoods,
  skillId('tend packaging machines'),
];
const ALL = [...ASKED, ...RELATED, ...OTHER_TRADE_SKILLS];

const WORKPLACE: PlaceRef = { postalCode: '6000' };
const ELSEWHERE: PlaceRef[] = [{ postalCode: '6200' }, { postalCode: '5000' }];

const arbSkillIds = (pool: readonly string[], maxLength: number) =>
  fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength });
const arbLevel = fc.constantFrom(...SKILL_LEVELS);
/** Mostly skills of other trades, so that most profiles are found by no posting. */
const arbProfileSkills = fc.oneof(
  { weight: 1, arbitrary: fc.constant<string[]>([]) },
  { weight: 2, arbitrary: arbSkillIds(OTHER_TRADE_SKILLS, 2) },
  { weight: 1, arbitrary: arbSkillIds(RELATED, 2) },
  { weight: 1, arbitrary: arbSkillIds(ALL, 3) },
);

const arbPlace = fc.oneof(
  { weight: 3, arbitrary: fc.constant(WORKPLACE) },
  { weight: 1, arbitrary: fc.constantFrom(...ELSEWHERE) },
);
const arbWants = fc.constantFrom<string[]>(
  [OCCUPATIONS.forkliftOperator],
  [OCCUPATIONS.forkliftOperator],
  [OCCUPATIONS.cashier],
  [],
);
const arbSpeaks = fc.constantFrom<SpokenLanguage[]>([{ code: 'fr', level: 'native' }], []);

/**
 * Weights with skills first, related skills earning nothing sometimes; every constraint off but the must-have skills,
 * in any mode (hard: the rarest required skill's lists are the only ones walked; soft: bounds carry the penalty).
 */
export const arbEdgeConfig: fc.Arbitrary<MatchingConfigInput> = fc
  .record({
    weights: fc.record({
      skills: fc.constantFrom(1, 2, 4),
      occupation: fc.constantFrom(0, 0.5, 1),
      geography: fc.constantFrom(0, 0.5, 1),
      languages: fc.constantFrom(0, 0.5, 1),
    }),
    relatedCredit: fc.constantFrom(0, 0.4),
    mustHave: fc.record({
      mode: fc.constantFrom('off' as const, 'off' as const, 'soft' as const, 'hard' as const),
      penalty: fc.constantFrom(0, 0.3, 1),
    }),
  })
  .map(({ weights, relatedCredit, mustHave }) => ({
    weights,
    skills: { relatedCredit },
    constraints: Object.fromEntries(
      [
        'commute',
        'licence',
        'vehicle',
        'schedule',
        'hours',
        'contractType',
        'availability',
        'languages',
        'education',
        'workPermit',
      ]
        .map((id) => [id, { mode: 'off' }])
        .concat([['mustHaveSkills', mustHave]]),
    ),
  }));

/** Ids `p-00` … `p-29`, for pools of up to 30 profiles. */
const EDGE_IDS = Array.from({ length: 30 }, (_, i) => `p-${String(i).padStart(2, '0')}`);

/** One candidate of the edge pools, with an id from `ids`. */
export const arbEdgeCandidateWith = (ids: readonly string[]): fc.Arbitrary<Candidate> =>
  fc
    .record({
      id: fc.constantFrom(...ids),
      skills: arbProfileSkills,
      level: arbLevel,
      home: arbPlace,
      wants: arbWants,
      speaks: arbSpeaks,
    })
    .map((d) =>
      candidate({
        id: d.id,
        skills: d.skills.map((id) => ({ id, level: d.level })),
        home: d.home,
        wantedOccupations: d.wants,
        languages: d.speaks,
        commute: [],
      }),
    );

/** Candidates of the edge pools, with distinct ids. */
export const arbEdgeCandidates: fc.Arbitrary<Candidate[]> = fc.uniqueArray(arbEdgeCandidateWith(EDGE_IDS), {
  selector: (c) => c.id,
  maxLength: 20,
});

/** An offer asking for some of the skills of {@link ASKED}, at the workplace. */
export const arbEdgeOffer = (ids: readonly string[] = ['o-query']): fc.Arbitrary<JobOffer> =>
  fc
    .record({
      id: fc.constantFrom(...ids),
      skills: arbSkillIds(ASKED, 3),
      level: arbLevel,
      place: arbPlace,
      wanted: fc.boolean(),
    })
    .map(({ id, skills, level, place, wanted }) =>
      offer({
        id,
        requiredSkills: skills.map((skill) => ({ id: skill, minLevel: level })),
        wantedSkills: wanted ? [{ id: RELATED[0] as string, minLevel: 1 }] : [],
        place,
        languages: [{ code: 'fr', minLevel: 'B1', required: false }],
      }),
    );

/** One offer of the edge pools, asking for skills like the candidates hold them, with an id from `ids`. */
export const arbEdgeOfferWith = (ids: readonly string[]): fc.Arbitrary<JobOffer> =>
  fc
    .record({
      id: fc.constantFrom(...ids),
      skills: arbProfileSkills,
      level: arbLevel,
      place: arbPlace,
      occupation: fc.constantFrom(OCCUPATIONS.forkliftOperator, OCCUPATIONS.cashier),
    })
    .map((d) =>
      offer({
        id: d.id,
        requiredSkills: d.skills.map((id) => ({ id, minLevel: d.level })),
        wantedSkills: [],
        place: d.place,
        // Without skills and occupation, the skills criterion does not apply: such offers must always be scored.
        occupation: d.skills.length > 0 ? d.occupation : undefined,
        languages: [{ code: 'fr', minLevel: 'B1', required: false }],
      }),
    );

/** Offers of the edge pools, with distinct ids. */
export const arbEdgeOffers: fc.Arbitrary<JobOffer[]> = fc.uniqueArray(arbEdgeOfferWith(EDGE_IDS), {
  selector: (o) => o.id,
  maxLength: 20,
});

/** A candidate holding some of the skills of {@link ASKED}, for ranking the edge offers. */
export const arbEdgeCandidate: fc.Arbitrary<Candidate> = fc
  .record({ skills: arbSkillIds(ASKED, 3), level: arbLevel })
  .map(({ skills, level }) =>
    candidate({ id: 'c-query', skills: skills.map((id) => ({ id, level })), home: WORKPLACE, commute: [] }),
  );
