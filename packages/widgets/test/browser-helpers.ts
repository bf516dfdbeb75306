// Helpers of the browser tests: mount markup, wait for Lit, audit with axe-core, collect events.
import axe from 'axe-core';
import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/** Mounts markup in the page and waits until every custom element in it has rendered. */
export async function fixture<T extends HTMLElement>(markup: string, lang = 'fr'): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('lang', lang);
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits until every Lit element under `root` (and their shadow roots) has finished updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const elements = [...root.querySelectorAll('*')].filter((el): el is LitElement => 'updateComplete' in el);
    const pending = await Promise.all(elements.map((el) => el.updateComplete));
    if (pending.every(Boolean)) return;
  }
}

/** Removes everything mounted by {@link fixture}. */
export function cleanup(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** The axe violations of an element, as readable lines (empty when there is none). */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Records the events of one type that reach `target`. */
export function recordEvents<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
): HTMLElementEventMap[K][] {
  const events: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as HTMLElementEventMap[K]));
  return events;
}

/** The shadow root of an element (fails the test when there is none). */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.tagName} has no shadow root`);
  return element.shadowRoot;
}

/** Waits for a condition, polling each animation frame (fails after `timeoutMs`). */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
