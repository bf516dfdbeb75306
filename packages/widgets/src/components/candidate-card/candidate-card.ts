import type { Candidate, CandidateRecord } from '@passerelle/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isRecord } from '../../internal/check.js';
import { checkCandidate } from '../../internal/record-checks.js';
import { DataElement } from '../../internal/data-element.js';
import { conceptLabel, type TaxonomyLike } from '../../internal/taxonomy-labels.js';
import { languageList, placeText } from '../../internal/record-text.js';
import { candidateCardStyles } from './candidate-card.styles.js';

/**
 * A compact summary of a job seeker for counsellors: home, education, skills with levels, wanted
 * occupations, languages, licences, availability, hours, schedules and contracts accepted. It shows no
 * protected attribute, and no field that stands for one (work permit, programmes): given a
 * `CandidateRecord`, it reads its `candidate` part only.
 *
 * @tagname passerelle-candidate-card
 * @summary A job seeker's profile at a glance, without protected attributes.
 *
 * @fires passerelle-load - The candidate was loaded and checked.
 * @fires passerelle-error - The candidate could not be loaded or lacks a field; the card shows why.
 *
 * @csspart base - The card.
 * @csspart title - The card's heading.
 * @csspart facts - The list of facts.
 * @csspart skills - The list of skills.
 * @csspart skill - One skill.
 * @csspart error - The error box.
 *
 * @cssprop --passerelle-card-padding - Inner padding of the card.
 * @cssprop --passerelle-color-accent - Accent colour (and every other `--passerelle-*` token).
 */
export class PasserelleCandidateCard extends DataElement {
  static override styles = candidateCardStyles;

  /** The candidate (a `Candidate`, or a `CandidateRecord` whose protected part is never read). */
  @property({ attribute: false }) candidate: Candidate | CandidateRecord | undefined;

  /** A taxonomy (a core `Taxonomy` or its data) for skill and occupation labels; ids are shown without it. */
  @property({ attribute: false }) taxonomy: TaxonomyLike | undefined;

  /** The level of the card's heading, 1 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected readonly dataKeys = ['candidate'];

  protected applyJson(json: unknown): void {
    if (isRecord(json) && isRecord(json.taxonomy)) this.taxonomy = json.taxonomy as unknown as TaxonomyLike;
    this.candidate = (isRecord(json) && 'candidate' in json ? json.candidate : json) as Candidate;
  }

  /** The candidate part, whatever was given. */
  protected get profile(): Candidate | undefined {
    const value = this.candidate as unknown;
    if (isRecord(value) && isRecord(value.candidate) && 'protected' in value)
      return value.candidate as Candidate;
    return value as Candidate | undefined;
  }

  protected checkData(): string | undefined {
    return this.candidate === undefined ? undefined : checkCandidate(this.profile, 'candidate');
  }

  protected hasData(): boolean {
    return this.candidate !== undefined;
  }

  protected renderData(): TemplateResult | typeof nothing {
    const c = this.profile;
    if (!c) return nothing;
    const { t, fmt, locale } = this;
    const label = (id: string) => conceptLabel(this.taxonomy ?? this.shared.taxonomy, id, locale);
    const list = (items: readonly string[] | undefined, empty = t.cards.none) =>
      items && items.length > 0 ? items.join(', ') : empty;
    return html`<article part="base" aria-labelledby="title">
      <div class="title" part="title" id="title" role="heading" aria-level=${this.headingLevel}>
        ${t.cards.candidate(c.id)}
      </div>
      <dl part="facts">
        <dt>${t.cards.home}</dt>
        <dd>${placeText(c.home)}</dd>
        ${
          c.education
            ? html`<dt>${t.cards.education}</dt>
                <dd>${t.cards.isced(c.education.isced)}</dd>`
            : nothing
        }
        <dt>${t.cards.wantedOccupations}</dt>
        <dd>${list(c.wantedOccupations?.map(label))}</dd>
        <dt>${t.cards.languages}</dt>
        <dd>${list(languageList(c.languages, t))}</dd>
        <dt>${t.cards.licences}</dt>
        <dd>${list(c.licences)}</dd>
        ${
          c.hasVehicle === undefined
            ? nothing
            : html`<dt>${t.cards.vehicle}</dt>
                <dd>${c.hasVehicle ? t.cards.yes : t.cards.no}</dd>`
        }
        ${
          c.availableFrom
            ? html`<dt>${t.cards.availableFrom}</dt>
                <dd>${fmt.date(c.availableFrom)}</dd>`
            : nothing
        }
        ${
          c.hoursPerWeek
            ? html`<dt>${t.cards.hours}</dt>
                <dd>
                  ${t.cards.hoursRange(fmt.decimal(c.hoursPerWeek.min), fmt.decimal(c.hoursPerWeek.max))}
                </dd>`
            : nothing
        }
        <dt>${t.cards.schedules}</dt>
        <dd>${list(c.schedules?.map((s) => t.vocab.schedules[s] ?? s))}</dd>
        <dt>${t.cards.contractTypes}</dt>
        <dd>
          ${list(
            c.contractTypes?.map((s) => t.vocab.contractTypes[s] ?? s),
            t.cards.anyContract,
          )}
        </dd>
      </dl>
      <div class="title" role="heading" aria-level=${this.headingLevel + 1}>${t.cards.skills}</div>
      <ul class="chips" part="skills">
        ${c.skills.map(
          (skill) =>
            html`<li part="skill">
              ${label(skill.id)} <span class="level">${t.vocab.skillLevels[skill.level - 1]}</span>
            </li>`,
        )}
      </ul>
    </article>`;
  }
}
