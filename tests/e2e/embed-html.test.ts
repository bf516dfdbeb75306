// The embed-html example opened from a file, as anyone would on first try: the IIFE build of the widgets draws
// the inline JSON, and the match list ranks the pool in the browser with the same engine as the server.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefactPath, launchChromium } from './browser.js';
import { ROOT } from './demo-process.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('examples/embed-html/index.html (no build step, inline JSON)', () => {
  it('shows the offer, ranks the inline pool in the browser and shows the server’s explanation', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(pathToFileURL(join(ROOT, 'examples/embed-html/index.html')).href);
    const shadowText = (tag: string) => page.locator(tag).evaluate((e) => e.shadowRoot?.textContent ?? '');
    await expect
      .poll(() => shadowText('passerelle-offer-card'), { timeout: 15_000 })
      .toContain('Jemeppe-sur-Sambre');
    const rows = page.locator('passerelle-match-list [part~="row"]');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(5);
    // The best candidate the browser ranks is the one the server explained.
    const best = await page
      .locator('passerelle-score-breakdown')
      .evaluate((e) => (e as unknown as { match: { id: string } }).match.id);
    expect(await rows.first().textContent()).toContain(best);
    await expect.poll(() => shadowText('passerelle-score-breakdown')).toMatch(/Compétences/);
    await page.screenshot({ path: artefactPath('embed-html.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
