import type { MatchingConfigInput } from '@passerelle/matching';
import type { TaxonomyLike } from '../internal/taxonomy-labels.js';

/** What a `<passerelle-context>` shares with the widgets inside it (each widget's own property wins). */
export interface SharedData {
  /** A core `Taxonomy` or its data: skill labels, the engine's taxonomy, the skill picker's search. */
  readonly taxonomy?: TaxonomyLike;
  /** A core `Gazetteer` or its data, for the engine. */
  readonly gazetteer?: unknown;
  /** The engine's configuration. */
  readonly config?: MatchingConfigInput;
}

/** Receives the shared data now and on every change, until `unsubscribe` is called. */
export type SharedDataCallback = (data: SharedData, unsubscribe: () => void) => void;

/**
 * Asked by a widget when it connects; the nearest `<passerelle-context>` above it (across shadow roots) answers
 * by calling `callback`, and stops the event. A widget with no provider above keeps its own properties.
 */
export class SharedDataRequestEvent extends Event {
  static readonly type = 'passerelle-context-request';

  constructor(readonly callback: SharedDataCallback) {
    super(SharedDataRequestEvent.type, { bubbles: true, composed: true });
  }
}
