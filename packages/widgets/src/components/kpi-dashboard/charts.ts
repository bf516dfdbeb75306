// SVG charts of the dashboard, drawn with d3-scale and d3-shape (scales, ticks, line paths) and rendered by
// Lit. Charts are pictures for sighted readers: the dashboard puts the same figures in a table for everyone.
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { svg, type SVGTemplateResult } from 'lit';

/** One bar: its label, its value (undefined: no bar, e.g. a hidden small cell) and the text beside it. */
export interface Bar {
  readonly label: string;
  readonly value: number | undefined;
  readonly text: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 110;
const ROW = 30;

const shorten = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal bars, one row each, with the label at the left and the text at the right. */
export function barChart(bars: readonly Bar[], max?: number): SVGTemplateResult {
  const height = Math.max(ROW, bars.length * ROW);
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([0, height])
    .paddingInner(0.25);
  const top = max ?? Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([0, WIDTH - LABEL_WIDTH - VALUE_WIDTH]);
  return svg`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
    ${bars.map((bar, i) => {
      const top = y(i) ?? 0;
      const middle = top + y.bandwidth() / 2;
      const width = bar.value === undefined ? 0 : Math.max(0, x(bar.value));
      return svg`<g>
        <text class="label" x="0" y=${middle} dominant-baseline="middle">${shorten(bar.label)}</text>
        <rect class="bar" x=${LABEL_WIDTH} y=${top} width=${width} height=${y.bandwidth()} rx="2"></rect>
        <text class="value" x=${LABEL_WIDTH + width + 6} y=${middle} dominant-baseline="middle">${bar.text}</text>
      </g>`;
    })}
  </svg>`;
}

/** One series of a line chart: a name and one value per period (undefined: a gap). */
export interface Series {
  readonly name: string;
  readonly values: readonly (number | undefined)[];
}

/** Lines over periods, with a value axis of a few round ticks. */
export function lineChart(
  periods: readonly string[],
  series: readonly Series[],
  formatTick: (value: number) => string,
): SVGTemplateResult {
  const height = 240;
  const margin = { top: 12, right: 16, bottom: 28, left: 56 };
  const x = scalePoint<number>()
    .domain(periods.map((_, i) => i))
    .range([margin.left, WIDTH - margin.right])
    .padding(0.3);
  const top = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(4)
    .range([height - margin.bottom, margin.top]);
  const path = line<number | undefined>()
    .defined((value) => value !== undefined)
    .x((_, i) => x(i) ?? 0)
    .y((value) => y(value ?? 0));
  return svg`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
    ${y.ticks(4).map(
      (tick) => svg`<g>
        <line class="grid" x1=${margin.left} x2=${WIDTH - margin.right} y1=${y(tick)} y2=${y(tick)}></line>
        <text class="tick" x=${margin.left - 6} y=${y(tick)} text-anchor="end" dominant-baseline="middle">${formatTick(tick)}</text>
      </g>`,
    )}
    ${periods.map(
      (period, i) =>
        svg`<text class="tick" x=${x(i) ?? 0} y=${height - 8} text-anchor="middle">${shorten(period, 14)}</text>`,
    )}
    ${series.map(
      (s, index) => svg`<g class="series series-${index}">
        <path class="line" d=${path([...s.values]) ?? ''}></path>
        ${s.values.map((value, i) =>
          value === undefined ? null : svg`<circle cx=${x(i) ?? 0} cy=${y(value)} r="3.5"></circle>`,
        )}
      </g>`,
    )}
  </svg>`;
}

/** One target: the actual figure as a bar, the target as a solid mark, the projection as a dashed mark. */
export interface Bullet {
  readonly label: string;
  readonly actual: number | undefined;
  readonly target: number | undefined;
  readonly projection: number | undefined;
  readonly text: string;
  readonly status: string;
}

/**
 * Bullet charts, one row per target, each on its own scale. The figures and status ("42 % / 50 % · En bonne
 * voie") go on a line of their own under the track: beside it they were cut off on narrow screens.
 */
export function bulletChart(bullets: readonly Bullet[]): SVGTemplateResult {
  const rowHeight = 52;
  const right = WIDTH - 8;
  const height = Math.max(rowHeight, bullets.length * rowHeight);
  return svg`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
    ${bullets.map((bullet, i) => {
      const top = i * rowHeight + 6;
      const max = Math.max(bullet.actual ?? 0, bullet.target ?? 0, bullet.projection ?? 0);
      const x = scaleLinear()
        .domain([0, max > 0 ? max * 1.05 : 1])
        .range([LABEL_WIDTH, right]);
      const mark = (value: number | undefined, kind: string) =>
        value === undefined
          ? null
          : svg`<line class=${kind} x1=${x(value)} x2=${x(value)} y1=${top - 3} y2=${top + 23}></line>`;
      return svg`<g class="status-${bullet.status}">
        <text class="label" x="0" y=${top + 10} dominant-baseline="middle">${shorten(bullet.label)}</text>
        <rect class="track" x=${LABEL_WIDTH} y=${top} width=${right - LABEL_WIDTH} height="20" rx="2"></rect>
        <rect class="bar" x=${LABEL_WIDTH} y=${top + 5} width=${Math.max(0, x(bullet.actual ?? 0) - LABEL_WIDTH)} height="10"></rect>
        ${mark(bullet.target, 'target')} ${mark(bullet.projection, 'projection')}
        <text class="value" x=${LABEL_WIDTH} y=${top + 36} dominant-baseline="middle">${bullet.text}</text>
      </g>`;
    })}
  </svg>`;
}
