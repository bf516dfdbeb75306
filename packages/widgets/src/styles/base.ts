import { css } from 'lit';
import { tokens } from './tokens.js';

/** Host box, type, the focus ring, the error box and Windows high-contrast support shared by every component. */
export const base = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.4;
      color: var(--_text);
      background: var(--_surface);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }
    button,
    input,
    select {
      font: inherit;
      color: inherit;
    }
    button,
    select,
    input {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: calc(var(--_space) / 2) var(--_space);
    }
    button {
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    .error {
      border: 1px solid var(--_negative);
      border-left-width: 0.35rem;
      border-radius: var(--_radius);
      padding: var(--_space);
      color: var(--_text);
    }
    .error strong {
      display: block;
      color: var(--_negative);
    }
    .muted {
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
      .error {
        border-color: CanvasText;
      }
    }
  `,
];
