// The first five minutes, in a real browser: the demo intranet started as `npm start` serves it, an offer chosen,
// the ranked candidates and an explanation, the switch to English, a CSV with one bad row dropped on the page, and
// the dashboard. Screenshots are left in tests/test-results/e2e.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefactPath, launchChromium } from './browser.js';
import { startDemo, type RunningDemo } from './demo-process.js';

let demo: RunningDemo;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-BE' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

/** Plants one bad postal code in row 3 of a `;` CSV. */
function withOneBadRow(csv: string): string {
  const lines = csv.split('\n');
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(';');
  const cells = (lines[2] ?? '').split(';');
  cells[header.indexOf('postal_code')] = '66000';
  lines[2] = cells.join(';');
  return lines.join('\n');
}

describe('the demo intranet (npm start)', () => {
  it('prints the address to open and serves the page in French', async () => {
    expect(demo.output()).toMatch(/Ouvrez \/ open http:\/\/localhost:\d+\//);
    await page.goto(demo.url);
    await expect.poll(() => page.locator('#mire-name').textContent()).toBe('Mirena');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('.sidenav a').first().textContent()).toBe('Offres ouvertes');
  });

  it('ranks the candidates of a chosen offer and explains a score', async () => {
    const firstOffer = page.locator('.offer-list a').first();
    const title = await firstOffer.locator('.offer-title').textContent();
    await firstOffer.click();
    await page.waitForURL(/#\/offres\/off-/);
    const list = page.locator('passerelle-match-list');
    await list.waitFor();
    const rows = list.locator('[part~="row"]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(2);
    expect(await page.locator('passerelle-offer-card').textContent()).toBeDefined();
    expect(await page.locator('passerelle-offer-card').evaluate((e) => e.shadowRoot?.textContent)).toContain(
      title,
    );
    // Skills are shown by their labels (the taxonomy the page shares through passerelle-context), not their ids.
    expect(
      await page.locator('passerelle-offer-card').evaluate((e) => e.shadowRoot?.textContent),
    ).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    // The explanation shown is the first candidate's; opening another one in the list explains that one.
    const shadowText = (tag: string) => page.locator(tag).evaluate((e) => e.shadowRoot?.textContent ?? '');
    const rowScore = async (i: number) => /Score (\d+)/.exec((await rows.nth(i).textContent()) ?? '')?.[1];
    const rowId = async (i: number) => /cand-\d+/.exec((await rows.nth(i).textContent()) ?? '')?.[0];
    await expect.poll(() => shadowText('passerelle-score-breakdown')).toMatch(/Compétences/);
    expect(await shadowText('passerelle-score-breakdown')).toContain(`Score ${await rowScore(0)} / 100`);
    const second = await rowId(1);
    await rows.nth(1).locator('[part~="name"]').click();
    await expect.poll(() => shadowText('passerelle-candidate-card')).toContain(second);
    expect(await shadowText('passerelle-score-breakdown')).toContain(`Score ${await rowScore(1)} / 100`);
    await page.screenshot({ path: artefactPath('1-offre-candidats-classes.png'), fullPage: true });
    // What the root README shows: the first screen of a wide display, in French, on the same offer.
    const wide = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await wide.goto(page.url());
    const wideBreakdown = wide.locator('passerelle-score-breakdown');
    await expect
      .poll(() => wideBreakdown.evaluate((e) => e.shadowRoot?.textContent ?? ''))
      .toMatch(/Compétences/);
    await wide.screenshot({ path: artefactPath('readme-tour.png') });
    await wide.close();
  });

  it('switches to English: the page and the widgets', async () => {
    await page.selectOption('#lang', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.sidenav a').first().textContent()).toBe('Open offers');
    const breakdown = page.locator('passerelle-score-breakdown');
    await expect
      .poll(() => breakdown.evaluate((e) => e.shadowRoot?.textContent ?? ''), { timeout: 10_000 })
      .toMatch(/Skills/);
    await page.screenshot({ path: artefactPath('2-in-english.png'), fullPage: true });
  });

  it('lists the error of a dropped CSV with one bad row, by line, column and reason', async () => {
    await page.click('.sidenav a[data-route="import"]');
    const sample = await (await fetch(new URL('/exemples/candidats.csv', demo.url))).text();
    const csv = withOneBadRow(sample);
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'mes-candidats.csv', { type: 'text/csv' }));
      return transfer;
    }, csv);
    await page.locator('[data-testid="dropzone"]').dispatchEvent('drop', { dataTransfer });
    const error = page.locator('table.issues tbody tr');
    await error.first().waitFor();
    expect(await error.count()).toBe(1);
    const cells = await error.first().locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('postal_code');
    expect(cells[2]).toContain('66000');
    expect(await page.locator('.import-report [role="status"]').textContent()).toMatch(
      /mes-candidats\.csv: 25 rows, 24 accepted, 1 rejected/,
    );
    await page.screenshot({ path: artefactPath('3-import-errors.png'), fullPage: true });
  });

  it('shows the Mire-wide assignment: who is proposed where, positions filled', async () => {
    await page.click('.sidenav a[data-route="affectation"]');
    const rows = page.locator('table.assignment tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    const filled = await page.locator('.figure strong').first().textContent();
    expect(filled).toMatch(/^\d+ \/ \d+$/);
    await page.screenshot({ path: artefactPath('5-assignment.png'), fullPage: true });
    expect(await page.locator('table.assignment a[href^="#/candidats/"]').count()).toBeGreaterThan(5);
    const congestion = await page
      .locator('table.congestion tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    // Lists per position at most: spread lists crowd the busiest offer less than the engine's own.
    const [before, after] = congestion.map((text) => Number(text.replace(/\D/g, '')));
    expect(after).toBeLessThan(before!);
  });

  it('opens the dashboard with the Mire’s figures, computed by the server', async () => {
    await page.click('.sidenav a[data-route="tableau-de-bord"]');
    const dashboard = page.locator('passerelle-kpi-dashboard');
    const tiles = dashboard.locator('[part~="tile"]');
    await expect.poll(() => tiles.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const api = (await (await fetch(new URL('/api/dashboard', demo.url))).json()) as {
      tables: { id: string; rows: Record<string, number>[] }[];
    };
    const accompanied = api.tables.find((table) => table.id === 'activity')!.rows[0]!.accompanied;
    // The page is in English by now: the first tile counts the people accompanied, as the server did.
    expect(await tiles.first().textContent()).toMatch(new RegExp(`Accompanied\\s*${accompanied}\\s*$`));
    expect(await dashboard.locator('[part~="chart"]').count()).toBeGreaterThan(1);
    await page.screenshot({ path: artefactPath('4-dashboard.png'), fullPage: true });
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
