import { css } from 'lit';
import { base } from '../../styles/base.js';

export const kpiDashboardStyles = [
  base,
  css`
    :host {
      --passerelle-kpi-series-1: var(--_accent);
      --passerelle-kpi-series-2: var(--_positive);
      --passerelle-kpi-series-3: var(--_warning);
      --passerelle-kpi-series-4: var(--_negative);
      --passerelle-kpi-tile-min-width: 11rem;
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(var(--passerelle-kpi-tile-min-width), 1fr));
      gap: var(--_space);
      margin: 0;
    }
    .tile {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      background: var(--_surface-alt);
    }
    .tile dt {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .tile dd {
      margin: 0.2rem 0 0;
      font-size: 1.6em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    section {
      margin-top: calc(var(--_space) * 2);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      justify-content: space-between;
    }
    .h {
      margin: 0;
      font-weight: 600;
      font-size: 1.1em;
    }
    .actions {
      display: flex;
      gap: var(--_space);
      align-items: center;
    }
    .chart {
      display: block;
      max-width: 100%;
      margin-top: var(--_space);
      font-size: 13px;
    }
    .chart text {
      fill: var(--_text);
    }
    .chart .tick {
      fill: var(--_muted);
    }
    .chart .bar {
      fill: var(--passerelle-kpi-series-1);
    }
    .chart .track {
      fill: var(--_surface-alt);
      stroke: var(--_border);
    }
    .chart .grid {
      stroke: var(--_surface-alt);
    }
    .chart .target {
      stroke: var(--_text);
      stroke-width: 3;
    }
    .chart .projection {
      stroke: var(--_text);
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }
    .chart .line {
      fill: none;
      stroke-width: 2.5;
    }
    .series-0 {
      stroke: var(--passerelle-kpi-series-1);
      fill: var(--passerelle-kpi-series-1);
    }
    .series-1 {
      stroke: var(--passerelle-kpi-series-2);
      fill: var(--passerelle-kpi-series-2);
    }
    .series-2 {
      stroke: var(--passerelle-kpi-series-3);
      fill: var(--passerelle-kpi-series-3);
    }
    .series-3 {
      stroke: var(--passerelle-kpi-series-4);
      fill: var(--passerelle-kpi-series-4);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      list-style: none;
      margin: var(--_space) 0 0;
      padding: 0;
    }
    .legend span.swatch {
      display: inline-block;
      width: 0.9em;
      height: 0.9em;
      margin-right: 0.3em;
      vertical-align: -0.1em;
      border-radius: 2px;
    }
    .legend .series-0 {
      background: var(--passerelle-kpi-series-1);
    }
    .legend .series-1 {
      background: var(--passerelle-kpi-series-2);
    }
    .legend .series-2 {
      background: var(--passerelle-kpi-series-3);
    }
    .legend .series-3 {
      background: var(--passerelle-kpi-series-4);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin-top: var(--_space);
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      text-align: left;
      padding: 0.25rem var(--_space) 0.25rem 0;
      border-bottom: 1px solid var(--_surface-alt);
    }
    td.number {
      text-align: right;
    }
    @media (forced-colors: active) {
      .chart .bar,
      .legend span.swatch {
        fill: CanvasText;
        background: CanvasText;
        forced-color-adjust: none;
      }
      .chart .line {
        stroke: CanvasText;
      }
    }
  `,
];
