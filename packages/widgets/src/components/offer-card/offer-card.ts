import type { JobOffer } from '@passerelle/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isRecord } from '../../internal/check.js';
import { DataElement } from '../../internal/data-element.js';
import { checkOffer } from '../../internal/record-checks.js';
import { languageList, placeText } from '../../internal/record-text.js';
import { conceptLabel, type TaxonomyLike } from '../../internal/taxonomy-labels.js';
import { offerCardStyles } from './offer-card.styles.js';

/**
 * A compact summary of a job offer: title, place, contract, hours, schedules, start and closing dates,
 * positions, required and wanted skills with levels, languages, licences and education.
 *
 * @tagname passerelle-offer-card
 * @summary A job offer at a glance.
 *
 * @fires passerelle-load - The offer was loaded and checked.
 * @fires passerelle-error - The offer could not be loaded or lacks a field; the card shows why.
 *
 * @csspart base - The card.
 * @csspart title - The card's heading.
 * @csspart facts - The list of facts.
 * @csspart skills - A list of skills.
 * @csspart skill - One skill.
 * @csspart error - The error box.
 *
 * @cssprop --passerelle-card-padding - Inner padding of the card.
 */
export class PasserelleOfferCard extends DataElement {
  static override styles = offerCardStyles;

  /** The offer. */
  @property({ attribute: false }) offer: JobOffer | undefined;

  /** A taxonomy (a core `Taxonomy` or its data) for skill and occupation labels; ids are shown without it. */
  @property({ attribute: false }) taxonomy: TaxonomyLike | undefined;

  /** The level of the card's heading, 1 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected readonly dataKeys = ['offer'];

  protected applyJson(json: unknown): void {
    if (isRecord(json) && isRecord(json.taxonomy)) this.taxonomy = json.taxonomy as unknown as TaxonomyLike;
    this.offer = (isRecord(json) && 'offer' in json ? json.offer : json) as JobOffer;
  }

  protected checkData(): string | undefined {
    return this.offer === undefined ? undefined : checkOffer(this.offer, 'offer');
  }

  protected hasData(): boolean {
    return this.offer !== undefined;
  }

  #skills(skills: JobOffer['requiredSkills'] | undefined, heading: string): TemplateResult | typeof nothing {
    if (!skills || skills.length === 0) return nothing;
    const { t, locale } = this;
    return html`<div class="title" role="heading" aria-level=${this.headingLevel + 1}>${heading}</div>
      <ul class="chips" part="skills">
        ${skills.map(
          (skill) =>
            html`<li part="skill">
              ${conceptLabel(this.taxonomy ?? this.shared.taxonomy, skill.id, locale)}
              <span class="level">${t.vocab.skillLevels[skill.minLevel - 1]}</span>
            </li>`,
        )}
      </ul>`;
  }

  protected renderData(): TemplateResult | typeof nothing {
    const o = this.offer;
    if (!o) return nothing;
    const { t, fmt, locale } = this;
    const list = (items: readonly string[] | undefined) =>
      items && items.length > 0 ? items.join(', ') : t.cards.none;
    const fact = (label: string, value: unknown) =>
      value === undefined || value === null || value === ''
        ? nothing
        : html`<dt>${label}</dt>
            <dd>${value}</dd>`;
    const contract = o.contractType ? (t.vocab.contractTypes[o.contractType] ?? o.contractType) : undefined;
    return html`<article part="base" aria-labelledby="title">
      <div class="title" part="title" id="title" role="heading" aria-level=${this.headingLevel}>
        ${o.title}
      </div>
      ${
        o.occupation
          ? html`<p class="subtitle">
              ${conceptLabel(this.taxonomy ?? this.shared.taxonomy, o.occupation, locale)}
            </p>`
          : nothing
      }
      <dl part="facts">
        ${fact(t.cards.place, placeText(o.place))}
        ${fact(
          t.cards.contractType,
          contract && o.durationMonths
            ? `${contract} (${t.cards.durationMonths(o.durationMonths)})`
            : contract,
        )}
        ${fact(
          t.cards.hours,
          o.hoursPerWeek
            ? t.cards.hoursRange(fmt.decimal(o.hoursPerWeek.min), fmt.decimal(o.hoursPerWeek.max))
            : undefined,
        )}
        ${fact(t.cards.schedules, o.schedules ? list(o.schedules.map((s) => t.vocab.schedules[s] ?? s)) : undefined)}
        ${fact(t.cards.positions, o.positions === undefined ? undefined : fmt.integer(o.positions))}
        ${fact(t.cards.startDate, o.startDate ? fmt.date(o.startDate) : undefined)}
        ${fact(t.cards.closesOn, o.closesOn ? fmt.date(o.closesOn) : undefined)}
        ${fact(t.cards.languages, list(languageList(o.languages, t)))}
        ${fact(t.cards.licences, o.licences ? list(o.licences) : undefined)}
        ${fact(t.cards.minEducation, o.minEducation === undefined ? undefined : t.cards.isced(o.minEducation))}
      </dl>
      ${this.#skills(o.requiredSkills, t.cards.requiredSkills)}
      ${this.#skills(o.wantedSkills, t.cards.wantedSkills)}
    </article>`;
  }
}
