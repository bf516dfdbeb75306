import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SharedDataRequestEvent, type SharedData, type SharedDataCallback } from '../context/shared-data.js';
import type { PasserelleErrorDetail } from '../events/passerelle-error.js';
import { formatsFor, type Formats } from '../i18n/format.js';
import { resolveLocale, translationFor } from '../i18n/locale.js';
import type { Translation, WidgetLocale } from '../i18n/translation.js';
import { messageOf, type WidgetProblem } from './problem.js';

/** Dispatches from outside the class, so that the manifest lists each component's documented events only. */
function dispatch(target: EventTarget, name: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Asks the nearest `<passerelle-context>` above for its shared data (outside the class, like `dispatch`). */
function requestShared(target: EventTarget, callback: SharedDataCallback): void {
  target.dispatchEvent(new SharedDataRequestEvent(callback));
}

// One observer of the page's `lang` for every widget: a page that switches language re-renders them all.
const connected = new Set<PasserelleElement>();
let pageLangObserver: MutationObserver | undefined;

function watchPageLang(element: PasserelleElement): void {
  connected.add(element);
  if (pageLangObserver || typeof MutationObserver === 'undefined') return;
  pageLangObserver = new MutationObserver(() => {
    for (const widget of connected) widget.requestUpdate();
  });
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * What every Passerelle element shares: the language (its `lang`, an ancestor's or the page's), the theme,
 * typed events that bubble and cross shadow roots, and the error box.
 */
export abstract class PasserelleElement extends LitElement {
  // `lang` stays the native attribute (inherited by assistive technology); the widget re-renders when it changes.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** `light`, `dark`, or `auto` (default) to follow the system's preference. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The language resolved at the last update. */
  protected locale: WidgetLocale = 'fr';

  /** What the nearest `<passerelle-context>` above shares (a widget's own properties win). */
  @state() protected shared: SharedData = {};

  #unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    // A provider defined or connected after this widget tells it so: ask again.
    this.addEventListener('passerelle-context-available', () => this.#requestShared());
  }

  #requestShared(): void {
    this.#unsubscribe?.();
    requestShared(this, (data, unsubscribe) => {
      this.#unsubscribe = unsubscribe;
      this.shared = data;
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLang(this);
    this.#requestShared();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale = resolveLocale(this);
  }

  /** The catalogue of the widget's language. */
  protected get t(): Translation {
    return translationFor(this.locale);
  }

  /** Number and date formatters of the widget's Belgian locale. */
  protected get fmt(): Formats {
    return formatsFor(this.t.intlLocale);
  }

  /** Dispatches a typed event that bubbles and crosses shadow roots. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    dispatch(this, name, detail);
  }

  /** Tells the page about a problem with the widget's data, with the message the widget shows. */
  protected reportProblem(problem: WidgetProblem): void {
    // May run before the first update (a bad inline child read on connection): resolve the language now.
    this.locale = resolveLocale(this);
    const detail: PasserelleErrorDetail = {
      code: problem.code,
      message: messageOf(problem, this.t),
      source: problem.source,
      ...(problem.status === undefined ? {} : { status: problem.status }),
      ...(problem.field === undefined ? {} : { field: problem.field }),
    };
    this.emit('passerelle-error', detail);
  }

  /** The error box, in the widget's language. */
  protected renderProblem(problem: WidgetProblem): TemplateResult {
    return html`<div class="error" role="alert" part="error">
      <strong>${this.t.errorTitle}</strong>${messageOf(problem, this.t)}
    </div>`;
  }
}
