// The match list's filter bar and page buttons, and its attribute converters.
import { html, nothing, type TemplateResult } from 'lit';
import type { MatchListView } from '../../events/passerelle-change.js';
import type { Translation } from '../../i18n/translation.js';

/** `max-distance`: kilometres, or empty for any distance. */
export const distanceConverter = {
  fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? null : Number(value)),
  toAttribute: (value: number | null) => (value === null ? null : String(value)),
};

/** `hard-constraints`: on unless `off`, `false` or `0`. */
export const onOffConverter = {
  fromAttribute: (value: string | null) => value === null || !/^(off|false|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? 'on' : 'off'),
};

/** Distances offered in the menu (km); a page's own value is added to them. */
const DISTANCES = [5, 10, 20, 30, 50] as const;

/** The filter bar: minimum score, maximum distance, sort, and hard constraints when the list ranks itself. */
export function renderFilters(
  view: MatchListView,
  showConstraints: boolean,
  t: Translation,
  change: (patch: Partial<MatchListView>) => void,
): TemplateResult {
  const distances = [
    ...new Set<number>([...DISTANCES, ...(view.maxDistance === null ? [] : [view.maxDistance])]),
  ].sort((a, b) => a - b);
  return html`<fieldset class="filters" part="filters">
    <legend class="visually-hidden">${t.matchList.filters}</legend>
    <label
      >${t.matchList.minScore}
      <input
        type="number"
        min="0"
        max="100"
        step="5"
        .value=${String(Math.round(view.minScore * 100))}
        @change=${(event: Event) => {
          const value = Number((event.target as HTMLInputElement).value);
          change({ minScore: Number.isFinite(value) ? Math.min(1, Math.max(0, value / 100)) : 0 });
        }}
    /></label>
    <label
      >${t.matchList.maxDistance}
      <select
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          change({ maxDistance: value === '' ? null : Number(value) });
        }}
      >
        <option value="" ?selected=${view.maxDistance === null}>${t.matchList.anyDistance}</option>
        ${distances.map((km) => html`<option value=${km} ?selected=${view.maxDistance === km}>${km} km</option>`)}
      </select></label
    >
    <label
      >${t.matchList.sort}
      <select
        @change=${(event: Event) => change({ sort: (event.target as HTMLSelectElement).value as MatchListView['sort'] })}
      >
        <option value="score" ?selected=${view.sort === 'score'}>${t.matchList.sortByScore}</option>
        <option value="distance" ?selected=${view.sort === 'distance'}>${t.matchList.sortByDistance}</option>
        <option value="id" ?selected=${view.sort === 'id'}>${t.matchList.sortById}</option>
      </select></label
    >
    ${
      showConstraints
        ? html`<label class="check"
            ><input
              type="checkbox"
              .checked=${view.hardConstraints}
              @change=${(event: Event) => change({ hardConstraints: (event.target as HTMLInputElement).checked })}
            />${t.matchList.hardConstraints}</label
          >`
        : nothing
    }
  </fieldset>`;
}

/** Previous and next page buttons with the page number between them. */
export function renderPages(
  page: number,
  pages: number,
  t: Translation,
  go: (page: number) => void,
): TemplateResult {
  return html`<nav part="pagination" aria-label=${t.matchList.page(page, pages)}>
    <button type="button" ?disabled=${page <= 1} @click=${() => go(page - 1)}>${t.matchList.previous}</button>
    <span>${t.matchList.page(page, pages)}</span>
    <button type="button" ?disabled=${page >= pages} @click=${() => go(page + 1)}>${t.matchList.next}</button>
  </nav>`;
}
