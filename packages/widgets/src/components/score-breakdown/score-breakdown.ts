import type { Candidate, JobOffer } from '@passerelle/core';
import type {
  CriterionShare,
  Explanation,
  MatchingConfigInput,
  RankedMatch,
  Reason,
} from '@passerelle/matching';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { barFill } from '../../internal/bars.js';
import { EngineTask } from '../../controllers/engine-task.js';
import type { CriterionKey } from '../../i18n/translation.js';
import { arrayOf, isRecord, numberIn, optional, shape, text } from '../../internal/check.js';
import { DataElement } from '../../internal/data-element.js';
import { reasonText } from '../../internal/match-view.js';
import { checkCandidate, checkExplanation, checkMatch, checkOffer } from '../../internal/record-checks.js';
import { skillLabel, type TaxonomyLike } from '../../internal/taxonomy-labels.js';
import { scoreGains } from '../../internal/what-if.js';
import { scoreBreakdownStyles } from './score-breakdown.styles.js';

/** What the breakdown shows of a pair, whatever it was given. */
interface PairView {
  readonly score: number;
  readonly excluded: boolean;
  readonly breakdown: readonly CriterionShare[];
  readonly penaltyFactor: number;
  readonly reasons: readonly Reason[];
  readonly missingSkills: readonly string[];
}

const checkExplainedMatch = shape({
  breakdown: arrayOf(shape({ criterion: text, weight: numberIn(0, 1), contribution: numberIn(0, 1) })),
  penaltyFactor: optional(numberIn(0, 1)),
});

/**
 * One candidate–offer pair explained: the score, each criterion's value, weight and share of the score, the
 * reasons in plain words, the missing skills, and what would change the result (each criterion at its best,
 * the penalties lifted, or the hard constraint that excludes the pair).
 *
 * Give it an `explanation` (from `matcher.explain`), a `match` (an explained `RankedMatch`), or a `candidate`
 * and an `offer` to explain in the page with the same engine as in Node (loaded on first use).
 *
 * @tagname passerelle-score-breakdown
 * @summary Why a pair scores what it does, and what would change it.
 *
 * @fires passerelle-load - The pair was loaded, checked and (when needed) explained.
 * @fires passerelle-error - The data could not be loaded, lacks a field, or could not be explained.
 *
 * @csspart score - The score line.
 * @csspart criteria - The table of criteria.
 * @csspart bar - A criterion's share bar.
 * @csspart reasons - The list of reasons.
 * @csspart missing - The list of missing skills.
 * @csspart what-if - The list of what would change the result.
 * @csspart error - The error box.
 *
 * @cssprop --passerelle-score-breakdown-bar-color - Fill of the share bars (default: the accent colour).
 */
export class PasserelleScoreBreakdown extends DataElement {
  static override styles = scoreBreakdownStyles;

  /** An explanation from `matcher.explain(candidate, offer)`. */
  @property({ attribute: false }) explanation: Explanation | undefined;

  /** An explained ranked result (with `breakdown`, `reasons`, `missingSkills`). */
  @property({ attribute: false }) match: RankedMatch | undefined;

  /** The candidate of a pair to explain in the page (with `offer`). */
  @property({ attribute: false }) candidate: Candidate | undefined;

  /** The offer of a pair to explain in the page (with `candidate`). */
  @property({ attribute: false }) offer: JobOffer | undefined;

  /** A core `Taxonomy` or its data, for skill labels and the engine. */
  @property({ attribute: false }) taxonomy: TaxonomyLike | undefined;

  /** A core `Gazetteer` or its data, for the engine. */
  @property({ attribute: false }) gazetteer: unknown;

  /** Matching configuration for the engine. */
  @property({ attribute: false }) config: MatchingConfigInput | undefined;

  /** The level of the section headings, 1 to 6 (default 4). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 4;

  protected readonly dataKeys = ['explanation', 'match', 'candidate', 'offer'];

  readonly #explaining = new EngineTask(
    this,
    (
      engine,
      args: { candidate: Candidate; offer: JobOffer; setup: Parameters<typeof engine.explainPair>[2] },
    ) => engine.explainPair(args.candidate, args.offer, args.setup),
  );

  protected applyJson(json: unknown): void {
    if (!isRecord(json)) return;
    for (const key of ['explanation', 'match', 'candidate', 'offer', 'taxonomy', 'config'] as const)
      if (key in json) (this as Record<string, unknown>)[key] = json[key];
    if (!['explanation', 'match', 'candidate', 'offer'].some((key) => key in json))
      this.explanation = json as unknown as Explanation;
  }

  protected checkData(): string | undefined {
    if (this.explanation !== undefined) return checkExplanation(this.explanation, 'explanation');
    if (this.match !== undefined)
      return checkMatch(this.match, 'match') ?? checkExplainedMatch(this.match, 'match');
    if (this.candidate !== undefined || this.offer !== undefined)
      return checkCandidate(this.candidate, 'candidate') ?? checkOffer(this.offer, 'offer');
    return undefined;
  }

  protected hasData(): boolean {
    return this.explanation !== undefined || this.match !== undefined || this.candidate !== undefined;
  }

  get #explainsItself(): boolean {
    return this.explanation === undefined && this.match === undefined && this.candidate !== undefined;
  }

  protected override dataChecked(): void {
    if (this.#explainsItself) void this.#explain();
    else {
      this.#explaining.cancel();
      super.dataChecked();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while the engine worked: the disconnection dropped the run, so run again.
    if (this.hasUpdated && !this.problem && this.#explainsItself && this.#explaining.wasInterrupted)
      void this.#explain();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      this.hasUpdated &&
      !this.problem &&
      this.#explainsItself &&
      (changed.has('config') || changed.has('taxonomy') || changed.has('shared'))
    )
      void this.#explain();
  }

  async #explain(): Promise<void> {
    const setup = {
      taxonomy: this.taxonomy ?? this.shared.taxonomy,
      gazetteer: this.gazetteer ?? this.shared.gazetteer,
      hardConstraints: true,
      ...((this.config ?? this.shared.config) ? { config: this.config ?? this.shared.config } : {}),
    };
    const finished = await this.#explaining.run({
      candidate: this.candidate as Candidate,
      offer: this.offer as JobOffer,
      setup,
    });
    if (!finished) return;
    if (this.#explaining.status === 'error') {
      const error = this.#explaining.error;
      this.problem = {
        code: 'engine',
        source: this.dataSource,
        detail: error instanceof Error ? error.message : String(error),
      };
      this.reportProblem(this.problem);
    } else this.emit('passerelle-load', { source: this.dataSource });
  }

  /** The pair shown, whatever was given. */
  get #pair(): PairView | undefined {
    const source =
      this.explanation ??
      this.match ??
      (this.#explaining.status === 'complete' ? this.#explaining.value : undefined);
    if (!source) return undefined;
    return {
      score: source.score,
      excluded: 'excluded' in source ? source.excluded : false,
      breakdown: source.breakdown ?? [],
      penaltyFactor: source.penaltyFactor ?? 1,
      reasons: source.reasons ?? [],
      missingSkills: source.missingSkills ?? [],
    };
  }

  protected renderData(): TemplateResult {
    const { t, fmt, locale } = this;
    const pair = this.#pair;
    if (!pair) return html`<p role="status" class="muted" part="status">${t.loading}</p>`;
    const heading = (textContent: string) =>
      html`<h4 role="heading" aria-level=${this.headingLevel}>${textContent}</h4>`;
    const criterion = (id: string) => t.breakdown.criteria[id as CriterionKey] ?? id;
    const excludedBy = pair.reasons.filter((reason) => reason.effect === 'excluded');
    const gains = pair.excluded ? [] : scoreGains(pair.breakdown, pair.penaltyFactor);
    return html`<section aria-label=${t.breakdown.label}>
      <p class="score" part="score">${t.breakdown.score} ${fmt.points(pair.score)} / 100</p>
      ${
        excludedBy.length > 0
          ? html`${heading(t.breakdown.excludedBy)}
              <ul>
                ${excludedBy.map((reason) => html`<li class="excluded">${reasonText(reason, locale)}</li>`)}
              </ul>`
          : nothing
      }
      <table part="criteria">
        <caption class="visually-hidden">
          ${t.breakdown.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.breakdown.criterion}</th>
            <th scope="col">${t.breakdown.value}</th>
            <th scope="col">${t.breakdown.weight}</th>
            <th scope="col">${t.breakdown.share}</th>
          </tr>
        </thead>
        <tbody>
          ${pair.breakdown.map(
            (share) =>
              html`<tr>
                <th scope="row">${criterion(share.criterion)}</th>
                <td>${share.value === null ? t.breakdown.notApplicable : fmt.percent(share.value)}</td>
                <td>${fmt.percent(share.weight)}</td>
                <td class="bar-cell">
                  <span>${fmt.points(share.contribution * pair.penaltyFactor)}</span>
                  <div class="bar" part="bar" aria-hidden="true">
                    ${barFill(share.contribution * pair.penaltyFactor)}
                  </div>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${heading(t.breakdown.reasons)}
      <ul part="reasons">
        ${pair.reasons
          .filter((reason) => reason.effect !== 'excluded')
          .map((reason) => html`<li class=${reason.effect}>${reasonText(reason, locale)}</li>`)}
      </ul>
      ${
        pair.missingSkills.length > 0
          ? html`${heading(t.breakdown.missing)}
              <ul part="missing">
                ${pair.missingSkills.map(
                  (id) =>
                    html`<li>
                      ${skillLabel(this.taxonomy ?? this.shared.taxonomy, id, locale, pair.reasons)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        pair.excluded
          ? nothing
          : html`${heading(t.breakdown.whatIf)}
              <ul part="what-if">
                ${
                  gains.length === 0
                    ? html`<li>${t.breakdown.nothingToGain}</li>`
                    : gains.map(
                        (gain) =>
                          html`<li>
                            ${
                              gain.what === 'penalties'
                                ? t.breakdown.penaltyGain(fmt.points(gain.gain))
                                : t.breakdown.criterionGain(criterion(gain.what), fmt.points(gain.gain))
                            }
                          </li>`,
                      )
                }
              </ul>`
      }
    </section>`;
  }
}
