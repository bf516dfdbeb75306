import type { HeldSkill } from '../model/skill-entries.js';
import type { SkillLevel } from '../vocab/skill-levels.js';
import type { SyntheticOccupation } from './catalogue.js';
import type { SeededRandom } from './random.js';
import { heldSkill } from './shared-values.js';
import { weighted } from './weighted.js';
import type { SectorSlot, World } from './world.js';

const LEVEL = weighted<SkillLevel>([
  [1, 30],
  [2, 40],
  [3, 25],
  [4, 5],
]);

// Years of experience with a skill, for those who give them: mostly a few, rarely ten.
const YEARS = weighted<number>([
  [0, 28],
  [1, 20],
  [2, 15],
  [3, 11],
  [4, 8],
  [5, 6],
  [6, 4],
  [8, 4],
  [10, 4],
]);

/**
 * Adds up to `count` distinct items of `from` to `into`, skipping any already there. Rejection sampling
 * without allocation: lists are short, and a rare shortfall only means one skill fewer.
 */
export function addDistinct(
  random: SeededRandom,
  from: readonly string[],
  count: number,
  into: string[],
): void {
  if (from.length === 0) return;
  for (let added = 0, attempts = 0; added < count && attempts < count * 4; attempts++) {
    const item = from[random.int(from.length)] as string;
    if (!into.includes(item)) {
      into.push(item);
      added++;
    }
  }
}

/** A second occupation wished for: most often in the same sector, sometimes in another one. */
export function drawSecondOccupation(
  random: SeededRandom,
  world: World,
  sector: SectorSlot,
  first: SyntheticOccupation,
): SyntheticOccupation | undefined {
  if (!random.chance(0.35)) return undefined;
  const other = random.chance(0.7) ? sector : world.sectorPickers.offer.pick(random);
  const second = other.occupations.pick(random);
  return second.id === first.id ? undefined : second;
}

/**
 * A candidate's skills: a few essential skills of the occupation they want (what they did before or
 * learnt), some optional ones, and one or two of a second wish. Levels 1–4, years of experience for some.
 */
export function drawCandidateSkills(
  random: SeededRandom,
  main: SyntheticOccupation,
  second: SyntheticOccupation | undefined,
): HeldSkill[] {
  const ids: string[] = [];
  addDistinct(random, main.essentialSkillIds, random.between(2, 5), ids);
  addDistinct(random, main.optionalSkillIds, random.between(0, 2), ids);
  if (second !== undefined) addDistinct(random, second.essentialSkillIds, random.between(1, 2), ids);
  return ids.map((id) => {
    const years = random.chance(0.55) ? YEARS.pick(random) : undefined;
    return heldSkill(id, LEVEL.pick(random), years);
  });
}
