import { css } from 'lit';

/** The dark values of the tokens, applied in two places below (system preference, and `theme="dark"`). */
const darkValues = css`
  --_text: var(--passerelle-dark-color-text, #e7e9ec);
  --_muted: var(--passerelle-dark-color-muted, #b3bac4);
  --_surface: var(--passerelle-dark-color-surface, #1b1e23);
  --_surface-alt: var(--passerelle-dark-color-surface-alt, #272b31);
  --_border: var(--passerelle-dark-color-border, #7c8591);
  --_accent: var(--passerelle-dark-color-accent, #8cc0ff);
  --_on-accent: var(--passerelle-dark-color-on-accent, #0d1a29);
  --_positive: var(--passerelle-dark-color-positive, #7fd495);
  --_negative: var(--passerelle-dark-color-negative, #ff9b8f);
  --_warning: var(--passerelle-dark-color-warning, #f3c16b);
  --_focus: var(--passerelle-dark-focus-ring-color, #8cc0ff);
  color-scheme: dark;
`;

/**
 * The design tokens. Every component reads private `--_*` variables set here from the public
 * `--passerelle-*` custom properties, so a page can set a token on any ancestor (or on the element) and the
 * dark values apply with `prefers-color-scheme: dark` or `theme="dark"` (and never with `theme="light"`).
 */
export const tokens = css`
  :host {
    --_font: var(--passerelle-font-family, inherit);
    --_font-size: var(--passerelle-font-size, 1rem);
    --_radius: var(--passerelle-radius, 0.375rem);
    --_space: var(--passerelle-spacing, 0.5rem);
    --_focus-width: var(--passerelle-focus-ring-width, 3px);
    --_text: var(--passerelle-color-text, #1d2127);
    --_muted: var(--passerelle-color-muted, #555c66);
    --_surface: var(--passerelle-color-surface, #ffffff);
    --_surface-alt: var(--passerelle-color-surface-alt, #f2f4f7);
    --_border: var(--passerelle-color-border, #8a929c);
    --_accent: var(--passerelle-color-accent, #0b57a4);
    --_on-accent: var(--passerelle-color-on-accent, #ffffff);
    --_positive: var(--passerelle-color-positive, #1c6b35);
    --_negative: var(--passerelle-color-negative, #a52a1c);
    --_warning: var(--passerelle-color-warning, #8a5300);
    --_focus: var(--passerelle-focus-ring-color, #0b57a4);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkValues}
    }
  }
  :host([theme='dark']) {
    ${darkValues}
  }
`;
