import type { FollowUp } from '../model/follow-up.js';
import type { FollowUpChannel, FollowUpOutcome } from '../vocab/accompaniment-codes.js';
import type { IsoDayCache } from './calendar.js';
import type { Career } from './career.js';
import type { WrittenSpell } from './contract-writer.js';
import type { SeededRandom } from './random.js';
import { weighted } from './weighted.js';

/** Where follow-ups are written to. */
export interface FollowUpContext {
  readonly dates: IsoDayCache;
  readonly referenceDay: number;
  readonly followUps: FollowUp[];
  /** The next follow-up id. */
  nextFollowUpId(): string;
}

// Days after the first contract's start: two weeks, one, three and six months ("accompagnement dans l'emploi").
const OFFSETS = [14, 30, 91, 182];
const CHANNEL = weighted<FollowUpChannel>([
  ['phone', 50],
  ['visit', 20],
  ['meeting', 15],
  ['email', 10],
  ['video', 5],
]);
const WITH = weighted<FollowUp['with']>([
  ['candidate', 55],
  ['employer', 25],
  ['both', 20],
]);

function covering(chain: readonly WrittenSpell[], day: number): WrittenSpell | undefined {
  return chain.find(({ spell }) => spell.start <= day && (spell.end === null || day <= spell.end));
}

function outcomeOf(random: SeededRandom, inWork: boolean): FollowUpOutcome {
  if (inWork) return random.chance(0.9) ? 'in_work' : 'difficulty';
  return random.chance(0.75) ? 'contract_ended' : 'unreachable';
}

/** Writes the follow-up contacts after a hire, up to the reference date; what they find matches the spells. */
export function writeFollowUps(
  random: SeededRandom,
  candidateId: string,
  career: Career,
  context: FollowUpContext,
): void {
  const start = career.firstStart;
  const first = career.firstChain[0];
  if (start === undefined || first === undefined) return;
  for (const offset of OFFSETS) {
    const day = start + offset + random.between(-3, 3);
    if (day > context.referenceDay) break;
    if (!random.chance(0.85)) continue;
    const spell = covering(career.firstChain, day);
    const id = context.nextFollowUpId();
    const contractId = (spell ?? first).contract.id;
    const date = context.dates.format(day);
    const channel = CHANNEL.pick(random);
    const who = WITH.pick(random);
    const outcome = random.chance(0.05) ? undefined : outcomeOf(random, spell !== undefined);
    // One literal per shape: adding a property later costs every record an extra allocation.
    const followUp: FollowUp =
      outcome === undefined
        ? { id, candidateId, contractId, date, channel, with: who }
        : { id, candidateId, contractId, date, channel, with: who, outcome };
    context.followUps.push(followUp);
  }
}
