import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadEngine } from './engine-loader.js';

type Engine = Awaited<ReturnType<typeof loadEngine>>;

/** The four states of an engine task. */
export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * Runs work on the lazily loaded matching engine for a widget: loads the engine on first use, keeps the
 * latest run only (an older run's result is dropped when a newer one started, or when cancelled), and
 * re-renders the host on each state change. Errors become the `error` state, never a throw into the page.
 */
export class EngineTask<A, R> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #work: (engine: Engine, args: A) => R;
  #run = 0;
  status: TaskStatus = 'initial';
  value: R | undefined;
  error: unknown;

  constructor(host: ReactiveControllerHost, work: (engine: Engine, args: A) => R) {
    this.#host = host;
    this.#work = work;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Drops the run in flight, if any. */
  cancel(): void {
    this.#run += 1;
    if (this.status === 'pending') this.status = 'initial';
  }

  /** Whether a run was dropped before it finished (the host was moved in the page): the host should run again. */
  get wasInterrupted(): boolean {
    return this.status === 'initial' && this.#run > 0;
  }

  /** Runs the work; resolves to whether this run finished (false when a newer run or a cancel replaced it). */
  async run(args: A): Promise<boolean> {
    const run = ++this.#run;
    this.status = 'pending';
    this.#host.requestUpdate();
    try {
      const engine = await loadEngine();
      if (run !== this.#run) return false;
      this.value = this.#work(engine, args);
      this.error = undefined;
      this.status = 'complete';
    } catch (error) {
      if (run !== this.#run) return false;
      this.error = error;
      this.status = 'error';
    }
    this.#host.requestUpdate();
    return true;
  }
}
