import { css } from 'lit';
import { base } from '../../styles/base.js';

export const skillPickerStyles = [
  base,
  css`
    :host {
      --passerelle-skill-picker-max-height: 16rem;
    }
    .field {
      position: relative;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    input {
      width: 100%;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 10;
      inset-inline: 0;
      margin: 0.15rem 0 0;
      padding: 0.2rem 0;
      list-style: none;
      max-height: var(--passerelle-skill-picker-max-height);
      overflow: auto;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 0.3rem 1rem rgb(0 0 0 / 0.15);
    }
    [role='option'] {
      padding: 0.3rem var(--_space);
      cursor: pointer;
    }
    [role='option'][aria-selected='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    [role='option'] .matched {
      font-size: 0.9em;
      opacity: 0.85;
    }
    .empty {
      padding: 0.3rem var(--_space);
      color: var(--_muted);
    }
    ul.picked {
      list-style: none;
      margin: var(--_space) 0 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }
    ul.picked li {
      display: flex;
      align-items: center;
      gap: 0.3rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.15rem 0.3rem 0.15rem var(--_space);
      background: var(--_surface-alt);
    }
    ul.picked select,
    ul.picked button {
      padding: 0 0.3rem;
    }
    @media (forced-colors: active) {
      [role='option'][aria-selected='true'] {
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
