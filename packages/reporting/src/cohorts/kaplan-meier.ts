/** One person's time to an event: `time` in days, `event` false when censored (still waiting when last seen). */
export interface SurvivalObservation {
  readonly time: number;
  readonly event: boolean;
}

/** A step of a Kaplan–Meier curve. */
export interface SurvivalStep {
  /** Day of the step. */
  readonly time: number;
  /** People still waiting just before that day. */
  readonly atRisk: number;
  /** Events on that day. */
  readonly events: number;
  /** People censored on that day (counted at risk for that day's events). */
  readonly censored: number;
  /** Estimated share still without the event after that day, from 1 down to 0. */
  readonly survival: number;
}

/**
 * The Kaplan–Meier estimator (Kaplan & Meier 1958): S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ/nᵢ), where dᵢ
 * is the number of events at tᵢ and nᵢ the number still at risk. Censored people leave the risk set after
 * their time without counting as events. Returns one step per distinct time; the curve never rises.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalStep[] {
  return wholeDayKeys(observations) ?? sortedSteps(observations);
}

// Beyond this, time × 2 + 1 is no longer an exact double.
const LARGEST_KEYED_TIME = 2 ** 50;

// The numbers to sort, in one array grown by doubling and reused from call to call (the functions are
// synchronous): a fresh typed array each time would be memory outside the heap that the engine counts towards
// its next full collection.
let sortScratch = new Float64Array(0);

/** A working array of `length` numbers (its previous contents are left in it). */
function numbersToSort(length: number): Float64Array {
  if (sortScratch.length < length) sortScratch = new Float64Array(Math.max(length, sortScratch.length * 2));
  return sortScratch.subarray(0, length);
}

/**
 * The steps for whole-day times (what the indicators give): each observation becomes the number
 * time × 2 + event, and a typed sort of those numbers (no comparison function to call) orders them by time.
 * `undefined` when a time is not a whole number, is −0 or is too large: the general sort then does it.
 */
function wholeDayKeys(observations: readonly SurvivalObservation[]): SurvivalStep[] | undefined {
  const keys = numbersToSort(observations.length);
  for (let i = 0; i < observations.length; i += 1) {
    const { time, event } = observations[i] as SurvivalObservation;
    if (!Number.isInteger(time) || Math.abs(time) > LARGEST_KEYED_TIME || Object.is(time, -0))
      return undefined;
    keys[i] = time * 2 + (event ? 1 : 0);
  }
  keys.sort();
  return stepsOfSorted(
    keys.length,
    (i) => Math.floor((keys[i] as number) / 2),
    // The event bit: what time × 2 leaves (also for negative times).
    (i) => (keys[i] as number) - Math.floor((keys[i] as number) / 2) * 2 === 1,
  );
}

/** The steps for any times, through a sort of the observations by time. */
function sortedSteps(observations: readonly SurvivalObservation[]): SurvivalStep[] {
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  return stepsOfSorted(
    sorted.length,
    (i) => (sorted[i] as SurvivalObservation).time,
    (i) => (sorted[i] as SurvivalObservation).event,
  );
}

/** The curve's steps from `count` observations in time order, read through `timeAt` and `isEvent`. */
function stepsOfSorted(
  count: number,
  timeAt: (i: number) => number,
  isEvent: (i: number) => boolean,
): SurvivalStep[] {
  const steps: SurvivalStep[] = [];
  let atRisk = count;
  let survival = 1;
  let i = 0;
  while (i < count) {
    const time = timeAt(i);
    let events = 0;
    let censored = 0;
    while (i < count && timeAt(i) === time) {
      if (isEvent(i)) events += 1;
      else censored += 1;
      i += 1;
    }
    if (events > 0) survival *= 1 - events / atRisk;
    steps.push({ time, atRisk, events, censored, survival });
    atRisk -= events + censored;
  }
  return steps;
}

/** The Kaplan–Meier median: the first time the curve is at or below one half, or `null` if it never is. */
export function kaplanMeierMedian(steps: readonly SurvivalStep[]): number | null {
  return steps.find((step) => step.survival <= 0.5)?.time ?? null;
}

/** The median of a list of numbers (the mean of the two middle values for an even count), `null` when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = sortedNumbers(values);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * `values` in increasing order, as `[...values].sort((a, b) => a - b)` gives them. A typed sort does it
 * without calling a comparison function, unless a value is not a number, is NaN or is −0 (where the two sorts
 * may differ).
 */
function sortedNumbers(values: readonly number[]): ArrayLike<number> {
  const copy = numbersToSort(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value !== 'number' || Number.isNaN(value) || Object.is(value, -0)) {
      return [...values].sort((a, b) => a - b);
    }
    copy[i] = value;
  }
  return copy.sort();
}
