import { css } from 'lit';
import { base } from '../../styles/base.js';

export const scoreBreakdownStyles = [
  base,
  css`
    :host {
      --passerelle-score-breakdown-bar-color: var(--_accent);
    }
    .score {
      font-size: 1.3em;
      font-weight: 600;
      margin: 0 0 var(--_space);
    }
    h4 {
      margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
      font-size: 1em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 0.25rem var(--_space) 0.25rem 0;
      border-bottom: 1px solid var(--_surface-alt);
      font-variant-numeric: tabular-nums;
    }
    td.bar-cell {
      width: 35%;
    }
    .bar {
      height: 0.6rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-alt);
      overflow: hidden;
    }
    .bar > svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    .bar rect {
      fill: var(--passerelle-score-breakdown-bar-color);
    }
    ul {
      margin: 0;
      padding-left: 1.1rem;
    }
    .negative,
    .excluded {
      color: var(--_negative);
    }
    .positive {
      color: var(--_positive);
    }
    @media (forced-colors: active) {
      .bar rect {
        fill: Highlight;
      }
    }
  `,
];
