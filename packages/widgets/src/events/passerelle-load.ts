/** Detail of `passerelle-load`: the data is in and shown. */
export interface PasserelleLoadDetail {
  /** Where the data came from: a URL, `inline` or `property`. */
  readonly source: string;
}

/** Fired when a widget has loaded (and, for a match list that ranks itself, ranked) its data. */
export type PasserelleLoadEvent = CustomEvent<PasserelleLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'passerelle-load': PasserelleLoadEvent;
  }
}
