/** Detail of `passerelle-open`: the user asked for the details of one result. */
export interface PasserelleOpenDetail {
  /** The candidate's or offer's id. */
  readonly id: string;
}

/** Fired when the user activates a result's name (click, Enter). */
export type PasserelleOpenEvent = CustomEvent<PasserelleOpenDetail>;

declare global {
  interface HTMLElementEventMap {
    'passerelle-open': PasserelleOpenEvent;
  }
}
