// Every page of the demo intranet audited with axe-core in Chromium, in French and in English, and the keyboard
// path a counsellor takes: the menu, an offer, its ranked candidates.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startDemo, type RunningDemo } from './demo-process.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe's violations on the page as it stands, one readable line each. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function open(page: Page, hash: string, ready: string) {
  await page.goto(`${demo.url}${hash}`);
  await page.locator(ready).first().waitFor();
  // The widgets render asynchronously: let them settle before the audit.
  await page.waitForFunction(() => document.querySelectorAll(':not(:defined)').length === 0);
  await page.waitForTimeout(300);
}

describe('the demo intranet, accessibility', () => {
  // Every page in French; in English, the two whose widgets hold the most text (the structure is the same).
  for (const [lang, which] of [
    ['fr', /./],
    ['en', /offres|tableau/],
  ] as const) {
    it(`has no axe violation on the pages (${lang})`, async () => {
      // axe is injected as an inline script, which the demo's Content-Security-Policy rightly refuses.
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      const found: string[] = [];
      const getJson = async (path: string) => (await fetch(new URL(path, demo.url))).json();
      const offer = ((await getJson('/api/offers')) as { id: string }[])[0]!.id;
      const candidate = ((await getJson(`/api/offers/${offer}`)) as { matches: { id: string }[] }).matches[0]!
        .id;
      const pages: [string, string][] = [
        [`?lang=${lang}#/offres/${offer}`, 'passerelle-match-list'],
        [`?lang=${lang}#/candidats/${candidate}`, 'passerelle-candidate-card'],
        [`?lang=${lang}#/tableau-de-bord`, 'passerelle-kpi-dashboard'],
        [`?lang=${lang}#/affectation`, 'table.assignment'],
        [`?lang=${lang}#/import`, '[data-testid="dropzone"]'],
      ];
      for (const [hash, ready] of pages.filter(([hash]) => which.test(hash))) {
        await open(page, hash, ready);
        found.push(...(await violations(page)).map((line) => `${hash}: ${line}`));
      }
      await page.close();
      expect(found).toEqual([]);
    });
  }

  it('lets a counsellor reach an offer and its ranked candidates with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(demo.url);
    await page.locator('.offer-list a').first().waitFor();
    // Tab from the top of the page until the first offer of the list has the focus, then Enter.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement === document.querySelector('.offer-list a'));
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/offres\/off-/);
    const rows = page.locator('passerelle-match-list [part~="row"]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
