import { css } from 'lit';

export const improvementPlanStyles = css`
  :host {
    max-inline-size: var(--sos-plan-size, 56rem);
  }
  h2 {
    font-size: 1.4em;
    margin: 0 0 0.5em;
  }
  .plan-for {
    margin: -0.25em 0 0.75em;
    font-weight: 600;
  }
  h3 {
    font-size: 1.2em;
    margin: 0.75em 0 0.25em;
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav button {
    text-align: start;
  }
  .hint,
  .focus,
  .empty {
    color: var(--_muted);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: 0.75em;
    min-inline-size: 0;
  }
  fieldset.card {
    background: var(--_surface);
  }
  fieldset.pdsa {
    background: var(--_surface-alt);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .row > .field {
    flex: 1 1 12em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    margin-block-end: 0.6em;
    min-inline-size: 0;
  }
  /* A select is as wide as its longest option unless told otherwise: on a phone that is too wide. */
  select {
    inline-size: 100%;
  }
  label {
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-block-size: 44px;
    max-inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    margin: 0;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .add-point {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 1em;
    margin-block: 0.5em;
  }
  .add-point button {
    margin-block-end: 0.6em;
  }
  /* A measure's values: one compact row each (date and value, the note under them, a small remove
     button at the end); where the row is narrow (a phone, inside the widget) the value goes under
     the date rather than into a thin column. */
  .points {
    list-style: none;
    margin: 0.25em 0 0.5em;
    padding: 0;
  }
  .points li {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding-block: 0.15em;
    border-block-end: 1px solid var(--_border);
  }
  .point-text {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }
  .point-date {
    font-weight: 600;
    /* Wide enough for "Sep 15, 2025" / "15 sept 2025": the values line up in a column. */
    min-inline-size: 7.5em;
  }
  .point-value,
  .point-note {
    overflow-wrap: anywhere;
  }
  .point-note {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .points .remove {
    flex: none;
  }
  /* Small, yet at least 24 px each way (WCAG 2.2 target size). */
  .points .remove,
  .undo button {
    min-height: 2em;
    min-width: 2em;
    padding: 0.1em 0.6em;
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0.25em;
  }
  /* Where a run chart goes while its code loads: about the chart's size, so nothing moves when it comes. */
  .chart-placeholder {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 3em;
    margin-block: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .chart-placeholder.drawn {
    aspect-ratio: 2 / 1;
    min-block-size: 220px;
    max-block-size: 380px;
  }
  .chart-placeholder p {
    margin: 0;
  }
  .buttons,
  .step-buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.75em;
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    padding: 0.5em 0.75em;
    margin-block: 0.5em;
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-block: 0.75em;
  }
  .error p::before {
    content: '⚠ ';
  }
  .csv-report {
    background: var(--_surface-alt);
    padding: 0.5em 0.75em;
  }
  sos-run-chart {
    margin-block: 0.5em;
  }
  /* On screen the editor; on paper a report with one page per aim. */
  .print-report {
    display: none;
  }
  @media print {
    nav,
    [part~='panel'],
    .actions,
    .step-buttons,
    .notice,
    button {
      display: none !important;
    }
    .print-report {
      display: block;
    }
    .print-aim {
      break-after: page;
    }
    .print-aim:last-child {
      break-after: auto;
    }
    .print-measure,
    .print-idea {
      break-inside: avoid;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.2em 1em;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  }
`;
