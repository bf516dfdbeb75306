/** A skill as the skill picker holds it: taxonomy id and level (1 basic – 4 expert). */
export interface PickedSkill {
  readonly id: string;
  readonly level: 1 | 2 | 3 | 4;
}

/** The filters and sort of a match list. */
export interface MatchListView {
  readonly minScore: number;
  /** Kilometres, or null for any distance. */
  readonly maxDistance: number | null;
  readonly hardConstraints: boolean;
  readonly sort: 'score' | 'distance' | 'id';
  /** 1-based page. */
  readonly page: number;
}

/**
 * Detail of `passerelle-change`: the user changed a widget's value. A skill picker sends its skills; a match
 * list its view (filters, sort, page); a dashboard the section whose view changed.
 */
export type PasserelleChangeDetail =
  | { readonly kind: 'skills'; readonly skills: readonly PickedSkill[] }
  | { readonly kind: 'view'; readonly view: MatchListView }
  | { readonly kind: 'dashboard-view'; readonly section: string; readonly view: 'chart' | 'table' };

/** Fired on user action only; setting a property from code fires nothing. */
export type PasserelleChangeEvent = CustomEvent<PasserelleChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'passerelle-change': PasserelleChangeEvent;
  }
}
