import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { loadSkillSearch } from '../../controllers/engine-loader.js';
import type { PickedSkill } from '../../events/passerelle-change.js';
import { arrayOf, isRecord, numberIn, shape, text } from '../../internal/check.js';
import { DataElement } from '../../internal/data-element.js';
import {
  displayLabel,
  mergeSuggestions,
  searchSkills,
  type SkillSuggestion,
} from '../../internal/skill-search.js';
import { conceptLabel, taxonomyLocale, type TaxonomyLike } from '../../internal/taxonomy-labels.js';
import { skillPickerStyles } from './skill-picker.styles.js';

const checkTaxonomy = shape({
  skills: arrayOf(shape({ id: text, labels: shape({ fr: shape({}), en: shape({}) }) })),
});
const checkValue = arrayOf(shape({ id: text, level: numberIn(1, 4) }));

let instances = 0;

/**
 * Type-ahead over a taxonomy's skills — French and English labels and synonyms, accents and case ignored, typos
 * forgiven through the matching engine's skill normaliser (fuse.js; loaded on first use) — with multiple
 * selection and a level per skill. Follows the WAI-ARIA combobox pattern: Arrow keys move in the suggestions,
 * Enter picks, Escape closes (then clears), Home and End stay in the text.
 *
 * @tagname passerelle-skill-picker
 * @summary Pick skills with levels from the taxonomy by typing.
 *
 * @fires passerelle-change - The user added or removed a skill or changed a level (`{ kind: 'skills', skills }`).
 * @fires passerelle-load - The taxonomy was loaded and checked.
 * @fires passerelle-error - The taxonomy could not be loaded or is malformed.
 *
 * @csspart label - The field's label.
 * @csspart input - The text field (the combobox).
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart picked - The list of chosen skills.
 * @csspart chip - One chosen skill.
 * @csspart error - The error box.
 *
 * @cssprop --passerelle-skill-picker-max-height - Maximum height of the suggestions.
 */
export class PasserelleSkillPicker extends DataElement {
  static override styles = skillPickerStyles;

  /** The taxonomy to search: a core `Taxonomy` or its data (`skills` with `labels.fr` / `labels.en`). */
  @property({ attribute: false }) taxonomy: TaxonomyLike | undefined;

  /** The chosen skills with their levels (1 basic – 4 expert). Setting it from code fires no event. */
  @property({ attribute: false }) value: readonly PickedSkill[] = [];

  /** The field's visible label (default: “Compétences” in the widget's language). */
  @property() label = '';

  /** Placeholder of the text field (default: translated). */
  @property() placeholder = '';

  /** How many suggestions to show (default 8). */
  @property({ type: Number, attribute: 'max-suggestions' }) maxSuggestions = 8;

  /** The level given to a newly picked skill (default 2). */
  @property({ type: Number, attribute: 'default-level' }) defaultLevel: PickedSkill['level'] = 2;

  /** Whether typos are forgiven by the engine's normaliser (`fuzzy="off"` keeps the prefix search only). */
  @property({ attribute: 'fuzzy' }) fuzzy: 'on' | 'off' = 'on';

  @state() private text = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private suggestions: SkillSuggestion[] = [];
  @state() private announcement = '';

  @query('input') private input!: HTMLInputElement;

  readonly #id = `passerelle-skill-picker-${(instances += 1)}`;
  #search = 0;

  protected readonly dataKeys = ['taxonomy'];

  protected applyJson(json: unknown): void {
    this.taxonomy = (isRecord(json) && isRecord(json.taxonomy) ? json.taxonomy : json) as TaxonomyLike;
  }

  protected checkData(): string | undefined {
    if (this.taxonomy === undefined) return undefined;
    return checkTaxonomy(this.taxonomy, 'taxonomy') ?? checkValue(this.value, 'value');
  }

  protected hasData(): boolean {
    return this.#taxonomy !== undefined;
  }

  /** Its own taxonomy, else the one a `<passerelle-context>` shares. */
  get #taxonomy(): TaxonomyLike | undefined {
    return this.taxonomy ?? this.shared.taxonomy;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.hasUpdated) {
      const bad = checkValue(this.value, 'value');
      if (bad) {
        this.problem = { code: 'invalid', source: 'property', field: bad };
        this.reportProblem(this.problem);
      }
    }
  }

  get #locale(): 'fr' | 'en' {
    return taxonomyLocale(this.locale);
  }

  #update(text: string): void {
    this.text = text;
    const taxonomy = this.#taxonomy;
    if (!taxonomy || text.trim() === '') {
      this.suggestions = [];
      this.open = false;
      this.active = -1;
      return;
    }
    const exclude = new Set(this.value.map((skill) => skill.id));
    const limit = Math.max(1, Math.floor(this.maxSuggestions) || 8);
    const local = searchSkills(taxonomy, text, { locale: this.#locale, limit, exclude });
    this.#show(local);
    const full = local.filter((s) => s.score >= 2).length;
    if (this.fuzzy !== 'off' && full < limit && text.trim().length >= 3)
      void this.#fuzzy(text, local, exclude, limit);
  }

  #show(suggestions: SkillSuggestion[]): void {
    this.suggestions = suggestions;
    this.open = true;
    this.active = suggestions.length > 0 ? Math.min(Math.max(this.active, 0), suggestions.length - 1) : -1;
    this.announcement =
      suggestions.length > 0
        ? this.t.skillPicker.suggestions(suggestions.length)
        : this.t.skillPicker.noMatch;
  }

  async #fuzzy(text: string, local: SkillSuggestion[], exclude: Set<string>, limit: number): Promise<void> {
    const run = ++this.#search;
    const taxonomy = this.#taxonomy as TaxonomyLike;
    let found: { id: string; score: number; matchedLabel: string }[];
    try {
      const search = await loadSkillSearch();
      if (run !== this.#search || this.text !== text) return;
      found = search.fuzzySkills(taxonomy, text, { k: limit, locale: this.#locale, minScore: 0.5 });
    } catch {
      return; // The prefix search stays; a failed chunk load is not the user's problem.
    }
    const bySkill = new Map(taxonomy.skills.map((skill) => [skill.id, skill]));
    const fuzzy = found
      .filter((match) => !exclude.has(match.id) && bySkill.has(match.id))
      .map((match) => {
        const label = displayLabel(bySkill.get(match.id)!, this.#locale);
        return {
          id: match.id,
          label,
          score: match.score,
          ...(match.matchedLabel === label ? {} : { matched: match.matchedLabel }),
        };
      });
    this.#show(mergeSuggestions(local, fuzzy, limit));
  }

  #pick(suggestion: SkillSuggestion): void {
    const level = ([1, 2, 3, 4] as const).find((l) => l === Math.round(this.defaultLevel)) ?? 2;
    this.#commit([...this.value, { id: suggestion.id, level }]);
    this.announcement = this.t.skillPicker.added(suggestion.label);
    this.#search += 1;
    this.text = '';
    this.suggestions = [];
    this.open = false;
    this.active = -1;
    this.input?.focus();
  }

  #remove(id: string): void {
    this.#commit(this.value.filter((skill) => skill.id !== id));
    this.announcement = this.t.skillPicker.removed(conceptLabel(this.#taxonomy, id, this.locale));
    this.input?.focus();
  }

  #commit(skills: readonly PickedSkill[]): void {
    this.value = skills;
    this.emit('passerelle-change', { kind: 'skills', skills });
  }

  #onKeyDown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.#update(this.text);
        else if (count > 0) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.open && count > 0) this.active = (this.active - 1 + count) % count;
        break;
      case 'Enter': {
        const suggestion = this.open ? this.suggestions[this.active] : undefined;
        if (suggestion) {
          event.preventDefault();
          this.#pick(suggestion);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.text !== '') {
          event.preventDefault();
          this.#update('');
        }
        break;
      case 'Tab':
        this.open = false;
        break;
    }
  }

  protected renderData(): TemplateResult {
    const { t } = this;
    const listbox = `${this.#id}-listbox`;
    const optionId = (i: number) => `${this.#id}-option-${i}`;
    const expanded = this.open && this.text.trim() !== '';
    return html`<div class="field">
        <label part="label" for="input">${this.label || t.skillPicker.label}</label>
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${listbox}
          aria-activedescendant=${expanded && this.active >= 0 ? optionId(this.active) : nothing}
          placeholder=${this.placeholder || t.skillPicker.placeholder}
          .value=${live(this.text)}
          @input=${(event: Event) => this.#update((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event)}
          @blur=${() => (this.open = false)}
        />
        <ul
          id=${listbox}
          role="listbox"
          part="listbox"
          aria-label=${this.label || t.skillPicker.label}
          ?hidden=${!expanded}
        >
          ${this.suggestions.map(
            (suggestion, i) =>
              html`<li
                id=${optionId(i)}
                role="option"
                part="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => this.#pick(suggestion)}
              >
                ${suggestion.label}${
                  suggestion.matched ? html` <span class="matched">(${suggestion.matched})</span>` : nothing
                }
              </li>`,
          )}
        </ul>
        ${expanded && this.suggestions.length === 0 ? html`<p class="empty">${t.skillPicker.noMatch}</p>` : nothing}
      </div>
      ${
        this.value.length > 0
          ? html`<ul class="picked" part="picked" aria-label=${t.skillPicker.selected}>
              ${this.value.map((skill) => {
                const name = conceptLabel(this.#taxonomy, skill.id, this.locale);
                return html`<li part="chip">
                  <span>${name}</span>
                  <select
                    aria-label=${t.skillPicker.level(name)}
                    @change=${(event: Event) => {
                      const level = Number((event.target as HTMLSelectElement).value) as PickedSkill['level'];
                      this.#commit(this.value.map((s) => (s.id === skill.id ? { id: s.id, level } : s)));
                    }}
                  >
                    ${t.vocab.skillLevels.map(
                      (levelName, i) =>
                        html`<option value=${i + 1} ?selected=${skill.level === i + 1}>${levelName}</option>`,
                    )}
                  </select>
                  <button
                    type="button"
                    aria-label=${t.skillPicker.remove(name)}
                    @click=${() => this.#remove(skill.id)}
                  >
                    ×
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}
