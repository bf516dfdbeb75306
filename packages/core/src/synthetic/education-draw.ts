import type { Education } from '../model/candidate.js';
import type { BelgianDiploma, IscedLevel } from '../vocab/education.js';
import { BELGIAN_DIPLOMAS, BELGIAN_DIPLOMA_ISCED, ISCED_LEVELS } from '../vocab/education.js';
import type { SeededRandom } from './random.js';
import { weighted } from './weighted.js';

/**
 * Highest education of the Mire's public: mostly without the CESS (DOMAIN.md §1.2: "majoritairement qui
 * n'ont pas leur CESS"). Newcomers mostly hold foreign titles known only by their ISCED level.
 */

// One frozen object per (level, diploma): thousands of candidates share each.
const BY_DIPLOMA = new Map<BelgianDiploma, Education>(
  BELGIAN_DIPLOMAS.map((diploma) => [
    diploma,
    Object.freeze({ isced: BELGIAN_DIPLOMA_ISCED[diploma], diploma }),
  ]),
);
const BY_LEVEL = new Map<IscedLevel, Education>(
  ISCED_LEVELS.map((isced) => [isced, Object.freeze({ isced })]),
);

const ADULT = weighted<BelgianDiploma>([
  ['none', 5],
  ['ceb', 14],
  ['ce1d', 20],
  ['ce2d', 20],
  ['cq6', 12],
  ['cess', 16],
  ['cq7', 4],
  ['bachelor', 6],
  ['master', 3],
]);
// The Youth Guarantee criterion: no title above the CESS.
const YOUNG = weighted<BelgianDiploma>([
  ['none', 3],
  ['ceb', 10],
  ['ce1d', 30],
  ['ce2d', 30],
  ['cq6', 12],
  ['cess', 15],
]);
const FOREIGN = weighted<IscedLevel>([
  [0, 10],
  [1, 25],
  [2, 25],
  [3, 20],
  [4, 5],
  [6, 10],
  [7, 5],
]);

/** Who the education is drawn for. */
export type EducationGroup = 'adult' | 'young' | 'newcomer';

/** Draws a highest education level (and the Belgian diploma when there is one). */
export function drawEducation(random: SeededRandom, group: EducationGroup): Education {
  if (group === 'newcomer' && random.chance(0.8)) return BY_LEVEL.get(FOREIGN.pick(random)) as Education;
  const diploma = (group === 'young' ? YOUNG : ADULT).pick(random);
  return BY_DIPLOMA.get(diploma) as Education;
}
