import { css } from 'lit';
import { priorityStyles } from '../shared/priority.styles.js';
import { stackedTableStyles } from '../shared/stacked-table.styles.js';

export const gapTableStyles = [
  stackedTableStyles,
  priorityStyles,
  css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-end: calc(var(--_space) / 2);
  }
  label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
    /* Role names are whole sentences: the group filter must shrink to a phone's width. */
    grid-template-columns: minmax(0, auto);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  select,
  input {
    max-inline-size: 100%;
    font: inherit;
    font-weight: 400;
    min-height: 44px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
  }
  .scroll {
    overflow-x: auto;
  }
  caption {
    text-align: start;
    font-weight: 600;
    font-size: 1.1em;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.5em;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Numbers never wrap; a side's header ("Partner: Sierra Vista County Office of Education")
     wraps between words, or it would push the table off a printed page. */
  td.number {
    white-space: nowrap;
  }
  thead th button {
    all: unset;
    cursor: pointer;
    font-weight: 700;
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    min-height: 44px;
  }
  th button:focus-visible,
  td button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Row and cell buttons stay inline boxes: flex boxes in a thousand rows double the layout
     time. Padding keeps the target at least 24 px high (WCAG 2.2 target size). */
  tbody th button,
  td button {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    padding-block: 0.125em;
    line-height: 1.5;
  }
  tbody th {
    font-weight: 400;
  }

  .n {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .priority {
    font-weight: 600;
    white-space: nowrap;
  }
  .priority .shape {
    font-size: 0.9em;
    margin-inline-end: 0.35em;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .status {
    color: var(--_muted);
    margin: 0.5em 0 0;
  }

  .hint {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .priority.none {
    font-weight: 400;
    color: var(--_muted);
  }
  tbody th:focus {
    outline: none;
  }
  .header-text {
    display: none;
  }
  table.stacked thead button {
    display: none;
  }
  table.stacked .header-text {
    display: inline;
  }
  table.stacked td.number {
    text-align: start;
    white-space: normal;
  }
  table.stacked .n {
    display: inline;
    margin-inline-start: 0.35em;
  }
`,
];
