// The radar's bar view (phones, many axes) and its data table, and (from radar-chart.interaction.ts)
// what keys, focus and pointer do on its points. Most visitors use none of them (the table opens on
// request, the bars show only on narrow screens, points are focused or hovered only after the
// chart is drawn), so they load when first needed, in one download, and the chart's own module
// stays small.
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '@sos-kit/core';
import { stackedTableStyles } from '../shared/stacked-table.styles.js';
import { INNER, MARKERS, markerPath } from './radar-chart.marks.js';
import { formatValue } from './radar-chart.strings.js';
import { RADAR_VIEW_STRINGS } from './radar-chart.views.strings.js';
import type { SosRadarChart } from './radar-chart.js';
import { firstPoint, handle } from './radar-chart.interaction.js';

export { handle, readout, showActive } from './radar-chart.interaction.js';

/** The keys that move the active point: the page must not scroll on them. */
const MOVE_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End)$/;

/** Below this width the data table shows one card per axis. */
const STACK_BELOW_WIDTH = 480;

/** Each series' values by axis, as the table and bars show them: numbers at the chart's one precision. */
function valueTexts(el: SosRadarChart, lang: Lang): string[][] {
  const noValue = RADAR_VIEW_STRINGS[lang].noValue;
  return el.series.map((entry) => el.shownAxes.map((axis) => {
    const value = entry.values[axis.id];
    return value === undefined ? noValue : formatValue(value, lang, el.digits);
  }));
}

/** The description read before the bars. */
export function barsSummary(el: SosRadarChart, lang: Lang): string {
  return RADAR_VIEW_STRINGS[lang].barsSummary(
    el.shownAxes.length,
    el.series.map((entry) => entry.label),
  );
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
    /* The bars' one tab stop, the active point's bar (see renderBars): ringed as any control is,
       and none of the radar point's marker stroke on its bar. */
    .bars .point {
      stroke: none;
      cursor: auto;
    }
    .bars .point:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
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

const adopted = new WeakSet<ShadowRoot>();

/** Adds the views' styles to the element's own sheets, once per element. */
function adoptStyles(el: SosRadarChart): void {
  const root = el.shadowRoot!;
  if (adopted.has(root)) return;
  adopted.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...viewStyles.flatMap((style) => (style.styleSheet ? [style.styleSheet] : []))];
}

/**
 * Bars for narrow screens: each axis named in full, one bar per series with its value. The bars
 * are hidden from assistive technology (the data table, always there with them, reads the same
 * values), all but one: the active point's bar, or the first point's before any is active, is the
 * chart's point here as the radar's is there. It is the one tab stop, names its value, and the
 * same keys move it; when a redraw for a new width swaps the radar for the bars or back, focus
 * goes from one to the other (see SosRadarChart.update), so a keyboard user keeps their place.
 */
export function renderBars(el: SosRadarChart, lang: Lang): TemplateResult {
  adoptStyles(el);
  const { min, max } = el.scale;
  const looks = el.looks();
  const texts = valueTexts(el, lang);
  const span = max - min || 1;
  const share = (value: number) => `${((INNER + ((1 - INNER) * (Math.min(Math.max(value, min), max) - min)) / span) * 100).toFixed(1)}%`;
  const point = el.active ?? firstPoint(el);
  const onPoint = (event: Event) => {
    if (event.type === 'keydown' && MOVE_KEYS.test((event as KeyboardEvent).key)) event.preventDefault();
    handle(el, { event: event as KeyboardEvent & PointerEvent, target: event.target });
  };
  return html`<div class="bars" part="bars" @keydown=${onPoint} @focusin=${onPoint}>
    ${el.shownAxes.map((axis, i, axes) => {
      const groupStarts = axis.group !== undefined && (i === 0 || axis.group !== axes[i - 1]!.group);
      return html`${groupStarts ? html`<p class="bar-group" aria-hidden="true">${axis.group}</p>` : nothing}
        <div class="bar-axis">
          <p class="bar-label" aria-hidden="true">${axis.label}</p>
          ${el.drawnSeries.map((entry, k) => {
            const value = entry.values[axis.id];
            const bar = html`<svg class="track" width="100%" height="14">
                ${value === undefined
                  ? nothing
                  : svg`<rect class="bar" y="4" height="6" width=${share(value)} /><svg x=${share(value)} y="7" overflow="visible"><path class="bar-marker" d=${markerPath(MARKERS[looks[k]!]!, 0, 0, 5)} /></svg>`}
              </svg>
              <span class="bar-value">${texts[k]![i]}</span>`;
            return point.axis === i && point.series === k && value !== undefined
              ? html`<div class=${`bar-row look-${looks[k]! + 1} point`} role="img" aria-label=${el.strings.pointLabel(entry.label, axis.label, el.valueText(value))} tabindex="0" ?data-active=${el.active !== undefined}>${bar}</div>`
              : html`<div class=${`bar-row look-${looks[k]! + 1}`} aria-hidden="true">${bar}</div>`;
          })}
        </div>`;
    })}
  </div>`;
}

/** The scale's words for its values ("Scale: 1 = …"), or '' when it has none beyond the numbers: the table's cells show numbers only. */
function scaleKey(el: SosRadarChart, lang: Lang): string {
  const ticks = el.scale.ticks ?? [];
  if (ticks.every((tick) => tick.label === String(tick.value))) return '';
  return RADAR_VIEW_STRINGS[lang].scaleLevels(ticks.map((tick) => ({ value: formatValue(tick.value, lang), label: tick.label })));
}

/** The data table: every axis, every series (also those beyond the four drawn), values as numbers at one precision, with the scale's words under its title. */
export function renderTable(el: SosRadarChart, lang: Lang): TemplateResult {
  adoptStyles(el);
  const s = RADAR_VIEW_STRINGS[lang];
  const key = scaleKey(el, lang);
  const texts = valueTexts(el, lang);
  return html`<table part="table" role="table" class=${el.drawnWidth < STACK_BELOW_WIDTH ? 'stacked' : ''}>
    <caption>
      ${el.heading} ${key ? html`<span class="scale-key">${key}</span>` : nothing}
    </caption>
    <thead role="rowgroup">
      <tr role="row">
        <th scope="col" role="columnheader">${s.axis}</th>
        ${el.series.map((entry) => html`<th scope="col" role="columnheader">${entry.label}</th>`)}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${el.shownAxes.map(
        (axis, i) => html`<tr role="row">
          <th scope="row" role="rowheader">${axis.group ? s.axisInGroup(axis.group, axis.label) : axis.label}</th>
          ${el.series.map((entry, k) => html`<td role="cell"><span class="cell-label" aria-hidden="true">${entry.label}</span>${texts[k]![i]}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
