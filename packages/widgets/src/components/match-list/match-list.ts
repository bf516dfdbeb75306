import type { Candidate, JobOffer } from '@passerelle/core';
import type { MatchingConfigInput, RankedMatch, Ranking } from '@passerelle/matching';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { barFill, spacerOf } from '../../internal/bars.js';
import { EngineTask } from '../../controllers/engine-task.js';
import type { MatchListView } from '../../events/passerelle-change.js';
import { arrayOf, isRecord, shape } from '../../internal/check.js';
import { DataElement } from '../../internal/data-element.js';
import { applyView, distanceOf, pageWithin, reasonText } from '../../internal/match-view.js';
import { placeText } from '../../internal/record-text.js';
import { checkCandidate, checkMatch, checkOffer } from '../../internal/record-checks.js';
import { skillLabel, type TaxonomyLike } from '../../internal/taxonomy-labels.js';
import { distanceConverter, onOffConverter, renderFilters, renderPages } from './match-list-controls.js';
import { rowOffsets, scrollToShow, windowAt, type RowWindow } from './match-list-window.js';
import { matchListStyles } from './match-list.styles.js';

/** Pages longer than this render only the rows near their scroll view (shorter pages render every row). */
const WINDOWED_FROM = 50;
/** Rows rendered beyond each edge of the view, so that a short scroll or an arrow key finds its row ready. */
const OVERSCAN = 6;
/** Height assumed for a row never measured yet, before any row is (px; rows measure 5–7rem). */
const ROW_ESTIMATE = 100;
/** Corrective updates in a row (measured heights moving the window) before waiting for a scroll. */
const MAX_CORRECTIONS = 4;

type RowControl = 'checkbox' | 'name';

const JSON_KEYS = ['results', 'offer', 'candidates', 'candidate', 'offers', 'taxonomy', 'config'] as const;

const idIndexes = new WeakMap<object, Map<string, { id: string; title?: string; place?: object }>>();
function byId<T extends { id: string }>(records: readonly T[] | undefined): Map<string, T> | undefined {
  if (!records) return undefined;
  let map = idIndexes.get(records);
  if (!map) {
    map = new Map(records.map((record) => [record.id, record]));
    idIndexes.set(records, map);
  }
  return map as Map<string, T>;
}

/**
 * The ranked candidates for an offer, or offers for a candidate: a score bar, the top reasons and the missing
 * skills of each, filters (minimum score, distance, hard constraints), sort, pages and selection.
 *
 * Give it results the engine computed (`results`, a `Ranking` or its `results`), or the data to rank in the
 * browser with the same engine as in Node: `offer` and `candidates`, or `candidate` and `offers` (with an
 * optional `taxonomy`, `gazetteer` and `config`; the engine loads on first use). Records are never shown
 * beyond ids, offer titles and places: no protected attribute reaches the list.
 *
 * @tagname passerelle-match-list
 * @summary Ranked matches with reasons, filters, sort, paging and selection.
 *
 * @fires passerelle-select - The user selected or unselected a row (`{ id, selected, ids }`).
 * @fires passerelle-open - The user activated a result's name (`{ id }`).
 * @fires passerelle-change - The user changed a filter, the sort or the page (`{ kind: 'view', view }`).
 * @fires passerelle-load - The data was loaded, checked and (when the list ranks itself) ranked.
 * @fires passerelle-error - The data could not be loaded, lacks a field, or could not be ranked.
 *
 * @csspart filters - The filter bar.
 * @csspart summary - The line counting the results shown.
 * @csspart list - The ordered list of results.
 * @csspart scroller - The list's own scroll box, on pages longer than 50 rows (only the rows near its view are
 *   rendered).
 * @csspart row - One result.
 * @csspart name - A result's name (a button that fires `passerelle-open`).
 * @csspart score - A result's score bar and figure.
 * @csspart reasons - A result's top reasons.
 * @csspart missing - A result's missing skills.
 * @csspart pagination - The page buttons.
 * @csspart error - The error box.
 * @csspart status - The loading and ranking message.
 *
 * @cssprop --passerelle-match-list-bar-color - Fill of the score bars (default: the accent colour).
 * @cssprop --passerelle-match-list-bar-track - Track of the score bars.
 * @cssprop --passerelle-match-list-row-gap - Space between rows.
 * @cssprop --passerelle-match-list-max-height - Height of the scroll box of pages longer than 50 rows (default
 *   `80vh`).
 */
export class PasserelleMatchList extends DataElement {
  static override styles = matchListStyles;

  /** Precomputed results: a `Ranking` or its `results`. When set, the list shows them and ranks nothing. */
  @property({ attribute: false }) results: Ranking | readonly RankedMatch[] | undefined;

  /** The offer to rank `candidates` for. */
  @property({ attribute: false }) offer: JobOffer | undefined;

  /** The candidate pool (ranked for `offer`; also used for names when `results` list candidates). */
  @property({ attribute: false }) candidates: readonly Candidate[] | undefined;

  /** The candidate to rank `offers` for. */
  @property({ attribute: false }) candidate: Candidate | undefined;

  /** The offer pool (ranked for `candidate`; also used for titles and places when `results` list offers). */
  @property({ attribute: false }) offers: readonly JobOffer[] | undefined;

  /** A core `Taxonomy` or its data, for the engine and for skill labels; default: the starter taxonomy. */
  @property({ attribute: false }) taxonomy: TaxonomyLike | undefined;

  /** A core `Gazetteer` or its data, for the engine; default: the starter gazetteer. */
  @property({ attribute: false }) gazetteer: unknown;

  /** Matching configuration for the engine (weights, constraint modes…). */
  @property({ attribute: false }) config: MatchingConfigInput | undefined;

  /** How many results the engine returns when the list ranks itself (default 100). */
  @property({ type: Number }) limit = 100;

  /** Rows per page (default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Minimum score shown, from 0 to 1 (default 0). */
  @property({ type: Number, attribute: 'min-score' }) minScore = 0;

  /** Maximum distance shown in km; empty for any distance (default). */
  @property({ attribute: 'max-distance', converter: distanceConverter }) maxDistance: number | null = null;

  /** Whether hard constraints exclude pairs (`on`, default) or only lower their score (`off`), when ranking. */
  @property({ attribute: 'hard-constraints', converter: onOffConverter }) hardConstraints = true;

  /** Sort: `score` (default), `distance` or `id`. */
  @property() sort: MatchListView['sort'] = 'score';

  /** The page shown, from 1. */
  @property({ type: Number }) page = 1;

  /** Whether rows have a checkbox for selection. */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** Ids of the selected rows. Setting it from code fires no event. */
  @property({ attribute: false }) selected: readonly string[] = [];

  /** Accessible name of the list (default: “Résultats du rapprochement” in the widget's language). */
  @property() label = '';

  protected readonly dataKeys = ['results', 'offer', 'candidates', 'candidate', 'offers'];

  readonly #ranking = new EngineTask(this, (engine, args: Parameters<typeof engine.rank>[0]) =>
    engine.rank(args),
  );

  /** The rows of the page shown, in order (all of them, rendered or not). */
  #pageRows: readonly RankedMatch[] = [];
  /** Measured row heights by id (a row keeps its height when sorted or filtered elsewhere). */
  readonly #heights = new Map<string, number>();
  #heightSum = 0;
  #gap = 8;
  /** The scroll box's position and height, as last read (before the first read: the window's height). */
  #scrollTop = 0;
  #viewHeight = typeof window === 'undefined' ? 800 : window.innerHeight;
  #offsets: Float64Array = new Float64Array(1);
  #window: RowWindow | undefined;
  #corrections = 0;
  #scrollToTop = false;
  /** Whether a row had the focus before this update (a row leaving the window must not drop it to the page). */
  #rowHadFocus = false;
  /** Re-measures the rows when the scroll box changes size (their text wraps anew). */
  #resize: ResizeObserver | undefined;
  #observed: Element | undefined;

  protected applyJson(json: unknown): void {
    if (!isRecord(json)) {
      this.results = json as readonly RankedMatch[];
      return;
    }
    for (const key of JSON_KEYS) if (key in json) (this as Record<string, unknown>)[key] = json[key];
  }

  protected checkData(): string | undefined {
    if (this.results !== undefined) {
      const list = isRecord(this.results) ? (this.results as Ranking).results : this.results;
      return arrayOf(checkMatch)(list, isRecord(this.results) ? 'results.results' : 'results');
    }
    if (this.offer !== undefined)
      return checkOffer(this.offer, 'offer') ?? arrayOf(checkCandidate)(this.candidates ?? [], 'candidates');
    if (this.candidate !== undefined)
      return checkCandidate(this.candidate, 'candidate') ?? arrayOf(checkOffer)(this.offers ?? [], 'offers');
    if (this.candidates !== undefined) return shape({ offer: shape({}) })({}, '');
    if (this.offers !== undefined) return shape({ candidate: shape({}) })({}, '');
    return undefined;
  }

  protected hasData(): boolean {
    return this.results !== undefined || this.offer !== undefined || this.candidate !== undefined;
  }

  /** Whether the list ranks a pool itself (rather than showing given results). */
  get ranksItself(): boolean {
    return this.results === undefined && (this.offer !== undefined || this.candidate !== undefined);
  }

  /** The results shown before filters: the given ones, or the engine's. */
  get rankedMatches(): readonly RankedMatch[] {
    if (this.results !== undefined)
      return isRecord(this.results)
        ? (this.results as Ranking).results
        : (this.results as readonly RankedMatch[]);
    return this.#ranking.status === 'complete' ? (this.#ranking.value?.results ?? []) : [];
  }

  protected override dataChecked(): void {
    if (this.ranksItself) void this.#rank();
    else {
      this.#ranking.cancel();
      super.dataChecked();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while the engine worked: the disconnection dropped the run, so run again.
    if (this.hasUpdated && !this.problem && this.ranksItself && this.#ranking.wasInterrupted)
      void this.#rank();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const engineInputs = ['limit', 'hardConstraints', 'taxonomy', 'gazetteer', 'config', 'shared'] as const;
    if (!this.problem && this.ranksItself && engineInputs.some((key) => changed.has(key)) && this.hasUpdated)
      void this.#rank();
    // Another page starts at its top.
    if (changed.has('page') && this.hasUpdated) {
      this.#scrollToTop = true;
      this.#scrollTop = 0;
    }
    const active = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    this.#rowHadFocus = !!active?.closest('li.row');
  }

  async #rank(): Promise<void> {
    const common = {
      taxonomy: this.taxonomy ?? this.shared.taxonomy,
      gazetteer: this.gazetteer ?? this.shared.gazetteer,
      hardConstraints: this.hardConstraints,
      k: Math.max(1, Math.floor(this.limit) || 100),
      ...((this.config ?? this.shared.config) ? { config: this.config ?? this.shared.config } : {}),
    };
    const request = this.offer
      ? { ...common, direction: 'candidates' as const, offer: this.offer, pool: this.candidates ?? [] }
      : {
          ...common,
          direction: 'offers' as const,
          candidate: this.candidate as Candidate,
          pool: this.offers ?? [],
        };
    const finished = await this.#ranking.run(request);
    if (!finished) return;
    if (this.#ranking.status === 'error') {
      const error = this.#ranking.error;
      this.problem = {
        code: 'engine',
        source: this.dataSource,
        detail: error instanceof Error ? error.message : String(error),
      };
      this.reportProblem(this.problem);
    } else {
      this.emit('passerelle-load', { source: this.dataSource });
    }
  }

  /** Whether the rows are offers (else candidates). */
  get #rowsAreOffers(): boolean {
    if (this.candidate !== undefined && this.offer === undefined) return true;
    return this.results !== undefined && this.offers !== undefined && this.candidates === undefined;
  }

  #name(id: string): { name: string; where: string } {
    if (this.#rowsAreOffers) {
      const offer = byId(this.offers)?.get(id);
      return { name: offer?.title ?? id, where: offer ? placeText(offer.place) : '' };
    }
    return { name: this.t.cards.candidate(id), where: '' };
  }

  get #view(): MatchListView {
    return {
      minScore: this.minScore,
      maxDistance: this.maxDistance,
      hardConstraints: this.hardConstraints,
      sort: this.sort,
      page: this.page,
    };
  }

  #changeView(patch: Partial<MatchListView>): void {
    const view = { ...this.#view, page: 1, ...patch };
    this.minScore = view.minScore;
    this.maxDistance = view.maxDistance;
    this.hardConstraints = view.hardConstraints;
    this.sort = view.sort;
    this.page = view.page;
    this.emit('passerelle-change', { kind: 'view', view });
  }

  #toggle(id: string, selected: boolean): void {
    const set = new Set(this.selected);
    if (selected) set.add(id);
    else set.delete(id);
    this.selected = this.rankedMatches.map((match) => match.id).filter((matchId) => set.has(matchId));
    this.emit('passerelle-select', { id, selected, ids: this.selected });
  }

  protected renderData(): TemplateResult {
    const { t } = this;
    if (this.ranksItself && this.#ranking.status !== 'complete')
      return html`<p role="status" class="muted" part="status">${t.matchList.ranking}</p>`;
    const shown = applyView(this.rankedMatches, this.#view);
    const pageSize = Math.max(1, Math.floor(this.pageSize) || 20);
    const { page, pages } = pageWithin(this.page, shown.length, pageSize);
    const rows = shown.slice((page - 1) * pageSize, page * pageSize);
    this.#pageRows = rows;
    const view = this.#view;
    return html`${renderFilters(view, this.ranksItself, t, (patch) => this.#changeView(patch))}
      <p class="summary" part="summary" role="status">
        ${t.matchList.results(shown.length, this.rankedMatches.length)}${
          this.selectable && this.selected.length > 0
            ? html` · ${t.matchList.selected(this.selected.length)}`
            : nothing
        }
      </p>
      ${
        rows.length === 0
          ? html`<p class="muted">${t.matchList.noResults}</p>`
          : rows.length > WINDOWED_FROM
            ? this.#renderWindow(rows)
            : this.#renderList(rows, 0, false)
      }
      ${pages > 1 ? renderPages(page, pages, t, (to) => this.#changeView({ page: to })) : nothing}`;
  }

  /** The list of `rows`, the first one at position `from` of the page (positions told when windowed). */
  #renderList(rows: readonly RankedMatch[], from: number, windowed: boolean): TemplateResult {
    const count = this.#pageRows.length;
    return html`<ol
      part="list"
      class=${windowed ? 'windowed' : ''}
      aria-label=${this.label || this.t.matchList.label}
      @keydown=${this.#onKeydown}
    >
      ${repeat(
        rows,
        (match) => match.id,
        // A row re-renders only when what it shows changed (500 rows: a selection touches one).
        (match, i) => {
          const selected = this.selected.includes(match.id);
          const index = from + i;
          const inputs = [
            match,
            selected,
            this.locale,
            this.selectable,
            this.taxonomy,
            this.shared,
            this.offers,
            index,
            windowed ? count : 0,
          ];
          return guard(inputs, () => this.#renderRow(match, selected, index, windowed ? count : 0));
        },
      )}
    </ol>`;
  }

  /**
   * A long page in its own scroll box: only the rows in or near its view are in the DOM, between two spacers
   * standing for the others (measured heights, else an estimate). Each row tells its position and the page's
   * size (`aria-posinset`, `aria-setsize`), so that screen readers announce the whole list.
   */
  #renderWindow(rows: readonly RankedMatch[]): TemplateResult {
    const estimate = this.#heights.size > 0 ? this.#heightSum / this.#heights.size : ROW_ESTIMATE;
    this.#offsets = rowOffsets(rows.map((match) => (this.#heights.get(match.id) ?? estimate) + this.#gap));
    const w = windowAt(this.#offsets, this.#scrollTop, this.#viewHeight, OVERSCAN);
    this.#window = w;
    return html`<div class="scroller" part="scroller" tabindex="-1" @scroll=${this.#onScroll}>
      <div class="spacer">${spacerOf(w.before)}</div>
      ${this.#renderList(rows.slice(w.start, w.end), w.start, true)}
      <div class="spacer">${spacerOf(w.after)}</div>
    </div>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#observed = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller || !this.#window) {
      this.#window = undefined;
      return;
    }
    if (this.#observed !== scroller) {
      this.#resize ??= new ResizeObserver(() => this.requestUpdate());
      this.#resize.disconnect();
      this.#resize.observe(scroller);
      this.#observed = scroller;
    }
    // The focused row scrolled out of the window (mouse wheel): the focus stays in the list, on its scroll box.
    if (this.#rowHadFocus && !(this.renderRoot as ShadowRoot).activeElement)
      scroller.focus({ preventScroll: true });
    if (this.#scrollToTop) {
      this.#scrollToTop = false;
      scroller.scrollTop = 0;
    }
    // Hidden (a closed tab, display: none): nothing to measure; the size observer calls again once shown.
    if (scroller.clientHeight === 0) return;
    // Measure the rows rendered (their heights replace the estimate), then check the window against the view.
    const list = scroller.querySelector('ol')!;
    this.#gap = Number.parseFloat(getComputedStyle(list).rowGap) || 0;
    for (const row of list.children as HTMLCollectionOf<HTMLElement>) {
      const match = this.#pageRows[Number(row.dataset.index)];
      if (!match) continue;
      const height = row.getBoundingClientRect().height;
      this.#heightSum += height - (this.#heights.get(match.id) ?? 0);
      this.#heights.set(match.id, height);
    }
    this.#readView(scroller);
    if (this.#windowMoved()) {
      // Bounded: heights settle once measured; a later scroll starts the count again.
      if (this.#corrections < MAX_CORRECTIONS) {
        this.#corrections += 1;
        this.requestUpdate();
      }
    } else this.#corrections = 0;
  }

  #readView(scroller: HTMLElement): void {
    this.#scrollTop = scroller.scrollTop;
    this.#viewHeight = scroller.clientHeight || this.#viewHeight;
  }

  /** Whether the rows or spacers rendered differ from what the current heights and view call for. */
  #windowMoved(): boolean {
    const shown = this.#window;
    if (!shown) return false;
    const estimate = this.#heights.size > 0 ? this.#heightSum / this.#heights.size : ROW_ESTIMATE;
    this.#offsets = rowOffsets(
      this.#pageRows.map((match) => (this.#heights.get(match.id) ?? estimate) + this.#gap),
    );
    const w = windowAt(this.#offsets, this.#scrollTop, this.#viewHeight, OVERSCAN);
    return (
      w.start !== shown.start ||
      w.end !== shown.end ||
      Math.abs(w.before - shown.before) > 0.5 ||
      Math.abs(w.after - shown.after) > 0.5
    );
  }

  readonly #onScroll = (event: Event): void => {
    this.#readView(event.currentTarget as HTMLElement);
    this.#corrections = 0;
    if (this.#windowMoved()) this.requestUpdate();
  };

  /** ↓/↑ move to the next or previous row, Page Down/Up by a view, Home/End to the first or last row. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('li.row');
    if (!row || row.parentElement !== event.currentTarget) return;
    const from = Number(row.dataset.index);
    const last = this.#pageRows.length - 1;
    const perView = Math.max(
      1,
      Math.floor(this.#viewHeight / ((this.#offsets.at(-1) ?? 0) / (last + 1) || ROW_ESTIMATE)),
    );
    const to = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + perView,
      PageUp: from - perView,
      Home: 0,
      End: last,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const control: RowControl = target.matches('input[type=checkbox]') ? 'checkbox' : 'name';
    void this.#focusRow(Math.min(last, Math.max(0, to)), control);
  };

  /**
   * Moves the focus to a row of the page shown (from 0), rendering it and scrolling it into view first when the
   * list is windowed: the row's checkbox when `control` is `checkbox` and the list is selectable, else its name.
   */
  async #focusRow(index: number, control: RowControl): Promise<void> {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const find = () => this.renderRoot.querySelector<HTMLElement>(`li.row[data-index="${index}"]`);
    // Estimated heights may put the row a little off: measured, the next try lands on it.
    for (let attempt = 0; attempt < 3 && scroller && !find(); attempt += 1) {
      this.#readView(scroller);
      scroller.scrollTop = scrollToShow(this.#offsets, index, this.#scrollTop, this.#viewHeight);
      this.#readView(scroller);
      this.#corrections = 0;
      this.requestUpdate();
      // Measured heights may move the window once or twice more before it settles.
      while (!(await this.updateComplete));
    }
    const row = find();
    if (!row) return;
    row.scrollIntoView({ block: 'nearest' });
    const target =
      (control === 'checkbox' ? row.querySelector<HTMLElement>('input[type=checkbox]') : null) ??
      row.querySelector<HTMLElement>('button.name');
    target?.focus({ preventScroll: true });
  }

  /** One row; `setSize` is the page's row count when windowed (0: the list holds every row). */
  #renderRow(match: RankedMatch, selected: boolean, index: number, setSize: number): TemplateResult {
    const { t, fmt, locale } = this;
    const { name, where } = this.#name(match.id);
    const km = distanceOf(match);
    const reasons = (match.reasons ?? []).slice(0, 3);
    const missing = match.missingSkills ?? [];
    return html`<li
      class="row ${selected ? 'selected' : ''}"
      part="row"
      data-index=${index}
      aria-setsize=${setSize > 0 ? setSize : nothing}
      aria-posinset=${setSize > 0 ? index + 1 : nothing}
    >
      ${
        this.selectable
          ? html`<input
              type="checkbox"
              .checked=${selected}
              aria-label=${t.matchList.select(name)}
              @change=${(event: Event) => this.#toggle(match.id, (event.target as HTMLInputElement).checked)}
            />`
          : html`<span></span>`
      }
      <span class="rank" aria-label="${t.matchList.rank} ${match.rank}">${match.rank}</span>
      <span
        ><button
          class="name"
          part="name"
          type="button"
          aria-label=${t.matchList.open(name)}
          @click=${() => this.emit('passerelle-open', { id: match.id })}
        >
          ${name}</button
        >${
          where || km !== undefined
            ? html` <span class="muted"
                >${[where, km === undefined ? '' : `${fmt.decimal(km)} km`].filter(Boolean).join(' · ')}</span
              >`
            : nothing
        }</span
      >
      <span class="score" part="score">
        <span class="bar" aria-hidden="true">${barFill(match.score)}</span>
        <span>${t.matchList.score} ${fmt.points(match.score)}</span>
      </span>
      ${
        reasons.length > 0 || missing.length > 0
          ? html`<div class="details">
              ${
                reasons.length > 0
                  ? html`<ul part="reasons" aria-label=${t.matchList.reasons}>
                      ${reasons.map((reason) => html`<li class=${reason.effect}>${reasonText(reason, locale)}</li>`)}
                    </ul>`
                  : nothing
              }
              ${
                missing.length > 0
                  ? html`<p class="missing" part="missing">
                      ${t.matchList.missingSkills(missing.length)}
                      ${missing
                        .map((id) =>
                          skillLabel(this.taxonomy ?? this.shared.taxonomy, id, locale, match.reasons),
                        )
                        .join(', ')}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </li>`;
  }
}
