import { css } from 'lit';

export const teamResultsStyles = css`
  :host {
    --_bar: var(--sos-team-bar-color, var(--_accent));
    --_flag: var(--sos-team-flag-color, #8a4b00);
    container-type: inline-size;
  }
  h2 {
    font-size: 1.35em;
    margin: 0;
  }
  h3 {
    font-size: 1.15em;
    margin: 1.25em 0 0.5em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
  }
  .meta,
  .status,
  .note {
    color: var(--_muted);
    margin: 0.25em 0;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    overflow-wrap: anywhere;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block: var(--_space) calc(var(--_space) / 2);
  }
  label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
    grid-template-columns: minmax(0, auto);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  select {
    max-inline-size: min(100%, 30em);
    font: inherit;
    min-height: 44px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
  }
  button[aria-pressed='true'] {
    color: var(--_accent-text);
    background: var(--_accent);
  }
  button[aria-pressed]::before {
    content: '☐ ';
  }
  button[aria-pressed='true']::before {
    content: '☑ ';
  }

  /* Tables */
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  tbody th {
    font-weight: 400;
  }
  tr.overall th,
  tr.overall td {
    font-weight: 700;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.number {
    white-space: nowrap;
  }
  .n {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
    white-space: normal;
  }
  .range-cell {
    min-inline-size: 8em;
  }
  .range {
    position: relative;
    display: block;
    block-size: 0.9em;
    margin-block: 0.3em 0.15em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    background: var(--_surface-alt);
  }
  .range .band {
    position: absolute;
    inset-block: 0;
    background: color-mix(in srgb, var(--_bar) 45%, var(--_surface));
  }
  .range .tick {
    position: absolute;
    inset-block: -0.2em;
    inline-size: 3px;
    margin-inline-start: -1px;
    background: var(--_text);
  }
  .range-text {
    font-size: 0.85em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* Item cards: a column on phones, name | bar | figures on wider screens. */
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3em;
    padding: 0.6em 0.75em;
    border-block-end: 1px solid var(--_border);
    border-inline-start: 4px solid transparent;
    /* Cards below the fold are laid out when scrolled to: 45 items render as fast as a table. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
  }
  .item.flagged {
    border-inline-start: 4px double var(--_flag);
    background: var(--_surface-alt);
  }
  @container (min-width: 46rem) {
    .item {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1.4fr) minmax(0, 1.3fr);
      column-gap: var(--_space);
    }
    .item .name {
      grid-row: span 2;
    }
    .item .flag,
    .item details {
      grid-column: 1 / -1;
    }
  }
  .name {
    margin: 0;
  }
  .name .group {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .bar {
    display: flex;
    block-size: 1.6em;
    border: 1px solid var(--_border);
    border-radius: 3px;
    overflow: hidden;
    align-self: center;
  }
  .seg {
    flex: 0 1 0;
    min-inline-size: 0;
    overflow: hidden;
    display: flex;
    align-items: center;
    justify-content: center;
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1;
    color: var(--_text);
    border-inline-end: 1px solid var(--_surface);
  }
  .seg:last-child {
    border-inline-end: 0;
  }
  /* Scale values: ever darker mixes of one color, low to high, each with its value written in. */
  .p0 {
    background: color-mix(in srgb, var(--_bar) 12%, var(--_surface));
  }
  .p1 {
    background: color-mix(in srgb, var(--_bar) 28%, var(--_surface));
  }
  .p2 {
    background: color-mix(in srgb, var(--_bar) 45%, var(--_surface));
  }
  .p3 {
    background: color-mix(in srgb, var(--_bar) 80%, #000);
    color: var(--_accent-text);
  }
  .p4 {
    background: color-mix(in srgb, var(--_bar) 55%, #000);
    color: var(--_accent-text);
  }
  /* Non-answers: hatching, dots and an empty box, not shades. */
  .na {
    background: repeating-linear-gradient(45deg, var(--_surface) 0 3px, color-mix(in srgb, var(--_muted) 45%, var(--_surface)) 3px 6px);
  }
  .dk {
    background: radial-gradient(circle, color-mix(in srgb, var(--_muted) 55%, var(--_surface)) 1.5px, var(--_surface) 2px) 0 0 / 6px 6px;
  }
  .un {
    background: var(--_surface);
    outline: 1px dashed var(--_border);
    outline-offset: -3px;
  }
  .counts {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .count {
    white-space: nowrap;
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
  }
  .stats div {
    display: flex;
    flex-direction: column;
  }
  .stats dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .stats dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .flag {
    margin: 0;
  }
  .marker,
  .flag-inline {
    color: var(--_flag);
  }
  .flag-inline {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    padding-block: 0.35em;
  }
  details ul {
    margin: 0.25em 0;
    padding-inline-start: 1.2em;
  }
  details p {
    margin: 0.15em 0;
    overflow-wrap: anywhere;
  }
  .note-kind {
    color: var(--_muted);
  }
  .legend {
    margin-block-end: 0.5em;
  }
  .legend-title {
    margin: 0;
    font-weight: 600;
    font-size: 0.9em;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    font-size: 0.85em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    display: inline-flex;
    inline-size: 2em;
    block-size: 1.4em;
    border: 1px solid var(--_border);
    flex: none;
  }
  .seen {
    white-space: nowrap;
  }

  /* Phones: each row of the condition and partner tables becomes a block, its cells labelled
     (the labels repeat the column headers visually; explicit roles keep the table semantics
     that a changed display value would otherwise drop in some browsers). */
  @container (max-width: 36rem) {
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.stack,
    table.stack tbody {
      display: block;
    }
    table.stack tr {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.25em var(--_space);
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_border);
    }
    table.stack th,
    table.stack td {
      border: 0;
      padding: 0;
      text-align: start;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    table.stack tbody th {
      grid-column: 1 / -1;
      font-weight: 600;
    }
    table.stack td::before {
      content: attr(data-label) / '';
      display: block;
      font-size: 0.8em;
      color: var(--_muted);
    }
  }

  @media print {
    .controls {
      display: none;
    }
    .item,
    tr {
      break-inside: avoid;
    }
    .item {
      content-visibility: visible;
    }
    .seg,
    .swatch,
    .range .band,
    .range .tick {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .scroll {
      overflow: visible;
    }
    details summary {
      text-decoration: none;
      color: var(--_text);
    }
  }
`;
