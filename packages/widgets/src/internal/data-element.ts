import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JsonSourceController } from '../controllers/json-source-controller.js';
import { PasserelleElement } from './passerelle-element.js';
import type { WidgetProblem } from './problem.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A Passerelle element fed with data by property, by a `src` URL or by an inline
 * `<script type="application/json">` child. Subclasses name their data properties, take a JSON document
 * apart, and check their data; the base shows loading, the error box, and reports problems as events.
 */
export abstract class DataElement extends PasserelleElement {
  /** URL of a JSON document holding the widget's data (same fields as its properties). */
  @property() src = '';

  /** A problem with the current data, shown instead of it. */
  @state() protected problem: WidgetProblem | undefined;

  /** Where the current data came from: `property`, `inline` or a URL. */
  protected dataSource = 'property';

  #applying = false;

  protected readonly source = new JsonSourceController(this, {
    apply: (json, source) => {
      this.dataSource = source;
      this.#applying = true;
      this.applyJson(json);
      this.requestUpdate();
    },
    fail: (problem) => {
      this.problem = problem;
      this.reportProblem(problem);
    },
  });

  /** The properties that hold the widget's data. */
  protected abstract readonly dataKeys: readonly string[];

  /** Sets the data properties from a JSON document. */
  protected abstract applyJson(json: unknown): void;

  /** The path of the first bad field of the current data, or undefined. */
  protected abstract checkData(): string | undefined;

  /** Whether there is data to show. */
  protected abstract hasData(): boolean;

  /** Renders the data, once checked. */
  protected abstract renderData(): TemplateResult | typeof nothing;

  #childWatch: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while loading: the disconnection cancelled the request, so ask again.
    if (this.hasUpdated && this.src && !this.hasData() && !this.problem && !this.source.loading) {
      void this.source.load(this.src);
      return;
    }
    if (this.src || this.hasData() || this.source.readInline()) return;
    // A page that defines the elements before parsing them (a classic script in <head>) connects each one before
    // its children are parsed: read the JSON child when it arrives.
    // While the page is still loading, a JSON child that does not parse yet may be half-parsed: wait for more.
    const read = () => {
      if (this.src || this.hasData()) return this.#stopWatching();
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (!script) return;
      if (document.readyState === 'loading' && !parses(script.textContent ?? '')) return;
      this.#stopWatching();
      this.source.readInline();
    };
    this.#childWatch = new MutationObserver(read);
    this.#childWatch.observe(this, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', read, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching();
  }

  #stopWatching(): void {
    this.#childWatch?.disconnect();
    this.#childWatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('src')) {
      if (this.src) void this.source.load(this.src);
      else this.source.abort();
    }
    const applying = this.#applying;
    this.#applying = false;
    if (!applying && !this.dataKeys.some((key) => changed.has(key))) return;
    if (!applying) {
      this.source.abort();
      this.dataSource = 'property';
    }
    const field = this.checkData();
    this.problem = field === undefined ? undefined : { code: 'invalid', source: this.dataSource, field };
    if (this.problem) this.reportProblem(this.problem);
    else if (this.hasData()) this.dataChecked();
  }

  /** Called once new data passed its checks (before rendering). */
  protected dataChecked(): void {
    this.emit('passerelle-load', { source: this.dataSource });
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.problem) return this.renderProblem(this.problem);
    if (this.source.loading) return html`<p role="status" class="muted" part="status">${this.t.loading}</p>`;
    if (!this.hasData()) return nothing;
    return this.renderData();
  }
}
