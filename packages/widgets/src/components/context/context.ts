import type { MatchingConfigInput } from '@passerelle/matching';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  SharedDataRequestEvent,
  type SharedData,
  type SharedDataCallback,
} from '../../context/shared-data.js';
import type { TaxonomyLike } from '../../internal/taxonomy-labels.js';

/**
 * Shares one taxonomy, gazetteer and engine configuration with every Passerelle widget inside it, so that a page
 * sets them once (each widget's own property still wins). It renders its children as they are. The engine and
 * its indexes are shared anyway: widgets given the same taxonomy, gazetteer and configuration use one matcher.
 *
 * @tagname passerelle-context
 * @summary One taxonomy, gazetteer and configuration for the widgets inside.
 *
 * @slot - The widgets (and anything else).
 */
export class PasserelleContext extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A core `Taxonomy` or its data, for every widget inside. */
  @property({ attribute: false }) taxonomy: TaxonomyLike | undefined;

  /** A core `Gazetteer` or its data, for every widget inside that ranks or explains. */
  @property({ attribute: false }) gazetteer: unknown;

  /** The engine's configuration, for every widget inside that ranks or explains. */
  @property({ attribute: false }) config: MatchingConfigInput | undefined;

  readonly #subscribers = new Set<SharedDataCallback>();

  constructor() {
    super();
    this.addEventListener(SharedDataRequestEvent.type, (event) => {
      if (!(event instanceof SharedDataRequestEvent)) return;
      event.stopPropagation();
      const { callback } = event;
      this.#subscribers.add(callback);
      callback(this.#data(), () => this.#subscribers.delete(callback));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets connected before this provider was defined asked no one: tell them it is here.
    for (const element of this.querySelectorAll('*'))
      element.dispatchEvent(new Event('passerelle-context-available'));
  }

  #data(): SharedData {
    return {
      ...(this.taxonomy === undefined ? {} : { taxonomy: this.taxonomy }),
      ...(this.gazetteer === undefined ? {} : { gazetteer: this.gazetteer }),
      ...(this.config === undefined ? {} : { config: this.config }),
    };
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('taxonomy') && !changed.has('gazetteer') && !changed.has('config')) return;
    const data = this.#data();
    for (const callback of [...this.#subscribers]) callback(data, () => this.#subscribers.delete(callback));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
