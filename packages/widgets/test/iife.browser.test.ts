// The IIFE alone, as an old page or a file:// page loads it with a classic script: every tag registered, and a
// list that ranks its pool with the engine inlined in the same file (no module, no chunk to fetch).
import { describe, expect, it } from 'vitest';
import { CANDIDATE, OFFER } from './fixtures.js';

describe('passerelle-widgets.iife.js', () => {
  it('works from one classic script, the engine included', async () => {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('../dist/passerelle-widgets.iife.js', import.meta.url).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the IIFE did not load'));
      document.head.append(script);
    });
    const api = (window as unknown as { PasserelleWidgets: Record<string, unknown> }).PasserelleWidgets;
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['PasserelleMatchList', 'PASSERELLE_ELEMENTS']));
    expect(customElements.get('passerelle-match-list')).toBe(api.PasserelleMatchList);

    const list = document.createElement('passerelle-match-list');
    list.setAttribute('lang', 'nl');
    const settled = new Promise<string>((resolve) => {
      list.addEventListener('passerelle-load', () => resolve('load'), { once: true });
      list.addEventListener('passerelle-error', (event) => resolve(event.detail.message), { once: true });
    });
    Object.assign(list, { candidates: [CANDIDATE], offer: OFFER });
    document.body.append(list);
    expect(await settled).toBe('load');
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(list.shadowRoot?.querySelector('button.name')?.textContent).toContain('Kandidaat cand-001');
    list.remove();
  });
});
