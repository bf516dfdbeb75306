// The one-script-tag bundles as a page receives them: the ES module (with its lazily loaded engine chunk)
// and the IIFE, loaded twice, in real Chromium. Run after the build (turbo runs the widgets' build first).
import { describe, expect, it, vi } from 'vitest';
import { CANDIDATE, OFFER } from './fixtures.js';

const TAGS = [
  'passerelle-context',
  'passerelle-match-list',
  'passerelle-score-breakdown',
  'passerelle-candidate-card',
  'passerelle-offer-card',
  'passerelle-skill-picker',
  'passerelle-kpi-dashboard',
];

const bundleUrl = new URL('../dist/passerelle-widgets.js', import.meta.url).href;
const iifeUrl = new URL('../dist/passerelle-widgets.iife.js', import.meta.url).href;

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('passerelle-widgets.js', () => {
  it('registers every tag, ranks a pool with its lazily loaded engine chunk, and survives a second copy', async () => {
    await import(/* @vite-ignore */ bundleUrl);
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBeDefined();

    const list = document.createElement('passerelle-match-list');
    const settled = new Promise<string>((resolve) => {
      list.addEventListener('passerelle-load', () => resolve('load'), { once: true });
      list.addEventListener('passerelle-error', (event) => resolve(event.detail.message), { once: true });
    });
    // No taxonomy given: the engine uses its starter taxonomy and gazetteer (the fixture's skills are unknown to it).
    Object.assign(list, { candidates: [CANDIDATE], offer: OFFER });
    document.body.append(list);
    expect(await settled).toBe('load');
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(list.shadowRoot?.querySelector('button.name')?.textContent).toContain('cand-001');

    // A second, different copy of the widgets on the same page: one warning per tag, no exception.
    // The suite fails on any console output: take these expected warnings, and only these, aside.
    const warnings: string[] = [];
    const warn = vi.mocked(console.warn);
    const failOnConsole = warn.getMockImplementation();
    warn.mockImplementation((message: unknown) => warnings.push(String(message)));
    try {
      await loadClassicScript(iifeUrl);
    } finally {
      if (failOnConsole) warn.mockImplementation(failOnConsole);
    }
    expect(warnings.map((message) => message.match(/<([a-z-]+)>/)?.[1])).toEqual(TAGS);
    expect((window as unknown as { PasserelleWidgets?: object }).PasserelleWidgets).toHaveProperty(
      'PasserelleMatchList',
    );
    list.remove();
  });
});
