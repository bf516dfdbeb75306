import type { Accompaniment } from '../model/accompaniment.js';
import type { Candidate } from '../model/candidate.js';
import type { ExitReason } from '../vocab/accompaniment-codes.js';
import type { IsoDayCache } from './calendar.js';
import type { Career } from './career.js';
import { EXIT_WITHOUT_JOB, type Person } from './person.js';
import type { SeededRandom } from './random.js';
import { weighted } from './weighted.js';

/** Where accompaniments are written to. */
export interface AccompanimentContext {
  readonly dates: IsoDayCache;
  readonly referenceDay: number;
  readonly accompaniments: Accompaniment[];
  /** The next accompaniment id. */
  nextAccompanimentId(): string;
}

const EARLIER_EXIT = weighted<ExitReason>([
  ['dropped_out', 50],
  ['moved', 15],
  ['health', 20],
  ['other', 15],
]);

/**
 * Writes a person's accompaniments: sometimes an earlier one that ended without a job, then the current
 * one. After a hire the Mire keeps following the person in the job for a few months, then closes with
 * `employment`; without a hire it ends for another reason within two years, or is still going on.
 */
export function writeAccompaniments(
  random: SeededRandom,
  person: Person,
  candidate: Candidate,
  career: Career,
  context: AccompanimentContext,
): void {
  if (random.chance(0.12)) {
    const entry = person.entryDay - random.between(240, 1500);
    const exit = entry + random.between(30, person.entryDay - entry - 60);
    write(person, candidate, entry, exit, EARLIER_EXIT.pick(random), context);
  }
  const hired = career.firstStart !== undefined;
  const exit = hired
    ? (career.firstStart as number) + random.between(90, 240)
    : person.entryDay + random.between(90, 730);
  const reason = hired ? 'employment' : EXIT_WITHOUT_JOB.pick(random);
  write(person, candidate, person.entryDay, exit, reason, context);
}

function write(
  person: Person,
  candidate: Candidate,
  entry: number,
  exit: number,
  reason: ExitReason,
  context: AccompanimentContext,
): void {
  const id = context.nextAccompanimentId();
  const { programme, statusAtEntry, referredBy } = person;
  const candidateId = candidate.id;
  const mireId = person.mire.mire.id;
  const entryDate = context.dates.format(entry);
  // writeCandidate always names a counsellor.
  const counsellorId = candidate.counsellorId as string;
  // Whole literals rather than properties added later: one allocation per record, not two.
  const accompaniment: Accompaniment =
    exit > context.referenceDay
      ? {
          id,
          candidateId,
          mireId,
          programme,
          entryDate,
          exitDate: null,
          statusAtEntry,
          referredBy,
          counsellorId,
        }
      : {
          id,
          candidateId,
          mireId,
          programme,
          entryDate,
          exitDate: context.dates.format(exit),
          exitReason: reason,
          statusAtEntry,
          referredBy,
          counsellorId,
        };
  context.accompaniments.push(accompaniment);
}
