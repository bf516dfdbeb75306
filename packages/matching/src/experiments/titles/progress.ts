// Progress of a title experiment, for a progress bar: titles ranked of the total planned.

/** Where a run is, for a progress bar: `done` of `total` titles ranked (the total is known from the start). */
export interface TitleExperimentProgress {
  readonly phase: 'build' | 'rank' | 'done';
  /** The method being built or run. */
  readonly method?: string;
  readonly done: number;
  readonly total: number;
}

/** Counts titles ranked and reports them with the phase and method. */
export class Progress {
  #done = 0;
  readonly #total: number;
  readonly #listener: ((progress: TitleExperimentProgress) => void) | undefined;

  constructor(total: number, listener: ((progress: TitleExperimentProgress) => void) | undefined) {
    this.#total = total;
    this.#listener = listener;
  }

  report(phase: TitleExperimentProgress['phase'], method?: string): void {
    this.#listener?.({
      phase,
      ...(method === undefined ? {} : { method }),
      done: this.#done,
      total: this.#total,
    });
  }

  advance(titles: number, method: string): void {
    this.#done += titles;
    this.report('rank', method);
  }
}
