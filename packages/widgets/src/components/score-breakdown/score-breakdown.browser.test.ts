import { createStarterTaxonomy, generateDataset } from '@passerelle/core';
import { createMatcher, type Explanation } from '@passerelle/matching';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define.js';
import {
  axeViolations,
  cleanup,
  fixture,
  recordEvents,
  shadow,
  until,
} from '../../../test/browser-helpers.js';
import type { PasserelleScoreBreakdown } from './score-breakdown.js';

afterEach(cleanup);

const data = generateDataset({ seed: 11, candidates: 200 });
const taxonomy = createStarterTaxonomy();
const matcher = createMatcher({ taxonomy });
const offer = data.offers.find((o) => o.status === 'open')!;
const ranking = matcher.rankCandidates(
  offer,
  data.candidates.map((r) => r.candidate),
  { k: 5, includeExcluded: true },
);
const best = ranking.results[0]!;
const candidate = data.candidates.find((r) => r.candidate.id === best.id)!.candidate;
const explanation = matcher.explain(candidate, offer);

describe('passerelle-score-breakdown', () => {
  it('shows the score, each criterion, the reasons and what would change the result', async () => {
    const el = await fixture<PasserelleScoreBreakdown>(
      '<passerelle-score-breakdown></passerelle-score-breakdown>',
    );
    el.taxonomy = taxonomy;
    el.explanation = explanation;
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('[part=score]')?.textContent).toContain(
      `${Math.round(explanation.score * 100)} / 100`,
    );
    const rowHeads = [...root.querySelectorAll('tbody th')].map((th) => th.textContent?.trim());
    expect(rowHeads).toEqual(
      explanation.breakdown.map(
        (s) =>
          ({ skills: 'Compétences', occupation: 'Métier', geography: 'Trajet', languages: 'Langues' })[
            s.criterion
          ],
      ),
    );
    const reasons = [...root.querySelectorAll('[part=reasons] li')].map((li) => li.textContent);
    expect(reasons).toEqual(
      explanation.reasons.filter((r) => r.effect !== 'excluded').map((r) => r.message.fr),
    );
    expect(root.querySelector('[part=what-if]')?.textContent).toMatch(/points de plus|Rien/);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('explains a pair in the page with the engine, the same as in Node', async () => {
    const el = await fixture<PasserelleScoreBreakdown>(
      '<passerelle-score-breakdown lang="en"></passerelle-score-breakdown>',
    );
    const loads = recordEvents(el, 'passerelle-load');
    el.taxonomy = taxonomy;
    el.offer = offer;
    el.candidate = candidate;
    await until(() => loads.length === 1);
    await el.updateComplete;
    const reasons = [...shadow(el).querySelectorAll('[part=reasons] li')].map((li) => li.textContent);
    expect(reasons).toEqual(
      explanation.reasons.filter((r) => r.effect !== 'excluded').map((r) => r.message.en),
    );
  });

  it('names the hard constraint that excludes a pair', async () => {
    const excluded = ranking.excluded[0];
    expect(excluded, 'the seeded pool has an excluded pair').toBeDefined();
    const person = data.candidates.find((r) => r.candidate.id === excluded!.id)!.candidate;
    const el = await fixture<PasserelleScoreBreakdown>(
      '<passerelle-score-breakdown></passerelle-score-breakdown>',
    );
    el.explanation = matcher.explain(person, offer);
    await el.updateComplete;
    expect(shadow(el).textContent).toContain('Écarté par');
    expect(shadow(el).textContent).toContain(excluded!.reasons[0]!.message.fr);
    expect(shadow(el).querySelector('[part=what-if]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('reports a malformed explanation', async () => {
    const el = await fixture<PasserelleScoreBreakdown>(
      '<passerelle-score-breakdown></passerelle-score-breakdown>',
    );
    const errors = recordEvents(el, 'passerelle-error');
    el.explanation = { ...explanation, breakdown: undefined } as unknown as Explanation;
    await el.updateComplete;
    expect(errors[0]!.detail.field).toBe('explanation.breakdown');
    expect(shadow(el).querySelector('[role=alert]')).not.toBeNull();
  });
});
