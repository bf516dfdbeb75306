// Sizes set through SVG attributes rather than inline styles: a page whose Content-Security-Policy forbids inline
// styles (`style-src 'self'`, no 'unsafe-inline') blocks `style="width: …"`, not an SVG rectangle's width.
import { html, svg, type TemplateResult } from 'lit';

const clampShare = (share: number) => (Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0);

/** The filled part of a score bar: a share from 0 to 1 of its box (which sets the size and the track). */
export function barFill(share: number): TemplateResult {
  return html`<svg
    class="fill"
    viewBox="0 0 100 10"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${svg`<rect width=${clampShare(share) * 100} height="10"></rect>`}
  </svg>`;
}

/** An empty block `px` pixels tall (the windowed list's stand-in for the rows it does not render). */
export function spacerOf(px: number): TemplateResult {
  const height = Number.isFinite(px) && px > 0 ? px : 0;
  return html`<svg class="spacer-box" width="1" height=${height} aria-hidden="true" focusable="false"></svg>`;
}
