/** Detail of `passerelle-select`: a row was selected or unselected by the user. */
export interface PasserelleSelectDetail {
  /** The id of the row the user acted on. */
  readonly id: string;
  /** Whether it is now selected. */
  readonly selected: boolean;
  /** Every selected id, in rank order. */
  readonly ids: readonly string[];
}

/** Fired on user action only; setting `selected` from code fires nothing. */
export type PasserelleSelectEvent = CustomEvent<PasserelleSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'passerelle-select': PasserelleSelectEvent;
  }
}
