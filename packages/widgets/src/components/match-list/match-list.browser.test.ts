import { createStarterTaxonomy, generateDataset } from '@passerelle/core';
import { createMatcher, type RankedMatch } from '@passerelle/matching';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define.js';
import {
  axeViolations,
  cleanup,
  fixture,
  recordEvents,
  settle,
  shadow,
  until,
} from '../../../test/browser-helpers.js';
import type { PasserelleMatchList } from './match-list.js';

afterEach(cleanup);

const data = generateDataset({ seed: 7, candidates: 300 });
const taxonomy = createStarterTaxonomy();
const matcher = createMatcher({ taxonomy });
const openOffers = data.offers.filter((offer) => offer.status === 'open');
const offer = openOffers[0]!;
const candidates = data.candidates.map((record) => record.candidate);
const ranking = matcher.rankCandidates(offer, candidates, { k: 60 });

async function list(
  markup = '<passerelle-match-list page-size="10" selectable></passerelle-match-list>',
  lang = 'fr',
) {
  const el = await fixture<PasserelleMatchList>(markup, lang);
  el.taxonomy = taxonomy;
  el.results = ranking;
  el.candidates = candidates;
  await el.updateComplete;
  return el;
}

const rows = (el: Element) => [...shadow(el).querySelectorAll('li.row')];

describe('passerelle-match-list with precomputed results', () => {
  it('shows one page of rows with rank, score, reasons and missing skills', async () => {
    expect(ranking.results.length).toBeGreaterThan(20);
    const el = await list();
    expect(rows(el)).toHaveLength(10);
    const first = rows(el)[0]!;
    const best = ranking.results[0]!;
    expect(first.textContent).toContain(`Candidat ${best.id}`);
    expect(first.textContent).toContain(`Score ${Math.round(best.score * 100)}`);
    expect(Number(first.querySelector('.bar rect')?.getAttribute('width'))).toBeCloseTo(best.score * 100, 6);
    expect(first.querySelector('[part=reasons] li')?.textContent).toBe(best.reasons![0]!.message.fr);
    expect(shadow(el).querySelector('[part=summary]')?.textContent).toContain(
      `${ranking.results.length} résultats affichés sur ${ranking.results.length}`,
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('names missing skills by the labels the ranking carries when it has no taxonomy', async () => {
    const el = await fixture<PasserelleMatchList>(
      '<passerelle-match-list page-size="60"></passerelle-match-list>',
    );
    el.results = ranking;
    await el.updateComplete;
    const at = ranking.results.findIndex((m) => (m.missingSkills ?? []).length > 0);
    expect(at, 'the seeded ranking has a result with missing skills').toBeGreaterThanOrEqual(0);
    const id = ranking.results[at]!.missingSkills![0]!;
    const text = rows(el)[at]!.querySelector('[part=missing]')!.textContent!;
    expect(text).toContain(taxonomy.label(id, 'fr')!);
    expect(text).not.toContain(id);
  });

  it('filters by minimum score and pages, firing passerelle-change on user action only', async () => {
    const el = await list();
    const changes = recordEvents(document, 'passerelle-change');
    el.minScore = 0.5;
    await el.updateComplete;
    expect(changes).toHaveLength(0);
    const kept = ranking.results.filter((m) => m.score >= 0.5).length;
    expect(shadow(el).querySelector('[part=summary]')?.textContent).toContain(
      `sur ${ranking.results.length}`,
    );
    expect(rows(el).length).toBe(Math.min(10, kept));

    el.minScore = 0;
    await el.updateComplete;
    const next = shadow(el).querySelector<HTMLButtonElement>('[part=pagination] button:last-of-type')!;
    await userEvent.click(next);
    await el.updateComplete;
    expect(changes).toHaveLength(1);
    expect(changes[0]!.detail).toMatchObject({ kind: 'view', view: { page: 2, minScore: 0, sort: 'score' } });
    expect(rows(el)[0]!.textContent).toContain(ranking.results[10]!.id);

    const input = shadow(el).querySelector<HTMLInputElement>('input[type=number]')!;
    input.value = '60';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.minScore).toBe(0.6);
    expect(el.page).toBe(1);
    expect(changes[1]!.bubbles && changes[1]!.composed).toBe(true);
  });

  it('selects rows with the keyboard and fires passerelle-select; setting selected fires nothing', async () => {
    const el = await list();
    const selects = recordEvents(document, 'passerelle-select');
    el.selected = [ranking.results[1]!.id];
    await el.updateComplete;
    expect(selects).toHaveLength(0);
    expect(rows(el)[1]!.classList.contains('selected')).toBe(true);

    const box = rows(el)[0]!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(selects).toHaveLength(1);
    expect(selects[0]!.detail).toEqual({
      id: ranking.results[0]!.id,
      selected: true,
      ids: [ranking.results[0]!.id, ranking.results[1]!.id],
    });
    expect(await axeViolations(el)).toEqual([]);
  });

  it('opens a result with Enter on its name', async () => {
    const el = await list();
    const opens = recordEvents(el, 'passerelle-open');
    rows(el)[2]!.querySelector<HTMLButtonElement>('button.name')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(opens.map((e) => e.detail.id)).toEqual([ranking.results[2]!.id]);
  });

  it('sorts by distance and filters by distance', async () => {
    const el = await list();
    el.sort = 'distance';
    el.maxDistance = 20;
    el.pageSize = 500;
    await el.updateComplete;
    const kms = rows(el).map((row) =>
      Number(/([\d,]+) km/.exec(row.textContent ?? '')?.[1]?.replace(',', '.')),
    );
    expect(kms.every((km) => km <= 20)).toBe(true);
    expect([...kms].sort((a, b) => a - b)).toEqual(kms);
  });

  it('speaks Dutch from the page language', async () => {
    const el = await list(undefined, 'nl-BE');
    expect(shadow(el).querySelector('[part=summary]')?.textContent).toContain('getoond');
    expect(shadow(el).querySelector('button.name')?.getAttribute('aria-label')).toContain('Details van');
    const reason = shadow(el).querySelector('[part=reasons] li')?.textContent ?? '';
    expect(reason).not.toBe(ranking.results[0]!.reasons![0]!.message.en);
    expect(reason).not.toBe(ranking.results[0]!.reasons![0]!.message.fr);
  });

  it('reports a result missing its score, without throwing', async () => {
    const el = await fixture<PasserelleMatchList>('<passerelle-match-list></passerelle-match-list>', 'en');
    const errors = recordEvents(el, 'passerelle-error');
    el.results = [{ id: 'x', rank: 1 } as unknown as RankedMatch];
    await el.updateComplete;
    expect(errors[0]!.detail).toMatchObject({ code: 'invalid', field: 'results[0].score' });
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain(
      'Field “results[0].score” is missing',
    );
  });
});

describe('passerelle-match-list ranking a pool itself', () => {
  it('ranks candidates for an offer with the same engine and results as in Node', async () => {
    const el = await fixture<PasserelleMatchList>(
      '<passerelle-match-list limit="60"></passerelle-match-list>',
    );
    const loads = recordEvents(el, 'passerelle-load');
    el.taxonomy = taxonomy;
    el.candidates = candidates;
    el.offer = offer;
    await until(() => loads.length === 1);
    await settle(el.parentElement!);
    expect(el.ranksItself).toBe(true);
    expect(el.rankedMatches.map((m) => [m.id, m.score])).toEqual(ranking.results.map((m) => [m.id, m.score]));
    expect(rows(el)).toHaveLength(20);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('re-ranks with hard constraints off, keeping the excluded pairs with a lower score', async () => {
    const el = await fixture<PasserelleMatchList>(
      '<passerelle-match-list limit="300"></passerelle-match-list>',
    );
    const loads = recordEvents(el, 'passerelle-load');
    el.taxonomy = taxonomy;
    el.candidates = candidates;
    el.offer = offer;
    await until(() => loads.length === 1);
    const withHard = el.rankedMatches.length;
    const box = shadow(el).querySelector<HTMLInputElement>('.filters input[type=checkbox]')!;
    await userEvent.click(box);
    await until(() => loads.length === 2);
    expect(el.hardConstraints).toBe(false);
    expect(el.rankedMatches.length).toBeGreaterThanOrEqual(withHard);
  });

  it('ranks offers for a candidate, showing offer titles', async () => {
    const el = await fixture<PasserelleMatchList>('<passerelle-match-list></passerelle-match-list>');
    const loads = recordEvents(el, 'passerelle-load');
    const person = candidates[3]!;
    el.taxonomy = taxonomy;
    el.offers = openOffers;
    el.candidate = person;
    await until(() => loads.length === 1);
    await el.updateComplete;
    const expected = matcher.rankOffers(person, openOffers, { k: 100 }).results;
    expect(el.rankedMatches.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    const title = openOffers.find((o) => o.id === expected[0]!.id)!.title;
    expect(rows(el)[0]!.querySelector('button.name')?.textContent?.trim()).toBe(title);
  });

  it('ranks the pool of a JSON document given by src, and reports a 404 in the page language', async () => {
    const pool = candidates.slice(0, 80);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify({ offer, candidates: pool })], { type: 'application/json' }),
    );
    const el = await fixture<PasserelleMatchList>(
      `<passerelle-match-list src="${url}"></passerelle-match-list>`,
      'de',
    );
    const loads = recordEvents(el, 'passerelle-load');
    await until(() => loads.length === 1);
    await el.updateComplete;
    expect(loads[0]!.detail.source).toBe(url);
    expect(el.rankedMatches.map((m) => m.id)).toEqual(
      matcher.rankCandidates(offer, pool, { k: 100 }).results.map((m) => m.id),
    );
    const errors = recordEvents(el, 'passerelle-error');
    el.setAttribute('src', '/missing/ranking.json');
    await until(() => errors.length === 1);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('Der Server antwortete 404');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('finishes ranking after being moved in the page mid-way', async () => {
    const el = await fixture<PasserelleMatchList>('<passerelle-match-list></passerelle-match-list>');
    const loads = recordEvents(el, 'passerelle-load');
    el.candidates = candidates;
    el.offer = offer;
    el.taxonomy = taxonomy;
    await Promise.resolve();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await until(() => loads.length === 1);
    await el.updateComplete;
    expect(rows(el).length).toBeGreaterThan(0);
    elsewhere.remove();
  });

  it('shows an engine failure in the widget and fires passerelle-error', async () => {
    const el = await fixture<PasserelleMatchList>('<passerelle-match-list></passerelle-match-list>');
    const errors = recordEvents(el, 'passerelle-error');
    el.config = { weights: { skills: -1 } } as never;
    el.candidates = candidates.slice(0, 5);
    el.offer = offer;
    await until(() => errors.length === 1);
    await el.updateComplete;
    expect(errors[0]!.detail.code).toBe('engine');
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('Le classement a échoué');
  });
});

describe('passerelle-match-list with a long page (windowed)', () => {
  // Hard constraints made soft, so that one offer has 500 ranked candidates.
  const soft = { mode: 'soft' } as const;
  const pool = generateDataset({ seed: 11, candidates: 700 }).candidates.map((record) => record.candidate);
  const long = createMatcher({
    taxonomy,
    config: {
      constraints: { commute: soft, licence: soft, vehicle: soft, languages: soft, workPermit: soft },
    },
  }).rankCandidates(offer, pool, { k: 500, minScore: 0 }).results;

  async function longList(pageSize = 500) {
    const el = await fixture<PasserelleMatchList>(
      `<passerelle-match-list page-size="${pageSize}" selectable></passerelle-match-list>`,
    );
    el.taxonomy = taxonomy;
    el.results = long;
    el.candidates = pool;
    await settle(el.parentElement!);
    return el;
  }
  const scroller = (el: Element) => shadow(el).querySelector<HTMLElement>('[part=scroller]')!;
  const positions = (el: Element) => rows(el).map((row) => Number(row.getAttribute('aria-posinset')));
  const focusedRow = (el: Element) => shadow(el).activeElement?.closest('li.row');
  const inView = (row: Element, box: Element) => {
    const r = row.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return r.top >= b.top - 1 && r.top < b.bottom;
  };

  it('renders only the rows near its view, each telling its position in the whole page', async () => {
    expect(long).toHaveLength(500);
    const el = await longList();
    const shown = rows(el);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(60);
    expect(positions(el)).toEqual(shown.map((_, i) => i + 1));
    expect(shown.every((row) => row.getAttribute('aria-setsize') === '500')).toBe(true);
    expect(shown[0]!.textContent).toContain(`Candidat ${long[0]!.id}`);
    // The spacers stand for the other rows: the scroll box is as tall as 500 rows.
    const rowHeight = shown[0]!.getBoundingClientRect().height;
    expect(scroller(el).scrollHeight).toBeGreaterThan(400 * rowHeight);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps pages of 50 rows or fewer whole, without a scroll box', async () => {
    const el = await longList(50);
    expect(rows(el)).toHaveLength(50);
    expect(shadow(el).querySelector('[part=scroller]')).toBeNull();
    expect(rows(el)[0]!.hasAttribute('aria-posinset')).toBe(false);
  });

  it('moves through every row with the keyboard, rendering and scrolling to the row it reaches', async () => {
    const el = await longList();
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.name')!.focus();
    await userEvent.keyboard('{End}');
    await until(() => focusedRow(el)?.getAttribute('aria-posinset') === '500');
    expect(shadow(el).activeElement?.matches('button.name')).toBe(true);
    expect(focusedRow(el)!.textContent).toContain(long[499]!.id);
    expect(inView(focusedRow(el)!, scroller(el))).toBe(true);
    expect(rows(el).length).toBeLessThan(60);
    expect(await axeViolations(el)).toEqual([]);

    await userEvent.keyboard('{ArrowUp}');
    await until(() => focusedRow(el)?.getAttribute('aria-posinset') === '499');
    await userEvent.keyboard('{Home}');
    await until(() => focusedRow(el)?.getAttribute('aria-posinset') === '1');
    expect(inView(focusedRow(el)!, scroller(el))).toBe(true);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await until(() => focusedRow(el)?.getAttribute('aria-posinset') === '3');
    await userEvent.keyboard('{PageDown}');
    await until(() => Number(focusedRow(el)?.getAttribute('aria-posinset')) > 4);
    const after = Number(focusedRow(el)!.getAttribute('aria-posinset'));
    expect(inView(focusedRow(el)!, scroller(el))).toBe(true);
    await userEvent.keyboard('{PageUp}');
    await until(() => focusedRow(el)?.getAttribute('aria-posinset') === '3');
    expect(after).toBeGreaterThan(4);
  });

  it('keeps the selection of rows scrolled out of view, and moves between checkboxes', async () => {
    const el = await longList();
    const selects = recordEvents(document, 'passerelle-select');
    const box = rows(el)[0]!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.selected).toEqual([long[0]!.id]);

    // From a checkbox, End reaches the last row's checkbox; the first row leaves the DOM, its selection stays.
    await userEvent.keyboard('{End}');
    await until(() => focusedRow(el)?.getAttribute('aria-posinset') === '500');
    expect(shadow(el).activeElement?.matches('input[type=checkbox]')).toBe(true);
    expect(positions(el)).not.toContain(1);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(selects.at(-1)!.detail).toEqual({
      id: long[499]!.id,
      selected: true,
      ids: [long[0]!.id, long[499]!.id],
    });

    // Scrolled back with the mouse wheel's way (the scroll box itself): the first row comes back selected, and
    // the focus, whose row left the DOM, stays in the list on its scroll box.
    scroller(el).scrollTop = 0;
    await until(() => positions(el).includes(1));
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(scroller(el));
    const first = rows(el)[0]!;
    expect(first.classList.contains('selected')).toBe(true);
    expect(first.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    expect(rows(el).filter((row) => row.classList.contains('selected'))).toHaveLength(1);
  });

  it('always has rows under its view while scrolled down and up through the whole page', async () => {
    const el = await longList();
    const box = scroller(el);
    const covered = () => {
      const view = box.getBoundingClientRect();
      const shown = rows(el).map((row) => row.getBoundingClientRect());
      return shown[0]!.top <= view.top + 1 && shown.at(-1)!.bottom >= view.bottom - 1;
    };
    const seen = new Set<number>();
    const step = async (top: number) => {
      box.scrollTop = top;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await settle(el.parentElement!);
      expect(covered()).toBe(true);
      for (const position of positions(el)) seen.add(position);
    };
    for (let top = 0; top < box.scrollHeight - box.clientHeight; top += box.clientHeight * 0.9)
      await step(top);
    await step(box.scrollHeight);
    expect(positions(el)).toContain(500);
    expect(seen.size).toBe(500);
    for (let top = box.scrollTop; top > 0; top -= box.clientHeight * 1.7) await step(top);
    await step(0);
    expect(positions(el)[0]).toBe(1);
  });

  it('measures its rows once shown when it was given its data hidden', async () => {
    const el = await fixture<PasserelleMatchList>(
      '<passerelle-match-list page-size="500"></passerelle-match-list>',
    );
    el.parentElement!.hidden = true;
    el.taxonomy = taxonomy;
    el.results = long;
    await settle(el.parentElement!);
    el.parentElement!.hidden = false;
    await until(() => rows(el)[0]!.getBoundingClientRect().height > 0);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await settle(el.parentElement!);
    const rowHeight = rows(el)[0]!.getBoundingClientRect().height;
    expect(rows(el).length).toBeLessThan(60);
    expect(scroller(el).scrollHeight).toBeGreaterThan(400 * rowHeight);
    const view = scroller(el).getBoundingClientRect();
    expect(rows(el).at(-1)!.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(view.bottom - 1);
  });

  it('sorts and filters the whole page, rendering only the window', async () => {
    const el = await longList();
    el.sort = 'id';
    await settle(el.parentElement!);
    const byId = [...long].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(rows(el)[0]!.textContent).toContain(byId[0]!.id);
    expect(rows(el).length).toBeLessThan(60);

    const halfway = long[250]!.score;
    const kept = long.filter((match) => match.score >= halfway).length;
    el.minScore = halfway;
    await settle(el.parentElement!);
    expect(rows(el).every((row) => row.getAttribute('aria-setsize') === String(kept))).toBe(true);
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.name')!.focus();
    await userEvent.keyboard('{End}');
    await until(() => focusedRow(el)?.getAttribute('aria-posinset') === String(kept));
    expect(focusedRow(el)!.textContent).toContain(byId.filter((m) => m.score >= halfway).at(-1)!.id);
  });
});
