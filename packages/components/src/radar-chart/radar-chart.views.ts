// The radar's bar view (phones, many axes) and its data table. Most visitors see neither (the
// table opens on request; the bars only on narrow screens), so they load when first needed and
// the chart's own module stays small.
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { stackedTableStyles } from '../shared/stacked-table.styles.js';
import { INNER, MARKERS, markerPath } from './radar-chart.marks.js';
import { formatValue, type RadarStrings } from './radar-chart.strings.js';
import type { Lang } from '@sos-kit/core';
import type { RadarScale, RadarSeries } from './radar-chart.js';

/** What the views draw: the chart's data as the element shows it. */
export interface ViewData {
  strings: RadarStrings;
  heading: string;
  axes: readonly { id: string; label: string; group?: string }[];
  /** Every series (the table lists them all) and the drawn ones with their looks (0–3). */
  series: readonly RadarSeries[];
  drawn: readonly RadarSeries[];
  looks: readonly number[];
  scale: RadarScale;
  /** Each series' values by axis, as numbers at one precision. */
  valueTexts: readonly (readonly string[])[];
  language: Lang;
  /** One card per axis instead of a wide table. */
  stacked: boolean;
}

/** The views' styles, adopted by the element's shadow root when the views load. */
export const viewStyles = [
  stackedTableStyles,
  css`
    /* Bars (narrow screens): each axis in full words, one bar per series with its value. */
    .bars {
      display: grid;
      gap: 0.6em;
    }
    .bar-group {
      margin: 0.6em 0 0;
      font-weight: 700;
      border-block-end: 1px solid var(--_border);
    }
    .bar-axis {
      display: grid;
      gap: 0.1em;
    }
    .bar-label {
      margin: 0;
      line-height: 1.3;
    }
    .bar-row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 4.5em;
      gap: 0.75em;
      align-items: center;
    }
    .track {
      display: block;
      overflow: visible;
      background: linear-gradient(var(--_grid), var(--_grid)) 0 50% / 100% 1px no-repeat;
    }
    .bar,
    .bar-marker {
      fill: currentColor;
    }
    .bar-value {
      font-variant-numeric: tabular-nums;
      font-size: 0.9em;
      color: var(--_text);
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
    .scale-key {
      display: block;
      font-weight: 400;
      color: var(--_muted);
    }
    /* Words wrap whole: a column is never squeezed narrower than its longest word (the shared
       table style lets any word break, which split "Implemen-tation" in a wide table). */
    th,
    td {
      overflow-wrap: break-word;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
  `,
];

/** Bars for narrow screens: each axis named in full, one bar per series with its value. */
export function renderBars(d: ViewData): TemplateResult {
  const { min, max } = d.scale;
  const span = max - min || 1;
  const share = (value: number) => `${((INNER + ((1 - INNER) * (Math.min(Math.max(value, min), max) - min)) / span) * 100).toFixed(1)}%`;
  return html`<div class="bars" part="bars" aria-hidden="true">
    ${d.axes.map((axis, i) => {
      const groupStarts = axis.group !== undefined && (i === 0 || axis.group !== d.axes[i - 1]!.group);
      return html`${groupStarts ? html`<p class="bar-group">${axis.group}</p>` : nothing}
        <div class="bar-axis">
          <p class="bar-label">${axis.label}</p>
          ${d.drawn.map((entry, k) => {
            const value = entry.values[axis.id];
            return html`<div class=${`bar-row look-${d.looks[k]! + 1}`}>
              <svg class="track" width="100%" height="14">
                ${value === undefined
                  ? nothing
                  : svg`<rect class="bar" y="4" height="6" width=${share(value)} /><svg x=${share(value)} y="7" overflow="visible"><path class="bar-marker" d=${markerPath(MARKERS[d.looks[k]!]!, 0, 0, 5)} /></svg>`}
              </svg>
              <span class="bar-value">${d.valueTexts[k]![i]}</span>
            </div>`;
          })}
        </div>`;
    })}
  </div>`;
}

/** The scale's words for its values ("Scale: 1 = …"), or '' when it has none beyond the numbers: the table's cells show numbers only. */
function scaleKey(d: ViewData): string {
  const ticks = d.scale.ticks ?? [];
  if (ticks.every((tick) => tick.label === String(tick.value))) return '';
  return d.strings.scaleLevels(ticks.map((tick) => ({ value: formatValue(tick.value, d.language), label: tick.label })));
}

/** The data table: every axis, every series (also those beyond the four drawn), values as numbers at one precision, with the scale's words under its title. */
export function renderTable(d: ViewData): TemplateResult {
  const s = d.strings;
  const key = scaleKey(d);
  return html`<table part="table" role="table" class=${d.stacked ? 'stacked' : ''}>
    <caption>
      ${d.heading} ${key ? html`<span class="scale-key">${key}</span>` : nothing}
    </caption>
    <thead role="rowgroup">
      <tr role="row">
        <th scope="col" role="columnheader">${s.axis}</th>
        ${d.series.map((entry) => html`<th scope="col" role="columnheader">${entry.label}</th>`)}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${d.axes.map(
        (axis, i) => html`<tr role="row">
          <th scope="row" role="rowheader">${axis.group ? s.axisInGroup(axis.group, axis.label) : axis.label}</th>
          ${d.series.map((entry, k) => html`<td role="cell"><span class="cell-label" aria-hidden="true">${entry.label}</span>${d.valueTexts[k]![i]}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
