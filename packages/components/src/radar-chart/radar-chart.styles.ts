import { css } from 'lit';

export const radarStyles = css`
  :host {
    --_series-1: var(--sos-radar-series-1, #005a9c);
    --_series-2: var(--sos-radar-series-2, #b35c00);
    --_series-3: var(--sos-radar-series-3, #2e7d32);
    --_series-4: var(--sos-radar-series-4, #6a1b9a);
    --_grid: var(--sos-radar-grid, #8a94a3);
    max-inline-size: var(--sos-radar-size, 40rem);
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
  .ring,
  .spoke {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .spoke.group-start {
    stroke-width: 2.5;
  }
  .tick {
    font-size: 11px;
    fill: var(--_muted);
  }
  .axis-label {
    font-size: 12px;
    fill: var(--_text);
  }
  .series .outline {
    fill: currentColor;
    fill-opacity: 0.08;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .series .point {
    fill: currentColor;
    stroke: var(--_surface);
    stroke-width: 1.5;
    cursor: pointer;
  }
  .series .point:focus {
    outline: none;
  }
  .series .point:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .series-1 {
    color: var(--_series-1);
  }
  .series-2 {
    color: var(--_series-2);
  }
  .series-3 {
    color: var(--_series-3);
  }
  .series-4 {
    color: var(--_series-4);
  }
  .readout {
    min-block-size: 1.5em;
    margin: 0.25em 0;
    color: var(--_text);
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_text);
  }
  .legend li svg {
    color: inherit;
  }
  .legend li.series-1 svg {
    color: var(--_series-1);
  }
  .legend li.series-2 svg {
    color: var(--_series-2);
  }
  .legend li.series-3 svg {
    color: var(--_series-3);
  }
  .legend li.series-4 svg {
    color: var(--_series-4);
  }
  .legend line {
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .legend svg :is(circle, rect, path) {
    fill: currentColor;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
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
  .group {
    color: var(--_muted);
    font-weight: 400;
  }
  .status {
    color: var(--_muted);
  }
`;
