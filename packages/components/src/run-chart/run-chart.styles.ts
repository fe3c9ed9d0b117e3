import { css, unsafeCSS } from 'lit';

/**
 * Sizes (px) and weights of the chart's text, one source for the styles below and for the
 * layout, which measures each label to give it room instead of letting it run into the plot.
 */
export const CHART_TEXT = {
  tick: { size: 11, weight: 400 },
  band: { size: 11, weight: 600 },
  line: { size: 12, weight: 400 },
} as const;

export const runChartStyles = css`
  :host {
    /* Fallbacks follow the theme a page already sets, so dark themes work with no extra property. */
    --_line: var(--sos-run-chart-line, var(--_accent));
    --_median: var(--sos-run-chart-median, var(--_text));
    --_signal: var(--sos-run-chart-signal, var(--sos-radar-series-2, #b35c00));
    --_grid: var(--sos-run-chart-grid, var(--sos-radar-grid, #c4cad3));
  }
  figure {
    margin: 0;
  }
  svg[part='chart'] {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-family: var(--_font);
  }
  .gridline {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .tick {
    font-size: ${unsafeCSS(CHART_TEXT.tick.size)}px;
    font-weight: ${unsafeCSS(CHART_TEXT.tick.weight)};
    fill: var(--_muted);
  }
  .band {
    fill: var(--_signal);
    fill-opacity: 0.1;
    stroke: var(--_signal);
    stroke-opacity: 0.5;
    stroke-dasharray: 4 3;
  }
  .band-label {
    font-size: ${unsafeCSS(CHART_TEXT.band.size)}px;
    font-weight: ${unsafeCSS(CHART_TEXT.band.weight)};
    fill: var(--_text);
  }
  .median-line {
    stroke: var(--_median);
    stroke-width: 2;
  }
  .median-line.extended {
    stroke-dasharray: 6 4;
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .target-line {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  .line-label {
    font-size: ${unsafeCSS(CHART_TEXT.line.size)}px;
    font-weight: ${unsafeCSS(CHART_TEXT.line.weight)};
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
  }
  .data-line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
  }
  .points {
    fill: var(--_line);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .points.signal {
    fill: var(--_signal);
  }
  .points.marked {
    fill: var(--_surface);
    stroke: var(--_line);
    stroke-width: 2.5;
  }
  svg[part='chart'] {
    cursor: crosshair;
    touch-action: pan-y;
  }
  /* The ring is the slider itself, one element: see-through until a point is active or the
     chart has keyboard focus (a hidden element could not take focus). */
  .cursor {
    outline: none;
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-opacity: 0;
  }
  .cursor[data-active],
  .cursor:focus-visible {
    stroke-opacity: 1;
  }
  .cursor:focus-visible {
    stroke-width: 4;
  }
  .readout {
    min-block-size: 1.5em;
    margin: 0.25em 0;
  }
  .note {
    color: var(--_muted);
  }
  .median-text {
    margin: 0.25em 0;
  }
  .findings-heading {
    font-size: 1em;
    margin: 0.5em 0 0.25em;
  }
  /* Each finding on its own line behind a rule instead of a bullet: a list marker is one more
     box to lay out per line, and role="list" keeps the list for screen readers. */
  .findings {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .findings li {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.6em;
    margin-block: 0.25em;
  }
  /* The table's button, straight in the shadow root: a wrapper around one button was one more
     box to lay out. */
  .actions {
    margin-block: 0.5em;
  }
  table {
    border-collapse: collapse;
    margin-block-start: 0.5em;
  }
  th,
  td {
    text-align: start;
    padding: 0.35em 0.6em;
    border-block-end: 1px solid var(--_border);
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  .status {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
  @media print {
    .actions,
    .readout {
      display: none;
    }
    /* A PDF keeps a stroked text as a second copy of its words (copied, searched and read aloud
       twice): on paper the line labels, beside the plot and clear of its lines, go without a halo. */
    .line-label {
      stroke: none;
    }
  }
`;
