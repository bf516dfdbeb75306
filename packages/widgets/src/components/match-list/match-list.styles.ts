import { css } from 'lit';
import { base } from '../../styles/base.js';

export const matchListStyles = [
  base,
  css`
    :host {
      --passerelle-match-list-bar-color: var(--_accent);
      --passerelle-match-list-bar-track: var(--_surface-alt);
      --passerelle-match-list-row-gap: var(--_space);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
      align-items: end;
      border: 0;
      margin: 0 0 var(--_space);
      padding: 0;
    }
    .filters label {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      font-size: 0.9em;
    }
    .filters label.check {
      flex-direction: row;
      align-items: center;
      gap: 0.4rem;
    }
    .filters input[type='number'] {
      width: 6em;
    }
    .summary {
      margin: 0 0 var(--_space);
      color: var(--_muted);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--passerelle-match-list-row-gap);
    }
    li.row {
      display: grid;
      grid-template-columns: auto 2.5rem minmax(8rem, 1fr) minmax(6rem, 12rem);
      gap: 0.25rem var(--_space);
      align-items: center;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      /* Long pages: rows out of view skip style and layout until scrolled to. */
      content-visibility: auto;
      contain-intrinsic-size: auto 6rem;
    }
    /* Pages longer than 50 rows: an own scroll box, only the rows near its view in the DOM (measured as laid out). */
    .spacer > svg {
      display: block;
    }
    .scroller {
      max-height: var(--passerelle-match-list-max-height, 80vh);
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    ol.windowed > li.row {
      content-visibility: visible;
    }
    li.row[aria-current='true'],
    li.row.selected {
      border-color: var(--_accent);
      box-shadow: inset 0.3rem 0 0 var(--_accent);
    }
    .rank {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
      text-align: right;
    }
    .name {
      text-align: left;
      border: 0;
      background: none;
      padding: 0;
      color: var(--_accent);
      text-decoration: underline;
      font-weight: 600;
    }
    .score {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-variant-numeric: tabular-nums;
    }
    .bar {
      flex: 1;
      height: 0.6rem;
      border-radius: 999px;
      background: var(--passerelle-match-list-bar-track);
      border: 1px solid var(--_border);
      overflow: hidden;
    }
    .bar > svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    .bar rect {
      fill: var(--passerelle-match-list-bar-color);
    }
    .details {
      grid-column: 3 / -1;
      margin: 0;
      font-size: 0.92em;
    }
    .details ul {
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
    .missing {
      color: var(--_muted);
      margin: 0.2rem 0 0;
    }
    nav {
      display: flex;
      gap: var(--_space);
      align-items: center;
      justify-content: flex-end;
      margin-top: var(--_space);
    }
    @media (forced-colors: active) {
      .bar rect {
        fill: Highlight;
      }
      li.row.selected {
        outline: 2px solid Highlight;
      }
    }
  `,
];
