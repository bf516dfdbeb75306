/** What went wrong while loading or checking a widget's data. */
export type WidgetErrorCode = 'http' | 'network' | 'json' | 'invalid' | 'engine';

/** Detail of `passerelle-error`: the problem, where it is, and the message the widget shows. */
export interface PasserelleErrorDetail {
  readonly code: WidgetErrorCode;
  /** The message shown in the widget, in its language. */
  readonly message: string;
  /** Where the data came from: a URL, `inline` (a `<script type="application/json">` child) or `property`. */
  readonly source: string;
  /** HTTP status, for `http`. */
  readonly status?: number;
  /** The path of the bad field, e.g. `results[3].score`, for `invalid`. */
  readonly field?: string;
}

/** Fired when a widget cannot load or use its data. It never throws into the page. */
export type PasserelleErrorEvent = CustomEvent<PasserelleErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'passerelle-error': PasserelleErrorEvent;
  }
}
