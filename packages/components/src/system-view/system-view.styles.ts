import { css } from 'lit';

export const systemViewStyles = css`
  :host {
    --_heat-1: var(--sos-heat-1, #f1f5fb);
    --_heat-2: var(--sos-heat-2, #c6dbef);
    --_heat-3: var(--sos-heat-3, #7fb1d9);
    --_heat-4: var(--sos-heat-4, #2e6da4);
    --_heat-5: var(--sos-heat-5, #0b3a6e);
    --_heat-light: var(--sos-heat-text-light, #ffffff);
    --_heat-dark: var(--sos-heat-text-dark, #1b1f24);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: end;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .controls label:not(.check) {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.9em;
  }
  input[type='search'],
  select {
    font: inherit;
    min-height: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  .parts summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--_accent);
  }
  .parts ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* One column of boxes with their words beside them, every line starting at the same edge. */
  .check {
    display: grid;
    grid-template-columns: 1.25rem 1fr;
    gap: 0.5em;
    align-items: start;
    justify-items: start;
    text-align: start;
    min-height: 36px;
    padding-block: 0.25em;
    cursor: pointer;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1em 0 0;
  }
  .caption {
    font-weight: 600;
    margin: 0.75em 0 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    gap: 0.3em;
    align-items: center;
  }
  .legend p {
    flex-basis: 100%;
    margin: 0;
  }
  /* The shades are the same in every theme (light to dark = low to high), so their text is too. */
  .swatch {
    display: inline-block;
    width: 1.4em;
    height: 1em;
    border: 1px solid var(--_border);
  }
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0.5em 0;
  }
  .scroll {
    position: relative;
    overflow: auto;
    max-height: var(--sos-system-view-height, 70vh);
    border: 1px solid var(--_border);
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface-alt);
    vertical-align: bottom;
    min-width: 6.5em;
    max-width: 10em;
    font-weight: 600;
  }
  thead th.item {
    font-weight: 400;
  }
  th[scope='row'],
  thead th:first-child {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_surface-alt);
    min-width: 12em;
    max-width: 14em;
  }
  thead th:first-child {
    z-index: 3;
  }
  button.sort,
  button.org {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.25em 0;
    cursor: pointer;
    overflow-wrap: break-word;
    /* No automatic hyphenation: it made laying out the table a tenth slower; long words still wrap. */
  }
  button.org {
    color: var(--_accent);
    text-decoration: underline;
  }
  button.sort:focus-visible,
  button.org:focus-visible,
  td:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* Role names are whole sentences: three lines in the header, the rest in the tooltip and
     still read in full by screen readers. */
  .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .arrow {
    margin-inline-start: 0.25em;
  }
  td {
    min-width: 6.5em;
    line-height: 1.25;
    cursor: default;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  td .value {
    font-weight: 700;
  }
  /* The value and its n on one line, the change under them: rows stay short. */
  td .n,
  td .trend {
    font-size: 0.8em;
  }
  td .trend {
    display: block;
    white-space: nowrap;
  }
  .heat-1 {
    background: var(--_heat-1);
    color: var(--_heat-dark);
  }
  .heat-2 {
    background: var(--_heat-2);
    color: var(--_heat-dark);
  }
  .heat-3 {
    background: var(--_heat-3);
    color: var(--_heat-dark);
  }
  .heat-4 {
    background: var(--_heat-4);
    color: var(--_heat-light);
  }
  .heat-5 {
    background: var(--_heat-5);
    color: var(--_heat-light);
  }
  /* Hatched, in words: a suppressed cell reads as "not shown", never as a low score. */
  .suppressed {
    background: repeating-linear-gradient(135deg, var(--_surface) 0 6px, var(--_surface-alt) 6px 12px);
    color: var(--_text);
    font-style: italic;
  }
  .empty,
  .none {
    color: var(--_muted);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block: 0.5em;
  }
  .pager p {
    margin: 0;
  }
  .error {
    color: var(--_danger);
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75em;
  }
  @media (max-width: 600px) {
    .controls label:not(.check),
    .controls .parts {
      flex: 1 1 100%;
    }
    .controls input,
    .controls select {
      width: 100%;
    }
    th[scope='row'],
    thead th:first-child {
      min-width: 7em;
      max-width: 8.5em;
    }
    td,
    thead th {
      min-width: 5em;
    }
  }
  @media print {
    .controls,
    .pager button,
    .hint {
      display: none;
    }
    .scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    thead th,
    th[scope='row'] {
      position: static;
    }
    .trends {
      break-before: page;
    }
  }
`;
