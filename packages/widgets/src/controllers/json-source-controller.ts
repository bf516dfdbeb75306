import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetProblem } from '../internal/problem.js';

/** What a {@link JsonSourceController} does with a document, or with a problem. */
export interface JsonSourceHandlers {
  /** Called with the parsed JSON and where it came from (a URL or `inline`). */
  readonly apply: (json: unknown, source: string) => void;
  /** Called when the document cannot be had: HTTP status, network, malformed JSON. */
  readonly fail: (problem: WidgetProblem) => void;
}

/**
 * Loads a widget's JSON from a `src` URL (fetch with an AbortSignal: a newer `src`, a property set by the
 * page or a disconnection cancels the older request) or from a `<script type="application/json">` child.
 * Never throws: every failure goes to `fail`.
 */
export class JsonSourceController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #handlers: JsonSourceHandlers;
  #request: AbortController | undefined;
  /** Whether a request is in flight. */
  loading = false;

  constructor(host: ReactiveControllerHost & HTMLElement, handlers: JsonSourceHandlers) {
    this.#host = host;
    this.#handlers = handlers;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** Cancels the request in flight, if any. */
  abort(): void {
    this.#request?.abort();
    this.#request = undefined;
    if (this.loading) {
      this.loading = false;
      this.#host.requestUpdate();
    }
  }

  /** Fetches `url` and hands its JSON over. */
  async load(url: string): Promise<void> {
    this.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.#host.requestUpdate();
    const problem = (init: Omit<WidgetProblem, 'source'>): void => {
      if (request.signal.aborted) return;
      this.#finish(request);
      this.#handlers.fail({ ...init, source: url });
    };
    let body: string;
    try {
      const response = await fetch(url, { signal: request.signal, headers: { accept: 'application/json' } });
      if (!response.ok) return problem({ code: 'http', status: response.status });
      body = await response.text();
    } catch {
      return problem({ code: 'network' });
    }
    if (request.signal.aborted) return;
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return problem({ code: 'json' });
    }
    this.#finish(request);
    this.#handlers.apply(json, url);
  }

  /** Reads a `<script type="application/json">` child; returns whether there was one. */
  readInline(): boolean {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (!script) return false;
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      this.#handlers.fail({ code: 'json', source: 'inline' });
      return true;
    }
    this.#handlers.apply(json, 'inline');
    return true;
  }

  #finish(request: AbortController): void {
    if (this.#request === request) this.#request = undefined;
    this.loading = false;
    this.#host.requestUpdate();
  }
}
